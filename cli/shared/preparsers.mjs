/**
 * Loads the roots' setup/preparser.ts (the theme's bilingual preparser among them) as
 * Slidev's own CLI does: its cli.mjs injects this loader, but the API that the print build
 * and the single-file build call (resolveOptions) does not. Uses the jiti Slidev itself uses.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'

/** @returns {Promise<void>} */
export async function injectPreparsers() {
  const fromSlidev = createRequire(import.meta.resolve('@slidev/cli'))
  /** @type {{ createJiti: (from: string, options: object) => { import: (path: string) => Promise<any> } }} */
  const { createJiti } = await import(pathToFileURL(fromSlidev.resolve('jiti')).href)
  const jiti = createJiti(import.meta.filename, { moduleCache: false })
  injectPreparserExtensionLoader(async (roots, headmatter, filepath, mode) => {
    const setups = roots.map(root => join(root, 'setup', 'preparser.ts')).filter(existsSync)
    const loaded = await Promise.all(setups.map(async file => (await jiti.import(file)).default({ filepath, headmatter, mode })))
    return loaded.flat()
  })
}
