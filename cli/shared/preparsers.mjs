/**
 * Loads the roots' setup/preparser.ts (the theme's bilingual preparser among them) as
 * Slidev's own CLI does: its cli.mjs injects this loader, but the API that the print build
 * and the single-file build call (resolveOptions) does not. Uses the jiti Slidev itself uses.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { importFromSlidev } from './slidev.mjs'

/**
 * @param {import('./slidev.mjs').Slidev} slidev the deck's Slidev: its own @slidev/parser
 *   holds the loader that its resolveOptions calls.
 * @returns {Promise<void>}
 */
export async function injectPreparsers(slidev) {
  /** @type {[{ injectPreparserExtensionLoader: typeof import('@slidev/parser/fs').injectPreparserExtensionLoader }, { createJiti: (from: string, options: object) => { import: (path: string) => Promise<any> } }]} */
  const [{ injectPreparserExtensionLoader }, { createJiti }] = await Promise.all([importFromSlidev(slidev, '@slidev/parser/fs'), importFromSlidev(slidev, 'jiti')])
  const jiti = createJiti(import.meta.filename, { moduleCache: false })
  injectPreparserExtensionLoader(async (roots, headmatter, filepath, mode) => {
    const setups = roots.map(root => join(root, 'setup', 'preparser.ts')).filter(existsSync)
    const loaded = await Promise.all(setups.map(async file => (await jiti.import(file)).default({ filepath, headmatter, mode })))
    return loaded.flat()
  })
}
