/**
 * The export pipeline: build the deck once, serve the build on 127.0.0.1, open Slidev's
 * print page (/print) in one Chromium and print the slides PDF from it, then rearrange the
 * same rendered slides into the two A4 handouts. Every PDF is tagged, carries /Lang,
 * document info and an outline, and is written to a temporary file; the set replaces the
 * previous one only once every PDF is complete. The steps (exportTargets, newPrintRun,
 * renderPrintPage, printPdfs, endPrintRun) are shared with `export --watch` (watch.ts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { PrintBuild } from '../shared/build'
import type { Deck } from '../shared/deck'
import type { CheckProblem, ConsoleMessage } from '../shared/findings'
import type { PageLog } from '../shared/guard'
import type { ExportKind } from './export-names'
import type { Size } from './handout-layout'
import type { HandoutArgs, HandoutSlide } from './handout-page'
import type { SlidePage } from './pdf-finish'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { ui } from '../../components/i18n'
import { browserEnded, launchBrowser } from '../shared/browser'
import { startPrintBuild } from '../shared/build'
import { buildFailureMessage } from '../shared/build-errors'
import { loadDeck } from '../shared/deck'
import { describeSlide, formatMessage, report } from '../shared/findings'
import { inspectDeck, NoPrintPageError, openPrintPage, waitForPrintPage } from '../shared/inspect'
import { whenAborted } from '../shared/interrupt'
import { formatProgress } from '../shared/progress'
import { serveDist } from '../shared/serve'
import { closeBrowser, closeServer, together } from '../shared/served-browser'
import { deckSourceProblems } from '../shared/source-problems'
import { BILINGUAL_CSS, bilingualNotesHtml } from './bilingual-notes'
import { CHART_TABLE_PRINT_CSS } from './chart-tables'
import { bilingualFileName, EXPORT_KINDS, exportBaseName, exportFileName, packageName, tempFileName } from './export-names'
import { handoutArgs, HANDOUTS, renderHandoutNotes, handoutSlides as toHandoutSlides } from './handout'
import { layoutHandout } from './handout-page'
import { stripClickMarkers } from './note-text'
import { finishPdf, outlineItems, pagePerSlide, pdfInfo } from './pdf-finish'

export interface ExportOptions {
  entry: string
  outDir?: string
  /** Per browser step (page load, print); default 60 s. */
  timeoutMs?: number
  log?: (line: string) => void
  /** A build already started with startPrintBuild(entry); exportDeck disposes of it. */
  build?: PrintBuild
  /** The deck language to export (default: BX_LANG, else the headmatter's `lang`). */
  lang?: string
  /** A browser to print with (kept open); default: one launched and closed here. */
  browser?: Browser
  /** Also the bilingual handout: the slides in `lang`, the notes in these languages side by side. */
  bilingual?: string[]
  /** Called once the build is done (e.g. to start the next language's build). */
  onBuilt?: () => void
  /** Stops the export (Ctrl-C): nothing is written into the output folder, temporary files are removed. */
  signal?: AbortSignal
  /** Write the files even when the deck has problems (`--force`): each is printed, as a warning. */
  force?: boolean
  /** Runs once the PDFs are written, with the served build still up (the PPTX export). */
  afterPrint?: (built: { browser: Browser, url: string, deck: Deck, slidesPdf: string }) => Promise<void>
}

export interface ExportResult {
  deck: Deck
  files: Record<ExportKind, string>
  /** The bilingual handout, when asked for. */
  bilingual?: string
  pages: Record<ExportKind, number>
  ms: { build: number, render: number, total: number } & Record<ExportKind, number>
}

export class ExportError extends Error {
  override name = 'ExportError'
}

/** Playwright's words for a page that navigated away under a step (a reload). */
const RE_NAVIGATED = /Execution context was destroyed|navigation/i

const SLIDES_PRINT_CSS = `.print-slide-container:last-child { break-after: auto !important; }\n${CHART_TABLE_PRINT_CSS}`

/** The print-page wait lives in cli/shared/inspect.ts; kept here for the tests that import it from the export. */
export { waitForPrintPage }

/** Writes a finished PDF beside its target under a hidden temporary name; renamed with the rest of the set. */
function writeTemp(target: string, bytes: Uint8Array, temps: Map<string, string>): void {
  const temp = tempFileName(target, process.pid)
  temps.set(temp, target)
  writeFileSync(temp, bytes)
}

/** Where a deck's PDFs go: their base name, one path per kind and the bilingual handout's. */
export interface ExportTargets {
  base: string
  files: Record<ExportKind, string>
  /** The file name of each kind (in the deck's language: another than its own is named in it). */
  fileName: (kind: ExportKind) => string
  /** The bilingual handout (with `bilingual` languages). */
  bilingual?: { langs: string[], file: string }
}

export function exportTargets(deck: Deck, outDir: string, bilingual?: string[]): ExportTargets {
  const base = exportBaseName(deck.entry, { exportFilename: deck.exportFilename, packageName: packageName(dirname(deck.entry)) })
  // The deck's own language keeps the plain names; another one is named in them.
  const nameLang = deck.lang === deck.languages[0] ? undefined : deck.lang
  const fileName = (kind: ExportKind) => exportFileName(base, kind, nameLang)
  const files = Object.fromEntries(EXPORT_KINDS.map(kind => [kind, join(outDir, fileName(kind))])) as Record<ExportKind, string>
  return { base, files, fileName, bilingual: bilingual ? { langs: bilingual, file: join(outDir, bilingualFileName(base, bilingual)) } : undefined }
}

/** One pass of the export over a rendered print page: its step (for timeouts), log and files under way. */
export interface PrintRun {
  step: string
  log: (line: string) => void
  /** Temporary file -> target, for the whole set: renamed together once every PDF is complete; removed when the run ends. */
  temps: Map<string, string>
  /** PDFs being finished and written while the next one prints. */
  finishing: Promise<void>[]
  ms: Record<ExportKind, number>
  pages: Record<ExportKind, number>
  signal?: AbortSignal
  /** `--force`: problems are printed and the files written all the same. */
  force?: boolean
  /** Awaits `work`, or stops at once when the run's signal is aborted. */
  until: <T>(work: Promise<T>) => Promise<T>
}

export function newPrintRun(log: (line: string) => void, signal?: AbortSignal): PrintRun {
  const aborted = whenAborted(signal)
  return {
    step: 'building the deck',
    log,
    temps: new Map(),
    finishing: [],
    ms: { 'slides': 0, 'handout': 0, 'handout-3up': 0 },
    pages: { 'slides': 0, 'handout': 0, 'handout-3up': 0 },
    signal,
    until: <T>(work: Promise<T>): Promise<T> => {
      work.catch(() => undefined)
      return aborted ? Promise.race([work, aborted]) : work
    },
  }
}

/** Requests beyond localhost (blocked) that the inspection has not reported yet: a handout's notes may name files of their own. */
function offHostNotice(pageLog: PageLog, reported: number, log: (line: string) => void): number {
  const late = [...new Set(pageLog.offHost.slice(reported))]
  if (late.length)
    log(`[export] warning: the handout tried to reach beyond localhost (requests blocked, the files are missing from it): ${late.join(', ')}`)
  return pageLog.offHost.length
}

/**
 * Invalid frontmatter YAML would print a wrong deck (another layout, a garbled title), and
 * the `source` problems (cli/shared/source-problems.ts: dead links, language mistakes and
 * gaps) a deck with links that lead nowhere or in the wrong language: throws.
 */
export function checkDeckSource(deck: Deck, source: CheckProblem[] = [], run?: PrintRun): void {
  if (!deck.slides.length)
    throw new ExportError(`${deck.entry} has no slides`)
  const problems = [...deck.problems, ...source]
  if (problems.length) {
    const titles = new Map(deck.slides.map(s => [s.no, s.title]))
    refuseOrForce(report(problems, titles, deck.slides.length, 'export'), run)
  }
}

/**
 * A verdict with problems ends the export, naming each; under `--force` they are printed
 * and the export goes on, saying so.
 */
function refuseOrForce(verdict: { code: number, lines: string[] }, run?: PrintRun): void {
  if (!verdict.code)
    return
  if (!run?.force)
    throw new ExportError(`The deck has problems; no file was written:\n${verdict.lines.map(line => `  ${line}`).join('\n')}`)
  for (const line of verdict.lines)
    run.log(`[export] ${line}`)
  run.log('[export] --force: writing the files all the same, with the problems above in them')
}

/** A print page open in its own browser context, every slide rendered and inspected. */
export interface PrintPage {
  context: BrowserContext
  page: Page
  canvas: Size
  /** Origin of the server the page came from (slide links are rewritten from it). */
  origin: string
  /** Where the page's errors and blocked requests are recorded. */
  pageLog: PageLog
  /** The page's console output since it opened. */
  messages: ConsoleMessage[]
  /** How many of `messages` are accounted for (by the inspection or an earlier print run). */
  checked: number
}

/**
 * Opens the print page of a served build (cli/shared/inspect.ts `openPrintPage`), sizes
 * it to the slides and inspects every slide with the same inspection, and the same words,
 * as `briefing check`; a deck with problems throws.
 */
export async function renderPrintPage(browser: Browser, url: string, deck: Deck, run: PrintRun, timeout: number): Promise<PrintPage> {
  const { until } = run
  run.step = 'loading the print page'
  const t = Date.now()
  const opened = await until(openPrintPage(browser, url, deck.slides.length, timeout).catch((error: Error) => {
    throw error instanceof NoPrintPageError ? new ExportError(error.message) : error
  }))
  const { context, page, messages, log: pageLog } = opened
  try {
    const canvas: Size = await until(page.locator('.print-slide-container').first().evaluate(el => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight })))
    if (canvas.width !== 980) {
      await until(page.setViewportSize(canvas))
      await until(page.reload({ waitUntil: 'load' }))
      await until(waitForPrintPage(page, deck.slides.length).catch((error: Error) => {
        if (error.name !== 'TimeoutError')
          throw error
      }))
    }

    run.step = 'checking the rendered slides'
    const titles = new Map(deck.slides.map(s => [s.no, s.title]))
    const problems = await until(inspectDeck({ browser, url, count: deck.slides.length, page, messages, log: pageLog }))
    const verdict = report(problems, titles, deck.slides.length, 'export')
    refuseOrForce(verdict, run)
    if (!verdict.code) {
      for (const line of verdict.lines.slice(0, -1))
        run.log(`[export] ${line}`)
    }
    run.log(formatProgress({ label: 'rendered', done: deck.slides.length, total: deck.slides.length, unit: 'slides', ms: Date.now() - t }))
    return { context, page, canvas, origin: new URL(url).origin, pageLog, messages, checked: messages.length }
  }
  catch (error) {
    await context.close().catch(() => undefined)
    throw error
  }
}

/** The bilingual handout's slides: the notes of every language side by side, paragraph by paragraph. */
function bilingualSlides(deck: Deck, decks: Deck[]): HandoutSlide[] {
  return deck.slides.map((s, i) => ({
    no: s.no,
    title: s.title,
    notesHtml: bilingualNotesHtml(decks.map(d => ({ lang: d.lang, markdown: stripClickMarkers(d.slides[i]?.note ?? '') })), renderHandoutNotes),
  }))
}

/**
 * Prints the given PDFs from a rendered print page and writes each to a temporary file;
 * once every one is complete they replace the previous ones together (all or nothing). The
 * slides PDF must come first: the handouts take the slides out of the print page's own
 * layout; a page laid out as a handout can print handouts again. With `targets.bilingual`
 * also the bilingual handout (its decks: `bilingualDecks`, in the order of its languages).
 */
export async function printPdfs(print: PrintPage, deck: Deck, targets: ExportTargets, run: PrintRun, kinds: readonly ExportKind[] = EXPORT_KINDS, bilingualDecks?: Deck[]): Promise<void> {
  const { page, canvas, pageLog, messages } = print
  // What the inspection found beyond localhost is already reported, slide by slide.
  let reportedOffHost = pageLog.offHost.length
  const { files, fileName } = targets
  const { log, ms, pages, until } = run
  const labels: HandoutArgs['labels'] = ui(deck.lang).handout
  // Chromium prints the next PDF while this process finishes the last one (pdf-lib).
  const aliases = Object.fromEntries(deck.slides.filter(s => s.alias).map(s => [s.alias!, s.no]))
  const links = { origin: print.origin, base: '/', aliases }
  const slideTitle = (no: number) => deck.slides.find(s => s.no === no)?.title || undefined
  const finish = (kind: ExportKind | 'bilingual', printed: Uint8Array, t: number, expected: number, slidePage: SlidePage) => {
    const target = kind === 'bilingual' ? targets.bilingual!.file : files[kind]
    const name = basename(target)
    const job = (async () => {
      const done = await finishPdf(printed, { info: pdfInfo(deck, kind), outline: outlineItems(deck.slides, slidePage), links: { ...links, slidePage, slideTitle } })
      if (done.pages !== expected)
        throw new ExportError(`The ${name} has ${done.pages} pages, expected ${expected}: a slide or its notes overflowed its page.`)
      for (const url of done.links.dropped)
        log(`[export] ${name}: a link to ${url} leads to no slide; it is left inert in the PDF`)
      writeTemp(target, done.bytes, run.temps)
      if (kind !== 'bilingual') {
        ms[kind] = Date.now() - t
        pages[kind] = expected
      }
      log(formatProgress({ label: name, done: expected, total: expected, unit: 'pages', ms: Date.now() - t }))
    })()
    job.catch(() => undefined)
    run.finishing.push(job)
  }
  const printHandout = async (args: HandoutArgs, tooLong: string) => {
    const result = await until(page.evaluate(layoutHandout, args))
    if (result.overflowing.length)
      throw new ExportError(`${tooLong}:\n${result.overflowing.map(no => `  - ${describeSlide(deck.slides, no)}`).join('\n')}`)
    await until(page.evaluate(() => document.fonts.ready))
    reportedOffHost = offHostNotice(pageLog, reportedOffHost, run.log)
    const pdf = await until(page.pdf({ width: '210mm', height: '297mm', printBackground: true, preferCSSPageSize: true, tagged: true, outline: false }))
    const starts = new Map(args.slides.map((slide, i) => [slide.no, result.starts[i]!]))
    return { pdf, pages: result.pages, slidePage: (no: number) => starts.get(no) }
  }

  let t: number
  if (kinds.includes('slides')) {
    run.step = 'printing the slides PDF'
    t = Date.now()
    await until(page.addStyleTag({ content: SLIDES_PRINT_CSS }))
    const slidesPdf = await until(page.pdf({ width: `${canvas.width}px`, height: `${canvas.height}px`, printBackground: true, preferCSSPageSize: true, tagged: true, outline: false }))
    finish('slides', slidesPdf, t, deck.slides.length, pagePerSlide)
  }

  const handoutSlides = toHandoutSlides(deck.slides)
  for (const [kind, layout] of HANDOUTS) {
    if (!kinds.includes(kind))
      continue
    run.step = `printing ${fileName(kind)}`
    t = Date.now()
    const printed = await printHandout(handoutArgs(layout, canvas, handoutSlides, deck.title, labels), 'Speaker notes hold a paragraph longer than a whole handout page; split it')
    finish(kind, printed.pdf, t, printed.pages, printed.slidePage)
  }
  if (targets.bilingual && bilingualDecks) {
    run.step = `printing ${basename(targets.bilingual.file)}`
    t = Date.now()
    const bilingualLabels = { ...labels, notes: targets.bilingual.langs.map(lang => ui(lang).handout.notes).join(' · ') }
    const args = handoutArgs('notes', canvas, bilingualSlides(deck, bilingualDecks), deck.title, bilingualLabels, BILINGUAL_CSS)
    const printed = await printHandout(args, 'Speaker notes hold a paragraph pair longer than a whole handout page; split it')
    finish('bilingual', printed.pdf, t, printed.pages, printed.slidePage)
  }
  run.step = 'writing the PDFs'
  await until(Promise.all(run.finishing))
  const late = messages.slice(print.checked).filter(m => m.kind !== 'warning')
  print.checked = messages.length
  if (late.length || pageLog.errors.length) {
    const lines = [...late.map(m => `  - ${formatMessage(m)}`), ...pageLog.errors.map(e => `  - ${e}`)]
    if (!run.force)
      throw new ExportError(`Errors in the page while printing:\n${lines.join('\n')}`)
    run.log(`[export] errors in the page while printing (--force: the files are written all the same):\n${lines.join('\n')}`)
  }
  // All or nothing: the set replaces the previous one only once every PDF is complete,
  // in one synchronous run that no signal handler can interrupt.
  run.signal?.throwIfAborted()
  for (const [temp, target] of run.temps) {
    renameSync(temp, target)
    run.temps.delete(temp)
  }
}

/** Ends a run: waits for PDFs still being written, removes temporary files left by a failure. */
export async function endPrintRun(run: PrintRun): Promise<void> {
  await Promise.allSettled(run.finishing)
  for (const temp of run.temps.keys())
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
  const build = options.build ?? startPrintBuild(options.entry, options.lang)
  // Signals are the command's to handle (cli/shared/interrupt.ts): Playwright's own handlers would exit at once.
  const launching = options.browser ? Promise.resolve(options.browser) : launchBrowser({ handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false })
  launching.catch(() => undefined)
  const run = newPrintRun(log, options.signal)
  run.force = options.force
  const { until } = run
  let browser: Browser | undefined
  let print: PrintPage | undefined
  let server: Awaited<ReturnType<typeof serveDist>> | undefined
  const ms = { build: 0, render: 0, total: 0 }

  try {
    const [deck, source] = await until(Promise.all([loadDeck(options.entry, options.lang), deckSourceProblems(options.entry)]))
    const targets = exportTargets(deck, outDir, options.bilingual)
    checkDeckSource(deck, source, run)
    // A browser that cannot start ends the export at once, not after the build.
    const launchFailed = launching.then(() => new Promise<never>(() => {}))
    await until(Promise.race([launchFailed, build.done.catch((error: unknown) => {
      throw options.signal?.aborted ? error : new ExportError(`The build of ${deck.entry} failed:\n  ${buildFailureMessage(error, deck.slides)}`)
    })]))
    options.onBuilt?.()
    ms.build = Date.now() - started
    const inLang = deck.languages.length > 1 ? ` (${deck.lang})` : ''
    log(build.reused ? `[export] build${inLang}: ${build.reused}` : `[export] built ${deck.slides.length} slides${inLang} in ${(ms.build / 1000).toFixed(1)} s`)
    // A running dev server of the deck (build.url) is printed from as it is.
    run.step = 'starting Chromium and the server'
    ;[browser, server] = await until(together(launching, build.url ? Promise.resolve(undefined) : serveDist(build.dir), options.browser ? async () => {} : closeBrowser, closeServer))
    mkdirSync(outDir, { recursive: true })

    const t = Date.now()
    const url = build.url ?? server!.url
    print = await renderPrintPage(browser, url, deck, run, timeout).catch((error: Error) => {
      // A dev server's first visit can make Vite optimise new dependencies and reload the
      // page once; that page is gone, a second one finds the server ready.
      if (!build.url || !RE_NAVIGATED.test(error.message))
        throw error
      log(`[export] the dev server reloaded the print page (${error.message.split('\n')[0]}); loading it again`)
      return renderPrintPage(browser!, url, deck, run, timeout)
    })
    ms.render = Date.now() - t
    const bilingualDecks = options.bilingual
      ? await until(Promise.all(options.bilingual.map(lang => lang === deck.lang ? deck : loadDeck(options.entry, lang))))
      : undefined
    await printPdfs(print, deck, targets, run, EXPORT_KINDS, bilingualDecks)
    await options.afterPrint?.({ browser, url, deck, slidesPdf: targets.files.slides })
    ms.total = Date.now() - started
    return { deck, files: targets.files, bilingual: targets.bilingual?.file, pages: run.pages, ms: { ...ms, ...run.ms } }
  }
  catch (error) {
    throw stepError(options.signal?.aborted ? error : browserEnded(error, browser, run.step), run, timeout)
  }
  finally {
    await Promise.allSettled(run.finishing)
    // Chromium and the server first: the server must not be reading the build folder as it goes.
    if (options.browser)
      await print?.context.close().catch(() => undefined)
    else await Promise.resolve(browser ?? launching).then(b => b.close()).catch(() => undefined)
    await server?.close()
    await build.dispose()
    await endPrintRun(run)
  }
}
