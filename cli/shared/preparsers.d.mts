/** Loads the roots' setup/preparser.ts for Slidev's resolveOptions (see preparsers.mjs). */
export function injectPreparsers(): Promise<void>
