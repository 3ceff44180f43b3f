/**
 * The export pipeline: build the deck once, serve the build on 127.0.0.1, open Slidev's
 * print page (/print) in one Chromium and print the slides PDF from it, then rearrange the
 * same rendered slides into the two A4 handouts. Every PDF is tagged, carries /Lang,
 * document info and an outline, and is written to a temporary file that is renamed only
 * when complete.
 */
import type { Browser } from 'playwright-core'
import type { PrintBuild } from '../shared/build'
import type { Deck } from '../shared/deck'
import type { PageLog } from '../shared/guard'
import type { ExportKind } from './export-names'
import type { HandoutKind, Size } from './handout-layout'
import type { SlidePage } from './pdf-finish'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { createMarkdownExit } from 'markdown-exit'
import { ui } from '../../components/i18n'
import { launchBrowser } from '../shared/browser'
import { startPrintBuild } from '../shared/build'
import { buildFailureMessage } from '../shared/build-errors'
import { loadDeck } from '../shared/deck'
import { describeSlide, formatMessage, report } from '../shared/findings'
import { inspectDeck, NoPrintPageError, openPrintPage, waitForPrintPage } from '../shared/inspect'
import { formatProgress } from '../shared/progress'
import { serveDist } from '../shared/serve'
import { BILINGUAL_CSS, bilingualNotesHtml } from './bilingual-notes'
import { bilingualFileName, EXPORT_KINDS, exportBaseName, exportFileName, packageName, tempFileName } from './export-names'
import { handoutGeometry } from './handout-layout'
import { HANDOUT_CSS, layoutHandout } from './handout-page'
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

const SLIDES_PRINT_CSS = '.print-slide-container:last-child { break-after: auto !important; }'

/** The print-page wait lives in cli/shared/inspect.ts; kept here for the tests that import it from the export. */
export { waitForPrintPage }

/** Writes a finished PDF beside its target under a hidden temporary name; renamed with the rest of the set. */
function writeTemp(target: string, bytes: Uint8Array, temps: Map<string, string>): void {
  const temp = tempFileName(target, process.pid)
  temps.set(temp, target)
  writeFileSync(temp, bytes)
}

/** A promise that rejects with the signal's reason once it is aborted. */
function whenAborted(signal: AbortSignal | undefined): Promise<never> | undefined {
  if (!signal)
    return undefined
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted)
      reject(signal.reason)
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  aborted.catch(() => undefined)
  return aborted
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
  // Temporary file -> target, for the whole set: renamed together once every PDF is complete.
  const temps = new Map<string, string>()
  const aborted = whenAborted(options.signal)
  /** Awaits `work`, or stops at once when the export is interrupted. */
  const until = <T>(work: Promise<T>): Promise<T> => {
    work.catch(() => undefined)
    return aborted ? Promise.race([work, aborted]) : work
  }
  // PDFs being finished and written while the next one prints.
  const finishing: Promise<void>[] = []
  let pageLog: PageLog = { offHost: [], errors: [] }
  let browser: Browser | undefined
  let context: Awaited<ReturnType<Browser['newContext']>> | undefined
  let server: Awaited<ReturnType<typeof serveDist>> | undefined
  let step = 'building the deck'
  const ms = { 'build': 0, 'render': 0, 'total': 0, 'slides': 0, 'handout': 0, 'handout-3up': 0 }
  const pages = { 'slides': 0, 'handout': 0, 'handout-3up': 0 }

  const offHostCheck = () => {
    if (pageLog.offHost.length)
      throw new ExportError(`The deck tried to reach beyond localhost (requests blocked):\n${Array.from(new Set(pageLog.offHost), u => `  - ${u}`).join('\n')}`)
  }

  try {
    const deck = await until(loadDeck(options.entry, options.lang))
    if (!deck.slides.length)
      throw new ExportError(`${deck.entry} has no slides`)
    const base = exportBaseName(deck.entry, { exportFilename: deck.exportFilename, packageName: packageName(dirname(deck.entry)) })
    // The deck's own language keeps the plain names; another one is named in them.
    const nameLang = deck.lang === deck.languages[0] ? undefined : deck.lang
    const fileName = (kind: ExportKind) => exportFileName(base, kind, nameLang)
    const files = Object.fromEntries(EXPORT_KINDS.map(kind => [kind, join(outDir, fileName(kind))])) as Record<ExportKind, string>
    const labels = ui(deck.lang).handout
    const titles = new Map(deck.slides.map(s => [s.no, s.title]))
    // Invalid frontmatter YAML would print a wrong deck (another layout, a garbled title).
    if (deck.problems.length)
      throw new ExportError(`The deck has problems; no file was written:\n${report(deck.problems, titles, deck.slides.length, 'export').lines.map(line => `  ${line}`).join('\n')}`)
    await until(build.done.catch((error: unknown) => {
      throw options.signal?.aborted ? error : new ExportError(`The build of ${deck.entry} failed:\n  ${buildFailureMessage(error, deck.slides)}`)
    }))
    options.onBuilt?.()
    ms.build = Date.now() - started
    log(`[export] built ${deck.slides.length} slides${deck.languages.length > 1 ? ` (${deck.lang})` : ''} in ${(ms.build / 1000).toFixed(1)} s`)
    ;[browser, server] = await until(Promise.all([launching, serveDist(build.dir)]))
    mkdirSync(outDir, { recursive: true })

    step = 'loading the print page'
    let t = Date.now()
    const opened = await until(openPrintPage(browser, server.url, deck.slides.length, timeout).catch((error: Error) => {
      throw error instanceof NoPrintPageError ? new ExportError(error.message) : error
    }))
    const { page, messages } = opened
    context = opened.context
    pageLog = opened.log
    const canvas: Size = await until(page.locator('.print-slide-container').first().evaluate(el => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight })))
    if (canvas.width !== 980) {
      await until(page.setViewportSize(canvas))
      await until(page.reload({ waitUntil: 'load' }))
      await until(waitForPrintPage(page, deck.slides.length).catch((error: Error) => {
        if (error.name !== 'TimeoutError')
          throw error
      }))
    }

    // The same inspection, and the same words, as `briefing check`.
    step = 'checking the rendered slides'
    const problems = await until(inspectDeck({ browser, url: server.url, count: deck.slides.length, page, messages, log: pageLog }))
    const verdict = report(problems, titles, deck.slides.length, 'export')
    if (verdict.code)
      throw new ExportError(`The deck has problems; no file was written:\n${verdict.lines.map(line => `  ${line}`).join('\n')}`)
    for (const line of verdict.lines.slice(0, -1))
      log(`[export] ${line}`)
    const checked = messages.length
    ms.render = Date.now() - t
    log(formatProgress({ label: 'rendered', done: deck.slides.length, total: deck.slides.length, unit: 'slides', ms: ms.render }))

    // Chromium prints the next PDF while this process finishes the last one (pdf-lib).
    const links = { origin: new URL(server.url).origin, base: '/' }
    const slideTitle = (no: number) => deck.slides.find(s => s.no === no)?.title || undefined
    const finish = (kind: ExportKind | 'bilingual', printed: Uint8Array, t: number, expected: number, slidePage: SlidePage) => {
      const target = kind === 'bilingual' ? join(outDir, bilingualFileName(base, options.bilingual!)) : files[kind]
      const name = basename(target)
      const job = (async () => {
        const done = await finishPdf(printed, { info: pdfInfo(deck, kind), outline: outlineItems(deck.slides, slidePage), links: { ...links, slidePage, slideTitle } })
        if (done.pages !== expected)
          throw new ExportError(`The ${name} has ${done.pages} pages, expected ${expected}: a slide or its notes overflowed its page.`)
        for (const url of done.links.dropped)
          log(`[export] ${name}: a link to ${url} leads to no slide; it is left inert in the PDF`)
        writeTemp(target, done.bytes, temps)
        if (kind !== 'bilingual') {
          ms[kind] = Date.now() - t
          pages[kind] = expected
        }
        log(formatProgress({ label: name, done: expected, total: expected, unit: 'pages', ms: Date.now() - t }))
      })()
      job.catch(() => undefined)
      finishing.push(job)
    }

    step = 'printing the slides PDF'
    t = Date.now()
    await page.addStyleTag({ content: SLIDES_PRINT_CSS })
    const slidesPdf = await until(page.pdf({ width: `${canvas.width}px`, height: `${canvas.height}px`, printBackground: true, preferCSSPageSize: true, tagged: true, outline: false }))
    finish('slides', slidesPdf, t, deck.slides.length, pagePerSlide)

    const notesMd = createMarkdownExit({ html: true, linkify: true, breaks: false })
    const handoutSlides = deck.slides.map(s => ({ no: s.no, title: s.title, notesHtml: s.note ? notesMd.render(stripClickMarkers(s.note)) : '' }))
    for (const [kind, layout] of [['handout', 'notes'], ['handout-3up', 'three-up']] as [ExportKind, HandoutKind][]) {
      step = `printing ${fileName(kind)}`
      t = Date.now()
      const geometry = handoutGeometry(layout, canvas)
      const result = await until(page.evaluate(layoutHandout, { geometry, canvas, slides: handoutSlides, deckTitle: deck.title, labels, css: HANDOUT_CSS }))
      if (result.overflowing.length)
        throw new ExportError(`Speaker notes hold a paragraph longer than a whole handout page; split it:\n${result.overflowing.map(no => `  - ${describeSlide(deck.slides, no)}`).join('\n')}`)
      await until(page.evaluate(() => document.fonts.ready))
      offHostCheck()
      const pdf = await until(page.pdf({ width: '210mm', height: '297mm', printBackground: true, preferCSSPageSize: true, tagged: true, outline: false }))
      const starts = new Map(handoutSlides.map((slide, i) => [slide.no, result.starts[i]!]))
      finish(kind, pdf, t, result.pages, no => starts.get(no))
    }
    let bilingual: string | undefined
    if (options.bilingual) {
      step = `printing ${bilingualFileName(base, options.bilingual)}`
      t = Date.now()
      const decks = await until(Promise.all(options.bilingual.map(lang => lang === deck.lang ? deck : loadDeck(options.entry, lang))))
      const slides = deck.slides.map((s, i) => ({
        no: s.no,
        title: s.title,
        notesHtml: bilingualNotesHtml(decks.map(d => ({ lang: d.lang, markdown: stripClickMarkers(d.slides[i]?.note ?? '') })), md => notesMd.render(md)),
      }))
      const bilingualLabels = { ...labels, notes: options.bilingual.map(lang => ui(lang).handout.notes).join(' · ') }
      const geometry = handoutGeometry('notes', canvas)
      const result = await until(page.evaluate(layoutHandout, { geometry, canvas, slides, deckTitle: deck.title, labels: bilingualLabels, css: HANDOUT_CSS + BILINGUAL_CSS }))
      if (result.overflowing.length)
        throw new ExportError(`Speaker notes hold a paragraph pair longer than a whole handout page; split it:\n${result.overflowing.map(no => `  - ${describeSlide(deck.slides, no)}`).join('\n')}`)
      await until(page.evaluate(() => document.fonts.ready))
      offHostCheck()
      const pdf = await until(page.pdf({ width: '210mm', height: '297mm', printBackground: true, preferCSSPageSize: true, tagged: true, outline: false }))
      const starts = new Map(slides.map((slide, i) => [slide.no, result.starts[i]!]))
      finish('bilingual', pdf, t, result.pages, no => starts.get(no))
      bilingual = join(outDir, bilingualFileName(base, options.bilingual))
    }
    step = 'writing the PDFs'
    await until(Promise.all(finishing))
    const late = messages.slice(checked).filter(m => m.kind !== 'warning')
    if (late.length)
      throw new ExportError(`Errors in the page while printing:\n${late.map(m => `  - ${formatMessage(m)}`).join('\n')}`)
    // All or nothing: the set replaces the previous one only once every PDF is complete,
    // in one synchronous run that no signal handler can interrupt.
    options.signal?.throwIfAborted()
    for (const [temp, target] of temps) {
      renameSync(temp, target)
      temps.delete(temp)
    }
    ms.total = Date.now() - started
    return { deck, files, bilingual, pages, ms }
  }
  catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      throw new ExportError(`Timed out after ${timeout / 1000} s while ${step}: ${error.message.split('\n')[0]}`)
    throw error
  }
  finally {
    await Promise.allSettled(finishing)
    // Chromium and the server first: the server must not be reading the build folder as it goes.
    if (options.browser)
      await context?.close().catch(() => undefined)
    else await Promise.resolve(browser ?? launching).then(b => b.close()).catch(() => undefined)
    await server?.close()
    await build.dispose()
    for (const temp of temps.keys())
      rmSync(temp, { force: true })
  }
}
