/**
 * npm run bench [-- path/to/deck.md] [--runs 3]
 * On this machine, in one run: build time, our export of all three PDFs from source (build
 * included), stock `slidev export` of the slides PDF, JS shipped (gzip) and time to first
 * slide of the built site. Both exports are timed the same way: as a whole command in a new
 * Node process (ours is `npm run export` without npm), interleaved run by run.
 * Writes bench/results.json (bench/results-<deck folder>.json for a deck elsewhere) and prints a table.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { findBrowser, launchBrowser } from '../cli/shared/browser'
import { buildDeck, runNode } from '../cli/shared/build'
import { loadDeck } from '../cli/shared/deck'
import { blockOffHost } from '../cli/shared/guard'
import { formatSeconds } from '../cli/shared/progress'
import { serveDist } from '../cli/shared/serve'
import { SLIDEV_BIN, THEME_ROOT } from '../cli/shared/theme'
import { formatKiB, formatTable, median, ratio } from './bench-stats'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } })
const entry = resolve(positionals[0] ?? join(THEME_ROOT, 'slides.md'))
const runs = Math.max(1, Number(values.runs))
const work = mkdtempSync(join(tmpdir(), 'bx-bench-'))
async function timed(fn: () => Promise<unknown> | unknown) {
  const t = performance.now()
  await fn()
  return performance.now() - t
}
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

try {
  const deck = await loadDeck(entry)
  const browserInfo = await findBrowser()
  const chromium = execFileSync(browserInfo.executablePath, ['--version'], { encoding: 'utf8' }).trim()
  const build: number[] = []
  const ours: number[] = []
  const stock: number[] = []
  const loads: number[] = []
  const dist = join(work, 'dist')
  for (let i = 0; i < runs; i++) {
    console.log(`[bench] run ${i + 1}/${runs}`)
    rmSync(dist, { recursive: true, force: true })
    build.push(await timed(() => buildDeck(entry, dist)))
    ours.push(await timed(() => runNode([join(THEME_ROOT, 'bin/briefing.mjs'), 'export', entry, '--out', join(work, 'ours')], 'our export')))
    stock.push(await timed(() => runNode([SLIDEV_BIN, 'export', entry, '--output', join(work, 'stock.pdf'), '--executable-path', browserInfo.executablePath], 'stock slidev export')))
    loads.push(loadavg()[0]!)
  }

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

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, chromium, loadAverage1mAfterEachRun: loads.map(l => Math.round(l * 100) / 100) },
    method: 'per run, in this order: slidev build; our export (node bin/briefing.mjs export, 3 PDFs, build included); stock slidev export (slides PDF); wall time of each whole command; medians',
    deck: relative(THEME_ROOT, entry),
    slides: deck.slides.length,
    runs,
    ms: {
      build: Math.round(median(build)),
      exportAllFromSource: Math.round(median(ours)),
      stockSlidesExport: Math.round(median(stock)),
      firstSlide: Math.round(median(firstSlide)),
    },
    samplesMs: { build, exportAllFromSource: ours, stockSlidesExport: stock, firstSlide },
    bytes: { jsGzipTotal: jsTotal, jsGzipFirstSlide: firstSlideJs, jsFiles: jsFiles.length },
    ratioOursToStock: ratio(median(ours), median(stock)),
    targetMet: median(ours) <= median(stock) / 2,
  }
  results.samplesMs = Object.fromEntries(Object.entries(results.samplesMs).map(([k, v]) => [k, v.map(Math.round)])) as typeof results.samplesMs
  mkdirSync(join(THEME_ROOT, 'bench'), { recursive: true })
  const resultsFile = dirname(entry) === THEME_ROOT ? 'bench/results.json' : `bench/results-${basename(dirname(entry))}.json`
  writeFileSync(join(THEME_ROOT, resultsFile), `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\n${deck.slides.length} slides, ${runs} run(s), medians; ${results.machine.cpus} cores, ${chromium}\n`)
  console.log(formatTable([
    ['measure', 'value'],
    ['slidev build', formatSeconds(results.ms.build)],
    ['our export, 3 PDFs from source (incl. build)', formatSeconds(results.ms.exportAllFromSource)],
    ['stock slidev export, slides PDF only', formatSeconds(results.ms.stockSlidesExport)],
    ['ours / stock', `${results.ratioOursToStock}${results.targetMet ? ' (target <= 0.5 met)' : ' (target <= 0.5 NOT met)'}`],
    [`JS shipped, gzip (${jsFiles.length} files)`, formatKiB(jsTotal)],
    ['JS loaded for slide 1, gzip', formatKiB(firstSlideJs)],
    ['time to first slide (median of 5)', `${results.ms.firstSlide} ms`],
  ]))
  console.log(`\nWrote ${resultsFile}`)
}
catch (error) {
  console.error(`Benchmark failed: ${(error as Error).message}`)
  process.exitCode = 1
}
finally {
  rmSync(work, { recursive: true, force: true })
}
