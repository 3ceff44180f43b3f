/**
 * `briefing build --single-file`: the deck as one offline HTML file.
 *
 * Opened from disk, a normal Slidev build shows a blank page: its module scripts and
 * lazy-loaded slide chunks do not load from file://, and its history router wants a server.
 * This build (the same resolved Slidev options, vite.config files and plugins as
 * `slidev build`, see Slidev's node/commands/build.ts and resolveViteConfigs) differs in:
 * - the hash router (`#/3?clicks=1`), forced through Slidev's own entry option
 *   `routerMode` (what `slidev build --router-mode hash` sets), not by editing the deck;
 * - every asset (fonts, images, public/ files) inlined as a data: URL and one stylesheet;
 *   the built site is then folded into one page by vite-plugin-singlefile (Vite 8:
 *   `codeSplitting: false`, one inline module script, one style element);
 * - bundled web fonts cut down to the unicode subsets the deck's text needs, woff2 only
 *   (font-subsets.ts);
 * - no PWA, recording, browser exporter (they need a server or a network);
 * - a notice in the presenter view while no audience window answers it (presenter-notice.ts).
 * The result is checked for references that would leave the file (inline-check.ts), then
 * written to a temporary file beside the target and renamed.
 *
 * The finished page is kept in the build cache (cli/shared/build-cache.ts) as an entry of
 * kind `single-file`, keyed by the deck, its language and every file the build read (as the
 * print build's, but in a slot of its own: its output differs); an unchanged deck copies it
 * (`[build] build: reused (…)`). --no-cache builds afresh and keeps nothing.
 */
import type { InlineConfig, Plugin } from 'vite'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { exportBaseName, packageName, tempFileName } from '../export/export-names'
import { UsageError } from '../shared/args'
import { loadDeck } from '../shared/deck'
import { report } from '../shared/findings'
import { requireOutputFolder } from '../shared/out-dir'
import { formatSeconds } from '../shared/progress'
import { deckSourceProblems } from '../shared/source-problems'
import { codePointsOf, fontSubsetsPlugin } from './font-subsets'
import { dropLocalImagePreloads, findExternalReferences } from './inline-check'
import { presenterNoticePlugin } from './presenter-notice'

/** Slidev features that need a server, a network or a camera; compiled out of the file. */
const OFF_FEATURES = ['RECORD', 'BROWSER_EXPORTER', 'PWA']

export interface SingleFileResult {
  file: string
  bytes: number
  subsets: string[]
  /** Set when the page came from the build cache: `reused (unchanged since build --single-file, 12 s ago)`. */
  reused?: string
}

/** What a build of the page leaves: the page, its font subsets, the files it read. */
interface BuiltPage {
  html: string
  subsets: string[]
  read: string[]
  roots: string[]
}

const SELF_CONTAINED_HINT = 'Keep images and other files in the deck\'s folder and refer to them relatively (./images/map.png) or from its public/ folder (/logo.png); a web address cannot travel in an offline file.'

export class SingleFileError extends Error {
  override name = 'SingleFileError'
}

const RE_HTML = /\.html?$/i
const RE_REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g

/** `1.31 MiB (1,375,136 bytes)` */
export function formatSize(bytes: number): string {
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`
  return `${size} (${bytes.toLocaleString('en-US')} bytes)`
}

/**
 * The file to write: --out as given (an .html file, not a folder), else
 * exports/<name>.html in the current folder, named as `briefing export` names its PDFs.
 */
export async function singleFileTarget(entry: string, out: string | undefined, usage = '', lang?: string): Promise<string> {
  if (out !== undefined) {
    const target = resolve(out)
    if (existsSync(target) && statSync(target).isDirectory())
      throw new UsageError(`briefing build --single-file: --out ${out} is a folder; give the file to write, e.g. ${join(out, 'deck.html')}`, usage)
    if (!RE_HTML.test(target))
      throw new UsageError(`briefing build --single-file: --out takes an .html file name, got "${out}"`, usage)
    return target
  }
  const deck = await loadDeck(entry, lang)
  const name = exportBaseName(entry, { exportFilename: deck.exportFilename, packageName: packageName(dirname(entry)) })
  // The deck's own language keeps the plain name, another one is named in it (as the PDFs).
  return resolve('exports', deck.lang === deck.languages[0] ? `${name}.html` : `${name}.${deck.lang}.html`)
}

/** `briefing build --single-file`: builds, prints where the file went and its size; resolves to the exit code. */
export async function runSingleFile(entry: string, values: { 'out'?: string, 'base'?: string, 'lang'?: string, 'no-cache'?: boolean }, usage = ''): Promise<number> {
  if (values.base !== undefined)
    throw new UsageError('briefing build --single-file: --base does not apply (the file is opened from disk, not served under a path)', usage)
  const target = await singleFileTarget(entry, values.out, usage, values.lang)
  // Its folder (written through a temporary file beside the target) must be one that can be made.
  requireOutputFolder('briefing build --single-file', values.out ? 'the folder of --out,' : 'the output folder', dirname(target))
  // The same source problems as the site build: nothing is built from a deck with any.
  const deck = await loadDeck(entry, values.lang)
  const problems = [...deck.problems, ...await deckSourceProblems(entry)]
  if (problems.length) {
    for (const line of report(problems, new Map(deck.slides.map(s => [s.no, s.title])), deck.slides.length, 'build').lines)
      console.error(line)
    return 1
  }
  const started = Date.now()
  console.log(`[build] ${relative(process.cwd(), entry) || entry}: one offline HTML file…`)
  try {
    const result = await buildSingleFile(entry, target, { cache: !values['no-cache'], lang: values.lang })
    if (result.reused)
      console.log(`[build] build: ${result.reused}`)
    console.log(`[build] wrote ${relative(process.cwd(), result.file) || result.file}: ${formatSize(result.bytes)}, fonts: ${result.subsets.join(', ') || 'none bundled'} (${formatSeconds(Date.now() - started)})`)
    return 0
  }
  catch (error) {
    console.error(`Build failed: ${(error as Error).message}`)
    return 1
  }
}

/**
 * Builds `entry` into the single HTML file `outFile` (temp file + rename); with `cache`
 * (default), the page of an unchanged deck in `lang` is copied from the build cache, and a
 * fresh one is kept there.
 */
export async function buildSingleFile(entry: string, outFile: string, options: { cache?: boolean, lang?: string } = {}): Promise<SingleFileResult> {
  const cache = await import('../shared/build-cache')
  const root = cache.cacheRoot(entry)
  const useCache = options.cache ?? true
  const slot = useCache ? cache.slotKey({ kind: 'single-file', entry, lang: options.lang }) : ''
  const hit = useCache ? cache.lookup(root, slot) : undefined
  if (hit) {
    try {
      const html = readFileSync(join(hit.dir, 'out', 'index.html'), 'utf8')
      const subsets = JSON.parse(readFileSync(join(hit.dir, 'out', 'subsets.json'), 'utf8')) as string[]
      return { ...writePage(outFile, html), subsets, reused: cache.describeReuse(hit.manifest) }
    }
    finally {
      hit.release()
    }
  }
  const started = Date.now()
  const pending = useCache ? cache.pendingEntry(root, slot, { kind: 'single-file', entry, lang: options.lang, createdBy: 'build --single-file' }) : undefined
  try {
    const page = await buildPage(entry)
    const result = { ...writePage(outFile, page.html), subsets: page.subsets }
    if (pending) {
      mkdirSync(pending.dir, { recursive: true })
      writeFileSync(join(pending.dir, 'index.html'), page.html)
      writeFileSync(join(pending.dir, 'subsets.json'), JSON.stringify(page.subsets))
      writeFileSync(pending.depsFile, JSON.stringify({ files: page.read, roots: page.roots }))
      pending.commit(page.read, started)?.release()
    }
    return result
  }
  finally {
    pending?.abandon()
  }
}

/** Writes `html` to `outFile` through a temporary file beside it. */
function writePage(outFile: string, html: string): { file: string, bytes: number } {
  const target = resolve(outFile)
  mkdirSync(dirname(target), { recursive: true })
  const temp = tempFileName(target, process.pid)
  try {
    writeFileSync(temp, html)
    renameSync(temp, target)
  }
  finally {
    rmSync(temp, { force: true })
  }
  return { file: target, bytes: statSync(target).size }
}

/** Builds the page of `entry` in a temporary folder and checks that it is self-contained. */
async function buildPage(entry: string): Promise<BuiltPage> {
  // As `briefing build` runs `slidev build`: Vite keeps a NODE_ENV it finds (a test runner's
  // `test` gave Vue's development build, 180 KiB more and its warnings).
  process.env.NODE_ENV = 'production'
  const work = await mkdtemp(join(tmpdir(), 'bx-single-'))
  try {
    const site = join(work, 'site')
    const single = join(work, 'single')
    const built = await buildSite(entry, site)
    await foldIntoOnePage(site, single)
    const html = readFileSync(join(single, 'index.html'), 'utf8')
    const problems = [
      ...leftOver(single, html).map(name => `${name} was written beside the page, not into it`),
      ...findExternalReferences(html).map(ref => `the page refers to ${ref}`),
    ]
    if (problems.length)
      throw new SingleFileError(`${entry}: the single file would not be self-contained:\n${problems.map(p => `  - ${p}`).join('\n')}\n${SELF_CONTAINED_HINT}`)
    return { html, ...built }
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * Pass 1: `slidev build` of the deck into `outDir` with the hash router, relative base,
 * every asset inlined and one stylesheet. Code splitting stays as Slidev sets it up: with
 * cssCodeSplit off, Vite then writes the entry's CSS first and the lazily loaded slides'
 * CSS after it, the order in which the hosted deck applies them. (Built as one chunk
 * straight away, a component's scoped CSS landed before the theme's layout CSS, and the
 * quote slide of the main deck rendered differently.)
 */
async function buildSite(entry: string, outDir: string): Promise<Omit<BuiltPage, 'html'>> {
  // The deck's own Slidev and the Vite it uses (cli/shared/slidev.mjs).
  const { importFromSlidev, slidevFor } = await import('../shared/slidev.mjs')
  const slidev = slidevFor(entry)
  const [{ resolveOptions, ViteSlidevPlugin }, { injectPreparsers }, { build, loadConfigFromFile, mergeConfig }] = await Promise.all([
    import(slidev.entryUrl) as Promise<typeof import('@slidev/cli')>,
    import('../shared/preparsers.mjs'),
    importFromSlidev(slidev, 'vite') as Promise<typeof import('vite')>,
  ])
  // The theme's preparser keeps one language of a two-language deck (BX_LANG), as in `slidev build`.
  await injectPreparsers(slidev)
  const options = await resolveOptions({ entry, routerMode: 'hash' }, 'build')
  for (const feature of OFF_FEATURES)
    options.utils.define[`__SLIDEV_FEATURE_${feature}__`] = 'false'
  // Slidev's client preloads each slide's images by their source address (./images/x.png),
  // beside the page; in the file they are data: URLs already.
  options.data.config.preloadImages = false
  const indexHtmlId = resolve(options.userRoot, 'index.html')
  const deckPoints = codePointsOf(deckText(options.data.markdownFiles))
  const subsets = new Set<string>()
  /** Every file the build read, for the build cache (as print-build.mjs collects them). */
  const read = new Set([...Object.keys(options.data.markdownFiles), ...Object.keys(options.data.watchFiles)])

  const own: Plugin = {
    name: 'bx:single-file',
    resolveId: { order: 'pre', handler: id => (id === indexHtmlId ? id : null) },
    // Without Slidev's <link rel="preload" as="image"> of the deck's own images: they are
    // data: URLs in the script now (a web address stays, and fails the check below).
    load: { order: 'pre', handler: id => (id === indexHtmlId ? dropLocalImagePreloads(options.utils.indexHtml) : null) },
    generateBundle() {
      for (const id of this.getModuleIds())
        read.add(id)
    },
  }
  let config: InlineConfig = {
    // Files of the deck's public/ folder (`/logo.png`) become ordinary assets, inlined like
    // the rest, instead of addresses beside the page.
    publicDir: false,
    resolve: { alias: publicAliases(join(options.userRoot, 'public')) },
    plugins: [own, fontSubsetsPlugin(deckPoints, subsets), presenterNoticePlugin(String(options.data.headmatter.lang ?? ''))],
    build: { rollupOptions: { input: { index: indexHtmlId } } },
  }
  for (const root of options.roots) {
    const file = ['.mjs', '.js', '.mts', '.ts'].map(ext => join(root, `vite.config${ext}`)).find(existsSync)
    const loaded = file && await loadConfigFromFile({ mode: 'production', command: 'build' }, file, undefined, 'silent')
    if (loaded) {
      config = mergeConfig(config, loaded.config)
      for (const dep of [file, ...loaded.dependencies])
        read.add(resolve(root, dep))
    }
  }
  config = mergeConfig(config, {
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      modulePreload: false,
      copyPublicDir: false,
      cssCodeSplit: false,
      assetsInlineLimit: () => true,
      chunkSizeWarningLimit: Infinity,
      rollupOptions: { checks: { pluginTimings: false } },
    },
  })
  config = mergeConfig(config, {
    configFile: false,
    root: options.userRoot,
    plugins: await ViteSlidevPlugin(options, (config as { slidev?: any }).slidev),
    define: { __VUE_PROD_DEVTOOLS__: false },
  })
  await build(config)
  return { subsets: [...subsets], read: [...read].sort(), roots: options.roots }
}

/**
 * Pass 2: the built site folded into its index.html by vite-plugin-singlefile: the chunks
 * bundled into one script (dynamic imports inlined), the stylesheet into a style element.
 */
async function foldIntoOnePage(site: string, outDir: string): Promise<void> {
  const { build } = await import('vite')
  const { viteSingleFile } = await import('vite-plugin-singlefile')
  await build({
    configFile: false,
    root: site,
    logLevel: 'warn',
    publicDir: false,
    plugins: [viteSingleFile({ removeViteModuleLoader: true })],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      modulePreload: false,
      rollupOptions: { checks: { pluginTimings: false } },
    },
  })
}

/**
 * `/logo.png` -> `<deck>/public/logo.png`, for every file of the deck's public folder; the
 * whole address only (a string alias would also take `/logo.png/...`), a query may follow.
 */
export function publicAliases(publicDir: string): { find: RegExp, replacement: string }[] {
  if (!existsSync(publicDir))
    return []
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name)
      const address = `/${relative(publicDir, file).replaceAll('\\', '/')}`
      return { find: new RegExp(`^${address.replace(RE_REGEXP_SPECIAL, '\\$&')}(?=[?#]|$)`), replacement: file }
    })
}

/** Files the fold left beside index.html. */
function leftOver(dir: string, _html: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && !(entry.parentPath === dir && entry.name === 'index.html'))
    .map(entry => join(entry.parentPath, entry.name).slice(dir.length + 1))
}

/** Text of the deck's markdown files, to decide which font subsets it needs. */
function deckText(files: Record<string, { raw: string }>): string {
  return Object.values(files).map(file => file.raw).join('\n')
}
