/**
 * The export pipeline: build the deck once, serve the build on 127.0.0.1, open Slidev's
 * print page (/print) in one Chromium and print the slides PDF from it, then rearrange the
 * same rendered slides into the two A4 handouts. Every PDF is tagged, carries /Lang,
 * document info and an outline, and is written to a temporary file that is renamed only
 * when complete.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { PrintBuild } from '../shared/build'
import type { Deck } from '../shared/deck'
import type { PageLog } from '../shared/guard'
import type { SlideState } from '../shared/slide-check'
import type { ExportKind } from './export-names'
import type { Size } from './handout-layout'
import type { SlidePage } from './pdf-finish'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { launchBrowser } from '../shared/browser'
import { startPrintBuild } from '../shared/build'
import { loadDeck } from '../shared/deck'
import { blockOffHost, recordErrors } from '../shared/guard'
import { formatProgress } from '../shared/progress'
import { serveDist } from '../shared/serve'
import { describeSlide, formatProblems, installSlideErrorHook, printPageReady, slideProblems } from '../shared/slide-check'
import { EXPORT_KINDS, exportBaseName, exportFileName, packageName, tempFileName } from './export-names'
import { handoutArgs, HANDOUTS, settlePrintPage, handoutSlides as toHandoutSlides } from './handout'
import { layoutHandout } from './handout-page'
import { finishPdf, outlineItems, pagePerSlide, pdfInfo } from './pdf-finish'

export interface ExportOptions {
  entry: string
  outDir?: string
  /** Per browser step (page load, print); default 60 s. */
  timeoutMs?: number
  log?: (line: string) => void
  /** A build already started with startPrintBuild(entry); exportDeck disposes of it. */
  build?: PrintBuild
}

export interface ExportResult {
  deck: Deck
  files: Record<ExportKind, string>
  pages: Record<ExportKind, number>
  ms: { build: number, render: number, total: number } & Record<ExportKind, number>
}

export class ExportError extends Error {
  override name = 'ExportError'
}

const SLIDES_PRINT_CSS = '.print-slide-container:last-child { break-after: auto !important; }'

/** Waits until every slide of the print page is mounted and its fonts and images are in. */
export async function waitForPrintPage(page: Page, slides: number): Promise<void> {
  await page.waitForFunction(printPageReady, slides)
  await page.evaluate(settlePrintPage)
}

function readSlideStates(page: Page): Promise<SlideState[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.print-slide-container'), (el) => {
    const layout = el.querySelector<HTMLElement>('.slidev-layout')
    const text = (layout?.textContent ?? '').trim()
    const media = layout?.querySelector('img, svg, video, canvas, iframe, object')
    return {
      no: Number(el.id.split('-')[0]),
      componentError: el.querySelector('[data-bx-error]')?.textContent ?? '',
      empty: !layout || (!text && !media),
    }
  }))
}

async function writeAtomic(target: string, bytes: Uint8Array, temps: Set<string>): Promise<void> {
  const temp = tempFileName(target, process.pid)
  temps.add(temp)
  writeFileSync(temp, bytes)
  renameSync(temp, target)
  temps.delete(temp)
}

/** Where a deck's PDFs go: their base name and one path per kind. */
export function exportTargets(deck: Deck, outDir: string): { base: string, files: Record<ExportKind, string> } {
  const base = exportBaseName(deck.entry, { exportFilename: deck.exportFilename, packageName: packageName(dirname(deck.entry)) })
  const files = Object.fromEntries(EXPORT_KINDS.map(kind => [kind, join(outDir, exportFileName(base, kind))])) as Record<ExportKind, string>
  return { base, files }
}

/** One pass of the export over a rendered print page: its step (for timeouts), log and files under way. */
export interface PrintRun {
  step: string
  log: (line: string) => void
  pageLog: PageLog
  /** Temporary files not yet renamed onto their target; removed when the run ends. */
  temps: Set<string>
  /** PDFs being finished and written while the next one prints. */
  finishing: Promise<void>[]
  ms: Record<ExportKind, number>
  pages: Record<ExportKind, number>
}

export function newPrintRun(log: (line: string) => void, pageLog: PageLog = { offHost: [], errors: [] }): PrintRun {
  return {
    step: 'building the deck',
    log,
    pageLog,
    temps: new Set(),
    finishing: [],
    ms: { 'slides': 0, 'handout': 0, 'handout-3up': 0 },
    pages: { 'slides': 0, 'handout': 0, 'handout-3up': 0 },
  }
}

function offHostCheck(pageLog: PageLog) {
  if (pageLog.offHost.length)
    throw new ExportError(`The deck tried to reach beyond localhost (requests blocked):\n${Array.from(new Set(pageLog.offHost), u => `  - ${u}`).join('\n')}`)
}

/** A print page open in its own browser context, every slide rendered and checked. */
export interface PrintPage {
  context: BrowserContext
  page: Page
  canvas: Size
  /** Origin of the server the page came from (slide links are rewritten from it). */
  origin: string
  /** Where the page's errors and blocked requests are recorded. */
  pageLog: PageLog
}

/** Opens the print page of a served build in a new context and checks every slide on it. */
export async function openPrintPage(browser: Browser, url: string, deck: Deck, run: PrintRun, timeout: number): Promise<PrintPage> {
  const { pageLog } = run
  run.step = 'loading the print page'
  const t = Date.now()
  const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
  try {
    context.setDefaultTimeout(timeout)
    await context.addInitScript('globalThis.__name ??= (fn) => fn')
    await context.addInitScript(installSlideErrorHook)
    await blockOffHost(context, pageLog)
    const page = await context.newPage()
    recordErrors(page, pageLog)
    await page.goto(`${url}print`, { waitUntil: 'load' })
    await page.locator('#print-container').waitFor({ state: 'attached', timeout: Math.min(timeout, 15_000) }).catch(() => {
      throw new ExportError(`The built deck has no print page (${url}print): the deck must use this project's theme, whose setup/routes.ts adds it (a deck in a sub-folder: \`theme: ..\`).`)
    })
    await waitForPrintPage(page, deck.slides.length)
    const canvas: Size = await page.locator('.print-slide-container').first().evaluate(el => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight }))
    if (canvas.width !== 980) {
      await page.setViewportSize(canvas)
      await page.reload({ waitUntil: 'load' })
      await waitForPrintPage(page, deck.slides.length)
    }

    run.step = 'checking the rendered slides'
    offHostCheck(pageLog)
    const slideErrors = await page.evaluate(() => window.__bxSlideErrors ?? [])
    const problems = [
      ...slideErrors.map(e => ({ no: e.no, problem: `threw ${e.message}` })),
      ...slideProblems(deck.slides.map(s => s.no), await readSlideStates(page)),
    ].sort((a, b) => a.no - b.no)
    if (problems.length || pageLog.errors.length)
      throw new ExportError(`A slide failed to render:\n${[formatProblems(deck.slides, problems), ...pageLog.errors.map(e => `  - ${e}`)].filter(Boolean).join('\n')}`)
    run.log(formatProgress({ label: 'rendered', done: deck.slides.length, total: deck.slides.length, unit: 'slides', ms: Date.now() - t }))
    return { context, page, canvas, origin: new URL(url).origin, pageLog }
  }
  catch (error) {
    await context.close().catch(() => undefined)
    throw error
  }
}

/**
 * Prints the given PDFs from a rendered print page and writes each to its file (temporary
 * file, then rename). The slides PDF must come first: the handouts take the slides out of
 * the print page's own layout; a page laid out as a handout can print handouts again.
 */
export async function printPdfs(print: PrintPage, deck: Deck, targets: ReturnType<typeof exportTargets>, run: PrintRun, kinds: readonly ExportKind[] = EXPORT_KINDS): Promise<void> {
  const { page, canvas } = print
  const { base, files } = targets
  const { log, pageLog, ms, pages } = run
  // Chromium prints the next PDF while this process finishes the last one (pdf-lib).
  const links = { origin: print.origin, base: '/' }
  const finish = (kind: ExportKind, printed: Uint8Array, t: number, expected: number, slidePage: SlidePage) => {
    const job = (async () => {
      const done = await finishPdf(printed, { info: pdfInfo(deck, kind), outline: outlineItems(deck.slides, slidePage), links: { ...links, slidePage } })
      if (done.pages !== expected)
        throw new ExportError(`The ${exportFileName(base, kind)} has ${done.pages} pages, expected ${expected}: a slide or its notes overflowed its page.`)
      for (const url of done.links.dropped)
        log(`[export] ${exportFileName(base, kind)}: a link to ${url} leads to no slide; it is left inert in the PDF`)
      await writeAtomic(files[kind], done.bytes, run.temps)
      ms[kind] = Date.now() - t
      pages[kind] = expected
      log(formatProgress({ label: exportFileName(base, kind), done: expected, total: expected, unit: 'pages', ms: ms[kind] }))
    })()
    job.catch(() => undefined)
    run.finishing.push(job)
  }

  let t: number
  if (kinds.includes('slides')) {
    run.step = 'printing the slides PDF'
    t = Date.now()
    await page.addStyleTag({ content: SLIDES_PRINT_CSS })
    const slidesPdf = await page.pdf({ width: `${canvas.width}px`, height: `${canvas.height}px`, printBackground: true, preferCSSPageSize: true, tagged: true, outline: false })
    finish('slides', slidesPdf, t, deck.slides.length, pagePerSlide)
  }

  const handoutSlides = toHandoutSlides(deck.slides)
  for (const [kind, layout] of HANDOUTS) {
    if (!kinds.includes(kind))
      continue
    run.step = `printing ${exportFileName(base, kind)}`
    t = Date.now()
    const result = await page.evaluate(layoutHandout, handoutArgs(layout, canvas, handoutSlides, deck.title))
    if (result.overflowing.length)
      throw new ExportError(`Speaker notes hold a paragraph longer than a whole handout page; split it:\n${result.overflowing.map(no => `  - ${describeSlide(deck.slides, no)}`).join('\n')}`)
    await page.evaluate(() => document.fonts.ready)
    offHostCheck(pageLog)
    const pdf = await page.pdf({ width: '210mm', height: '297mm', printBackground: true, preferCSSPageSize: true, tagged: true, outline: false })
    const starts = new Map(handoutSlides.map((slide, i) => [slide.no, result.starts[i]!]))
    finish(kind, pdf, t, result.pages, no => starts.get(no))
  }
  run.step = 'writing the PDFs'
  await Promise.all(run.finishing)
  if (pageLog.errors.length)
    throw new ExportError(`Errors in the page while printing:\n${pageLog.errors.map(e => `  - ${e}`).join('\n')}`)
}

/** Ends a run: waits for PDFs still being written, removes temporary files left by a failure. */
export async function endPrintRun(run: PrintRun): Promise<void> {
  await Promise.allSettled(run.finishing)
  for (const temp of run.temps)
    rmSync(temp, { force: true })
  run.temps.clear()
}

/** A Playwright timeout, named by the step it happened in. */
export function stepError(error: unknown, run: PrintRun, timeout: number): unknown {
  if (error instanceof Error && error.name === 'TimeoutError')
    return new ExportError(`Timed out after ${timeout / 1000} s while ${run.step}: ${error.message.split('\n')[0]}`)
  return error
}

export async function exportDeck(options: ExportOptions): Promise<ExportResult> {
  const started = options.build?.started ?? Date.now()
  const log = options.log ?? (line => console.log(line))
  const timeout = options.timeoutMs ?? 60_000
  const outDir = resolve(options.outDir ?? 'exports')
  // The build is the slow part: start it, and Chromium, before anything else.
  const build = options.build ?? startPrintBuild(options.entry)
  const launching = launchBrowser()
  launching.catch(() => undefined)
  const run = newPrintRun(log)
  let browser: Browser | undefined
  let server: Awaited<ReturnType<typeof serveDist>> | undefined
  const ms = { build: 0, render: 0, total: 0 }

  try {
    const deck = await loadDeck(options.entry)
    if (!deck.slides.length)
      throw new ExportError(`${deck.entry} has no slides`)
    const targets = exportTargets(deck, outDir)
    await build.done
    ms.build = Date.now() - started
    log(`[export] built ${deck.slides.length} slides in ${(ms.build / 1000).toFixed(1)} s`)
    ;[browser, server] = await Promise.all([launching, serveDist(build.dir)])
    mkdirSync(outDir, { recursive: true })

    const t = Date.now()
    const print = await openPrintPage(browser, server.url, deck, run, timeout)
    ms.render = Date.now() - t
    await printPdfs(print, deck, targets, run)
    ms.total = Date.now() - started
    return { deck, files: targets.files, pages: run.pages, ms: { ...ms, ...run.ms } }
  }
  catch (error) {
    throw stepError(error, run, timeout)
  }
  finally {
    await endPrintRun(run)
    await build.dispose()
    await Promise.resolve(browser ?? launching).then(b => b.close()).catch(() => undefined)
    await server?.close()
  }
}
