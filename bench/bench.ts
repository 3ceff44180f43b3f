/**
 * npm run bench [-- deck.md ...] [--runs 3] [--node /path/to/node ...] [--scale 120] [--scale-runs 1] [--cache-only]
 * On this machine, in one run, for each deck (default: the main deck and bench/decks/twenty)
 * and for a generated deck of --scale slides built from the components' snippets:
 * - our export of all three PDFs from source (build included, --no-cache), on this Node and on every
 *   other --node, and stock `slidev export` of the slides PDF: wall time and peak memory of
 *   the whole process tree; both as a whole command in a new Node process, interleaved run by run;
 * - the build cache's paths (cli/shared/build-cache.ts), on this Node: `briefing check` then
 *   `briefing export` from an empty cache; a second export of the unchanged deck; an export
 *   while `briefing dev` of the deck runs (started before the runs, cache emptied first);
 * - `briefing export --watch`: time from saving a change to one slide's speaker notes until
 *   the PDFs are rewritten (notes-only path), and, in the first run, the same change with
 *   the watcher forced to rebuild (BRIEFING_WATCH_ALWAYS_REBUILD=1: the other design);
 * - `slidev build` (first run), JS shipped (gzip) and time to first slide of the built site (named decks only).
 * --cache-only leaves out the watch, `slidev build` and site measures.
 * Writes bench/results.json and prints a table per deck.
 */
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { Measured } from './bench-tools'
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { findBrowser, launchBrowser } from '../cli/shared/browser'
import { buildDeck } from '../cli/shared/build'
import { cacheRoot } from '../cli/shared/build-cache'
import { loadDeck } from '../cli/shared/deck'
import { blockOffHost } from '../cli/shared/guard'
import { formatSeconds } from '../cli/shared/progress'
import { serveDist } from '../cli/shared/serve'
import { slidevFor } from '../cli/shared/slidev.mjs'
import { THEME_ROOT } from '../cli/shared/theme'
import { formatKiB, formatTable, median, ratio } from './bench-stats'
import { readSnippets, replaceLine, runMeasured, scaleDeck } from './bench-tools'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'runs': { type: 'string', default: '3' },
    'node': { type: 'string', multiple: true, default: [] },
    'scale': { type: 'string', default: '120' },
    'scale-runs': { type: 'string', default: '1' },
    'cache-only': { type: 'boolean', default: false },
  },
})
const runs = Math.max(1, Number(values.runs))
const scaleSlides = Number(values.scale)
const scaleRuns = Math.max(1, Number(values['scale-runs']))
const cacheOnly = values['cache-only']!
const BRIEFING = join(THEME_ROOT, 'bin/briefing.mjs')
const work = mkdtempSync(join(tmpdir(), 'bx-bench-'))
const load1 = () => Math.round(loadavg()[0]! * 100) / 100
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
const nodeVersion = (node: string) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
const nodes = [process.execPath, ...values.node!.map(n => resolve(n))]
const cleanups: (() => void)[] = []
const METHOD = 'per deck and run, in this order: slidev build (first run only); our export on each Node (node bin/briefing.mjs export --no-cache, 3 PDFs, build included); stock slidev export (slides PDF, --timeout 180000); from an empty build cache: briefing check (every language of the deck) then briefing export (sum of both, peak of either); briefing export again (deck unchanged); cache emptied, briefing export while briefing dev of the deck runs (started before run 1); briefing export --watch on a copy of the deck: time from saving a notes change to the "[watch] updated" line (second save of two; forced-rebuild watcher in run 1). Wall time of each whole command, peak RSS of its process tree sampled every 100 ms from /proc; medians'
const RE_READY = /Ctrl-C stops/
/** Ports of the dev servers the bench starts (one per deck, in turn). */
const DEV_PORT = Number(process.env.BENCH_DEV_PORT ?? 3130)
const RE_REPORT = /\[watch\] (?:updated|failed|unchanged)[^\n]*/

async function timed(fn: () => Promise<unknown> | unknown) {
  const t = performance.now()
  await fn()
  return performance.now() - t
}

interface Sample extends Measured { load: number }

const sampled = async (run: () => Promise<Measured>): Promise<Sample> => ({ ...(await run()), load: load1() })

/** A watcher process whose output lines can be awaited. */
function startWatcher(entry: string, outDir: string, env: NodeJS.ProcessEnv = process.env) {
  const child: ChildProcess = spawn(process.execPath, [BRIEFING, 'export', '--watch', entry, '--out', outDir], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const waiters: { re: RegExp, from: number, done: (line: string) => void }[] = []
  const check = () => {
    for (const w of [...waiters]) {
      const match = output.slice(w.from).match(w.re)
      if (match) {
        waiters.splice(waiters.indexOf(w), 1)
        w.done(match[0])
      }
    }
  }
  child.stdout!.on('data', (d: Buffer) => {
    output += d.toString()
    check()
  })
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()))
  const stop = () => new Promise<number | null>((done) => {
    if (child.exitCode !== null)
      return done(child.exitCode)
    child.once('close', code => done(code))
    child.kill('SIGINT')
  })
  cleanups.push(() => child.kill('SIGINT'))
  return {
    /** Resolves with the first line matching `re` printed after this call. */
    next(re: RegExp, timeoutMs = 180_000) {
      return new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`watcher: no ${re} within ${timeoutMs / 1000} s:\n${output.slice(-3000)}`)), timeoutMs)
        waiters.push({ re, from: output.length, done: (line) => {
          clearTimeout(timer)
          done(line)
        } })
        child.once('close', () => {
          clearTimeout(timer)
          fail(new Error(`watcher ended:\n${output.slice(-3000)}`))
        })
      })
    },
    stop,
    output: () => output,
  }
}

/**
 * Starts a watcher on a hidden copy of the deck beside it (same folder, so its imports
 * resolve), then saves `edits` changes to one line of slide 2's speaker notes and times each
 * from the save until the watcher reports the PDFs rewritten.
 */
async function watchTimes(entry: string, edits: number, env?: NodeJS.ProcessEnv): Promise<{ ms: number[], loads: number[], lines: string[] }> {
  const deck = await loadDeck(entry)
  const original = readFileSync(entry, 'utf8')
  const occurrences = (line: string) => original.split(line).length - 1
  // A line of speaker notes that occurs once in the source, from slide 2 on if possible.
  const line = [...deck.slides.slice(1), deck.slides[0]!]
    .flatMap(s => s.note.split('\n').map(l => l.trim()).filter(l => l.length > 12))
    .find(l => occurrences(l) === 1)
  if (!line)
    throw new Error(`${entry}: no line of speaker notes that occurs once in the deck, to edit`)
  const copy = join(dirname(entry), `.bench-watch-${basename(entry)}`)
  copyFileSync(entry, copy)
  const removeCopy = () => rmSync(copy, { force: true })
  cleanups.push(removeCopy)
  const watcher = startWatcher(copy, join(work, 'watch'), env)
  const result = { ms: [] as number[], loads: [] as number[], lines: [] as string[] }
  try {
    await watcher.next(RE_READY)
    let current = line
    for (let i = 1; i <= edits; i++) {
      // A moment between saves, as between an author's edits; the watcher is idle then.
      await new Promise(done => setTimeout(done, 1500))
      const next = `${line} (bench ${i})`
      const edited = replaceLine(readFileSync(copy, 'utf8'), current, next)
      const done = watcher.next(RE_REPORT)
      done.catch(() => undefined)
      const t = performance.now()
      writeFileSync(copy, edited)
      const reported = await done
      result.ms.push(performance.now() - t)
      result.loads.push(load1())
      result.lines.push(reported)
      if (!reported.startsWith('[watch] updated'))
        throw new Error(`watcher: ${reported}\n${watcher.output().slice(-2000)}`)
      current = next
    }
  }
  finally {
    const code = await watcher.stop()
    removeCopy()
    if (code !== 130)
      console.warn(`[bench] the watcher ended with exit ${code} after Ctrl-C (expected 130)`)
  }
  return result
}

/** The deck's build cache emptied: the next command builds (and keeps its build). */
function emptyCache(entry: string) {
  rmSync(join(cacheRoot(entry), 'builds'), { recursive: true, force: true })
}

/** `briefing dev` of the deck, resolved once it has announced itself (its state file beside the cache). */
async function startDev(entry: string, port: number): Promise<() => Promise<void>> {
  const root = cacheRoot(entry)
  const announced = () => {
    try {
      return readdirSync(root).filter(f => f.startsWith('dev-') && f.endsWith('.json')).some(f => (JSON.parse(readFileSync(join(root, f), 'utf8')) as { entry?: string, port?: number }).port === port)
    }
    catch {
      return false
    }
  }
  const child = spawn(process.execPath, [BRIEFING, 'dev', entry, '--port', String(port)], { detached: true, stdio: 'ignore' })
  const stop = () => new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null)
      return done()
    child.once('close', () => done())
    process.kill(-child.pid!, 'SIGINT')
  })
  cleanups.push(() => void stop())
  const end = Date.now() + 180_000
  while (!announced()) {
    if (child.exitCode !== null || Date.now() > end) {
      await stop()
      throw new Error(`briefing dev ${entry} --port ${port} did not announce itself`)
    }
    await new Promise(done => setTimeout(done, 300))
  }
  return stop
}

async function siteMeasures(entry: string, dist: string) {
  const assets = join(dist, 'assets')
  const jsFiles = (readdirSync(assets, { recursive: true }) as string[]).filter(f => f.endsWith('.js'))
  const jsTotal = jsFiles.reduce((sum, f) => sum + gzipped(join(assets, f)), 0)
  const server = await serveDist(dist)
  const browser = await launchBrowser()
  const firstSlide: number[] = []
  let firstSlideJs = 0
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
      await blockOffHost(context, { offHost: [], errors: [] })
      const page = await context.newPage()
      const scripts = new Set<string>()
      page.on('response', (r) => {
        if (r.url().endsWith('.js'))
          scripts.add(new URL(r.url()).pathname)
      })
      firstSlide.push(await timed(async () => {
        await page.goto(`${server.url}1`)
        await page.locator('#slide-content [data-slidev-no="1"] .slidev-layout').waitFor({ state: 'visible' })
      }))
      await page.waitForLoadState('networkidle')
      firstSlideJs = [...scripts].reduce((sum, path) => sum + gzipped(join(dist, path)), 0)
      await context.close()
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  return { jsTotal, jsFiles: jsFiles.length, firstSlideJs, firstSlideMs: Math.round(median(firstSlide)) }
}

const med = (samples: Sample[]) => Math.round(median(samples.map(s => s.ms)))
const peak = (samples: Sample[]) => Math.max(...samples.map(s => s.peakRssKiB))
const mib = (kib: number) => `${Math.round(kib / 1024)} MiB`
const loads = (samples: { load: number }[]) => samples.map(s => s.load)

async function benchDeck(entry: string, options: { runs: number, site: boolean, watch: boolean, label: string, port: number }) {
  const deck = await loadDeck(entry)
  const browserInfo = await findBrowser()
  const build: number[] = []
  const ours = nodes.map(() => [] as Sample[])
  const stock: Sample[] = []
  const checkThenExport: Sample[] = []
  const secondExport: Sample[] = []
  const besideDev: Sample[] = []
  const exportCached = () => runMeasured(process.execPath, [BRIEFING, 'export', entry, '--out', join(work, 'ours')], { what: 'our export (cache)' })
  const stopDev = await startDev(entry, options.port)
  const watchNotes: Sample[] = []
  let watchRebuild: Sample[] = []
  const watchLines: string[] = []
  const dist = join(work, 'dist')
  try {
    for (let i = 0; i < options.runs; i++) {
      console.log(`[bench] ${options.label}: run ${i + 1}/${options.runs} (load ${load1()})`)
      // The built site is only needed for the site measures: built (and timed) in the first run.
      if (options.site && i === 0) {
        rmSync(dist, { recursive: true, force: true })
        build.push(await timed(() => buildDeck(entry, dist)))
      }
      for (const [n, node] of nodes.entries())
        ours[n]!.push(await sampled(() => runMeasured(node, [BRIEFING, 'export', entry, '--out', join(work, 'ours'), '--no-cache'], { what: `our export (${node})` })))
      stock.push(await sampled(() => runMeasured(process.execPath, [slidevFor(entry).bin, 'export', entry, '--output', join(work, 'stock.pdf'), '--executable-path', browserInfo.executablePath, '--timeout', '180000'], { what: 'stock slidev export' })))
      // The release: check, then export of the same deck state (its build reused).
      emptyCache(entry)
      // A deck with findings exits 1 and keeps its build all the same: timed either way.
      const check = await runMeasured(process.execPath, [BRIEFING, 'check', entry], { what: 'briefing check', okCodes: [0, 1] })
      const after = await exportCached()
      checkThenExport.push({ ms: check.ms + after.ms, peakRssKiB: Math.max(check.peakRssKiB, after.peakRssKiB), load: load1() })
      secondExport.push(await sampled(exportCached))
      // The dev server prints when no build of this deck state is cached.
      emptyCache(entry)
      besideDev.push(await sampled(exportCached))
      if (options.watch) {
        const notes = await watchTimes(entry, 2)
        // The first save after the start can still meet the warm-up; the second is the steady state.
        watchNotes.push({ ms: notes.ms.at(-1)!, peakRssKiB: 0, load: notes.loads.at(-1)! })
        watchLines.push(...notes.lines)
        if (i === 0) {
          const rebuild = await watchTimes(entry, 1, { ...process.env, BRIEFING_WATCH_ALWAYS_REBUILD: '1' })
          watchRebuild = rebuild.ms.map((ms, k) => ({ ms, peakRssKiB: 0, load: rebuild.loads[k]! }))
          watchLines.push(...rebuild.lines)
        }
      }
    }
  }
  finally {
    await stopDev()
  }
  const site = options.site ? await siteMeasures(entry, dist) : undefined
  const stockMs = med(stock)
  const result = {
    deck: relative(THEME_ROOT, entry) || entry,
    label: options.label,
    slides: deck.slides.length,
    runs: options.runs,
    ms: {
      build: build.length ? Math.round(median(build)) : undefined,
      exportAllFromSource: Object.fromEntries(nodes.map((node, n) => [nodeVersion(node), med(ours[n]!)])),
      stockSlidesExport: stockMs,
      checkThenExport: med(checkThenExport),
      secondExportUnchanged: med(secondExport),
      exportBesideDev: med(besideDev),
      watchNotesChange: watchNotes.length ? med(watchNotes) : undefined,
      watchNotesChangeAlwaysRebuild: watchRebuild.length ? med(watchRebuild) : undefined,
      firstSlide: site?.firstSlideMs,
    },
    peakRssKiB: {
      exportAllFromSource: Object.fromEntries(nodes.map((node, n) => [nodeVersion(node), peak(ours[n]!)])),
      stockSlidesExport: peak(stock),
      checkThenExport: peak(checkThenExport),
      secondExportUnchanged: peak(secondExport),
      exportBesideDev: peak(besideDev),
    },
    ratios: {
      coldOursToStock: ratio(med(ours[0]!), stockMs),
      coldOursToStockPerNode: Object.fromEntries(nodes.map((node, n) => [nodeVersion(node), ratio(med(ours[n]!), stockMs)])),
      checkThenExportToStock: ratio(med(checkThenExport), stockMs),
      secondExportToStock: ratio(med(secondExport), stockMs),
      besideDevToStock: ratio(med(besideDev), stockMs),
      watchNotesToStock: watchNotes.length ? ratio(med(watchNotes), stockMs) : undefined,
      watchRebuildToStock: watchRebuild.length ? ratio(med(watchRebuild), stockMs) : undefined,
    },
    targets: {
      coldAtMostHalfOfStock: med(ours[0]!) <= stockMs * 0.5,
      checkThenExportAtMostStock: med(checkThenExport) <= stockMs,
      secondExportAtMost02OfStock: med(secondExport) <= stockMs * 0.2,
      besideDevAtMost02OfStock: med(besideDev) <= stockMs * 0.2,
      watchNotesAtMost015OfStock: watchNotes.length ? med(watchNotes) <= stockMs * 0.15 : undefined,
    },
    samples: {
      buildMs: build.map(Math.round),
      exportAllFromSource: Object.fromEntries(nodes.map((node, n) => [nodeVersion(node), ours[n]!.map(s => ({ ms: Math.round(s.ms), peakRssKiB: s.peakRssKiB, load1m: s.load }))])),
      stockSlidesExport: stock.map(s => ({ ms: Math.round(s.ms), peakRssKiB: s.peakRssKiB, load1m: s.load })),
      checkThenExport: checkThenExport.map(s => ({ ms: Math.round(s.ms), peakRssKiB: s.peakRssKiB, load1m: s.load })),
      secondExportUnchanged: secondExport.map(s => ({ ms: Math.round(s.ms), peakRssKiB: s.peakRssKiB, load1m: s.load })),
      exportBesideDev: besideDev.map(s => ({ ms: Math.round(s.ms), peakRssKiB: s.peakRssKiB, load1m: s.load })),
      watchNotesChange: watchNotes.map(s => ({ ms: Math.round(s.ms), load1m: s.load })),
      watchNotesChangeAlwaysRebuild: watchRebuild.map(s => ({ ms: Math.round(s.ms), load1m: s.load })),
      watchReports: watchLines,
    },
    loadAverage1m: { ours: loads(ours[0]!), stock: loads(stock), watch: loads(watchNotes) },
    bytes: site && { jsGzipTotal: site.jsTotal, jsGzipFirstSlide: site.firstSlideJs, jsFiles: site.jsFiles },
  }

  const rows: string[][] = [['measure', 'value']]
  if (result.ms.build !== undefined)
    rows.push(['slidev build', formatSeconds(result.ms.build)])
  for (const [n, node] of nodes.entries())
    rows.push([`our export, 3 PDFs from source, Node ${nodeVersion(node)}`, `${formatSeconds(med(ours[n]!))}, peak ${mib(peak(ours[n]!))}, ${ratio(med(ours[n]!), stockMs)} of stock`])
  rows.push(['stock slidev export, slides PDF only', `${formatSeconds(stockMs)}, peak ${mib(peak(stock))}`])
  rows.push(['cold: ours / stock (target <= 0.5)', `${result.ratios.coldOursToStock}${result.targets.coldAtMostHalfOfStock ? ' met' : ' NOT met'}`])
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met')
  rows.push(['check then export (target <= 1.0 of stock)', `${formatSeconds(med(checkThenExport))}, peak ${mib(peak(checkThenExport))}, ${result.ratios.checkThenExportToStock} of stock, ${met(result.targets.checkThenExportAtMostStock)}`])
  rows.push(['second export, unchanged (target <= 0.2)', `${formatSeconds(med(secondExport))}, peak ${mib(peak(secondExport))}, ${result.ratios.secondExportToStock} of stock, ${met(result.targets.secondExportAtMost02OfStock)}`])
  rows.push(['export while dev runs (target <= 0.2)', `${formatSeconds(med(besideDev))}, peak ${mib(peak(besideDev))}, ${result.ratios.besideDevToStock} of stock, ${met(result.targets.besideDevAtMost02OfStock)}`])
  if (watchNotes.length)
    rows.push(['watch: notes change -> PDFs rewritten', `${formatSeconds(med(watchNotes))}, ${result.ratios.watchNotesToStock} of stock (target <= 0.15${result.targets.watchNotesAtMost015OfStock ? ' met' : ' NOT met'})`])
  if (watchRebuild.length)
    rows.push(['watch, forced rebuild: same change', `${formatSeconds(med(watchRebuild))}, ${result.ratios.watchRebuildToStock} of stock`])
  if (site) {
    rows.push([`JS shipped, gzip (${site.jsFiles} files)`, formatKiB(site.jsTotal)])
    rows.push(['JS loaded for slide 1, gzip', formatKiB(site.firstSlideJs)])
    rows.push(['time to first slide (median of 5)', `${site.firstSlideMs} ms`])
  }
  console.log(`\n${options.label}: ${deck.slides.length} slides, ${options.runs} run(s), medians; load average (1 min) ours ${loads(ours[0]!).join('/')}, stock ${loads(stock).join('/')}\n`)
  console.log(formatTable(rows))
  return result
}

let interrupted = false
process.once('SIGINT', () => {
  interrupted = true
  for (const cleanup of cleanups) cleanup()
})

try {
  const browserInfo = await findBrowser()
  const chromium = execFileSync(browserInfo.executablePath, ['--version'], { encoding: 'utf8' }).trim()
  const entries = positionals.length ? positionals.map(p => resolve(p)) : [join(THEME_ROOT, 'slides.md'), join(THEME_ROOT, 'bench/decks/twenty/slides.md')]
  const decks: Awaited<ReturnType<typeof benchDeck>>[] = []
  const write = () => writeFileSync(join(THEME_ROOT, 'bench/results.json'), `${JSON.stringify({
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', nodes: nodes.map(nodeVersion), chromium },
    method: METHOD,
    decks,
  }, null, 2)}\n`)
  for (const entry of entries) {
    decks.push(await benchDeck(entry, { runs, site: !cacheOnly, watch: !cacheOnly, label: relative(THEME_ROOT, entry), port: DEV_PORT + decks.length }))
    write()
  }
  if (scaleSlides > 0 && !interrupted) {
    // In the repository, so that `theme:` is a relative path as in a real deck.
    const dir = join(THEME_ROOT, 'bench/decks', `.scale-${scaleSlides}`)
    mkdirSync(dir, { recursive: true })
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const entry = join(dir, 'slides.md')
    writeFileSync(entry, scaleDeck(readSnippets(join(THEME_ROOT, 'snippets')), scaleSlides, relative(dir, THEME_ROOT)))
    try {
      decks.push(await benchDeck(entry, { runs: scaleRuns, site: false, watch: false, label: `generated ${scaleSlides}-slide deck (snippets)`, port: DEV_PORT + decks.length }))
      write()
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  console.log('\nWrote bench/results.json')
}
catch (error) {
  console.error(`Benchmark failed: ${(error as Error).message}`)
  process.exitCode = 1
}
finally {
  for (const cleanup of cleanups) cleanup()
  rmSync(work, { recursive: true, force: true })
}
