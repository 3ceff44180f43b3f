// @ts-check
/**
 * A throwaway build of a deck for `npm run export`: only what the print page (/print)
 * needs, as fast as Vite can make it. Run as `node cli/shared/print-build.mjs <entry> <outDir> [depsFile]`
 * in a plain Node process: plain JavaScript (type-checked through the JSDoc below), because
 * under the TypeScript loader every module of Slidev and Vite loads about a second slower.
 *
 * It reproduces `slidev build` (Slidev's node/commands/build.ts and resolveViteConfigs in
 * node/commands/shared.ts: the same resolved options, the same vite.config files of the
 * theme and deck roots, the same Slidev plugins) with a config for a build that is printed
 * once and thrown away: no minifying, no source maps, no size
 * report, no 404.html, and the presenter, recording, PWA and browser-exporter features
 * compiled out. `npm run build` (`slidev build`) is unchanged.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { injectPreparsers } from './preparsers.mjs'
import { importFromSlidev, slidevFor } from './slidev.mjs'

/** Slidev features the print page does not use; compiled out of the throwaway build. */
const UNUSED_FEATURES = ['PRESENTER', 'RECORD', 'BROWSER_EXPORTER', 'WAKE_LOCK', 'PWA']

/**
 * @param {string} entry the deck's markdown file
 * @param {string} outDir where the built site goes (emptied first)
 * @param {string} [depsFile] where to write the files the build read (for the build cache,
 *   cli/shared/build-cache.ts): `{ files, roots }`, written only once the build is complete
 * @returns {Promise<void>}
 */
export async function buildForPrint(entry, outDir, depsFile) {
  // The deck's own Slidev and the Vite it uses (cli/shared/slidev.mjs).
  const slidev = slidevFor(entry)
  /** @type {[typeof import('@slidev/cli'), typeof import('vite')]} */
  const [{ resolveOptions, ViteSlidevPlugin }, { build, loadConfigFromFile, mergeConfig }] = await Promise.all([import(slidev.entryUrl), importFromSlidev(slidev, 'vite')])
  await injectPreparsers(slidev)
  const options = await resolveOptions({ entry }, 'build')
  for (const feature of UNUSED_FEATURES)
    options.utils.define[`__SLIDEV_FEATURE_${feature}__`] = 'false'
  const indexHtmlId = resolve(options.userRoot, 'index.html')
  /** Every file the build read: the module graph, watch files, markdown and snippets, configs. @type {Set<string>} */
  const read = new Set([...Object.keys(options.data.markdownFiles), ...Object.keys(options.data.watchFiles)])

  /** @type {import('vite').InlineConfig} */
  let config = {
    plugins: [
      {
        name: 'bx:print-build',
        resolveId: { order: 'pre', handler: id => (id === indexHtmlId ? id : null) },
        load: { order: 'pre', handler: id => (id === indexHtmlId ? options.utils.indexHtml : null) },
        // The files the bundle was made of (the bundler has no list of watched files: CSS
        // imports are covered by the cache's listing of the roots' styles/ folders).
        generateBundle() {
          for (const id of this.getModuleIds())
            read.add(id)
        },
        config: {
          // After Slidev's own config hook: the bundler's own chunking instead of Slidev's
          // manual chunks. Code splitting stays on: in one chunk, the slides' and components'
          // CSS lands in another order than in `slidev build` (three slides of the main deck
          // rendered differently; tests/export/print-fidelity.e2e.test.ts).
          order: 'post',
          handler(resolved) {
            const output = resolved.build?.rollupOptions?.output
            if (output && !Array.isArray(output))
              delete output.manualChunks
          },
        },
      },
    ],
    build: { rollupOptions: { input: { index: indexHtmlId } } },
  }
  for (const root of options.roots) {
    const file = ['.mjs', '.js', '.mts', '.ts'].map(ext => join(root, `vite.config${ext}`)).find(existsSync)
    const loaded = file && await loadConfigFromFile({ mode: 'production', command: 'build' }, file)
    if (loaded) {
      config = mergeConfig(config, loaded.config)
      for (const dep of [file, ...loaded.dependencies])
        read.add(resolve(root, dep))
    }
  }
  config = mergeConfig(config, {
    logLevel: 'warn',
    build: {
      outDir: resolve(outDir),
      emptyOutDir: true,
      minify: false,
      cssMinify: false,
      sourcemap: false,
      reportCompressedSize: false,
      modulePreload: false,
      chunkSizeWarningLimit: Infinity,
      rollupOptions: { checks: { pluginTimings: false } },
    },
  })
  config = mergeConfig(config, {
    configFile: false,
    root: options.userRoot,
    plugins: await ViteSlidevPlugin(options, /** @type {{ slidev?: any }} */ (config).slidev),
    define: { __VUE_PROD_DEVTOOLS__: false },
  })
  await build(config)
  if (depsFile)
    writeFileSync(depsFile, JSON.stringify({ files: [...read].sort(), roots: options.roots }))
}

/**
 * `node print-build.mjs --worker`: stays up for `briefing export --watch`, with Slidev and
 * Vite loaded and warm, and builds on request over the IPC channel: `{ id, entry, outDir }`
 * in, `{ id, ok, ms, error? }` out. It ends when its parent goes.
 */
function serveBuilds() {
  const send = process.send?.bind(process)
  if (!send)
    throw new Error('print-build --worker needs an IPC channel')
  /** @type {Promise<void>} */
  let queue = Promise.resolve()
  process.on('message', (/** @type {{ id: number, entry: string, outDir: string }} */ job) => {
    queue = queue.then(async () => {
      const started = Date.now()
      try {
        await buildForPrint(job.entry, job.outDir)
        send({ id: job.id, ok: true, ms: Date.now() - started })
      }
      catch (error) {
        send({ id: job.id, ok: false, ms: Date.now() - started, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
      }
    })
  })
  process.on('disconnect', () => process.exit(0))
  send({ id: 0, ok: true, ms: 0 })
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href
const [entry, outDir, depsFile] = process.argv.slice(2)
if (isMain && entry === '--worker') {
  serveBuilds()
}
else if (isMain && entry && outDir) {
  await buildForPrint(entry, outDir, depsFile).catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exitCode = 1
  })
}
