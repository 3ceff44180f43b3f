import type { Slidev } from './slidev.mjs'

/** Loads the roots' setup/preparser.ts for Slidev's resolveOptions (see preparsers.mjs). */
export function injectPreparsers(slidev: Slidev): Promise<void>
