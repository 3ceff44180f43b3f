/**
 * The export pipeline: build the deck once, serve the build on 127.0.0.1, open Slidev's
 * print page (/print) in one Chromium and print the slides PDF from it, then rearrange the
 * same rendered slides into the two A4 handouts. Every PDF is tagged, carries /Lang,
 * document info and an outline, and is written to a temporary file that is renamed only
 * when complete.
 */
import type { Browser, Page } from 'playwright-core'
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

export async function exportDeck(options: ExportOptions): Promise<ExportResult> {
  const started = options.build?.started ?? Date.now()
  const log = options.log ?? (line => console.log(line))
  const timeout = options.timeoutMs ?? 60_000
  const outDir = resolve(options.outDir ?? 'exports')
  // The build is the slow part: start it, and Chromium, before anything else.
  const build = options.build ?? startPrintBuild(options.entry)
  const launching = launchBrowser()
  launching.catch(() => undefined)
  const temps = new Set<string>()
  // PDFs being finished and written while the next one prints.
  const finishing: Promise<void>[] = []
  const pageLog: PageLog = { offHost: [], errors: [] }
  let browser: Browser | undefined
  let server: Awaited<ReturnType<typeof serveDist>> | undefined
  let step = 'building the deck'
  const ms = { 'build': 0, 'render': 0, 'total': 0, 'slides': 0, 'handout': 0, 'handout-3up': 0 }
  const pages = { 'slides': 0, 'handout': 0, 'handout-3up': 0 }

  const offHostCheck = () => {
    if (pageLog.offHost.length)
      throw new ExportError(`The deck tried to reach beyond localhost (requests blocked):\n${Array.from(new Set(pageLog.offHost), u => `  - ${u}`).join('\n')}`)
  }

  try {
    const deck = await loadDeck(options.entry)
    if (!deck.slides.length)
      throw new ExportError(`${deck.entry} has no slides`)
    const base = exportBaseName(deck.entry, { exportFilename: deck.exportFilename, packageName: packageName(dirname(deck.entry)) })
    const files = Object.fromEntries(EXPORT_KINDS.map(kind => [kind, join(outDir, exportFileName(base, kind))])) as Record<ExportKind, string>
    await build.done
    ms.build = Date.now() - started
    log(`[export] built ${deck.slides.length} slides in ${(ms.build / 1000).toFixed(1)} s`)
    ;[browser, server] = await Promise.all([launching, serveDist(build.dir)])
    mkdirSync(outDir, { recursive: true })

    step = 'loading the print page'
    let t = Date.now()
    const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
    context.setDefaultTimeout(timeout)
    await context.addInitScript('globalThis.__name ??= (fn) => fn')
    await context.addInitScript(installSlideErrorHook)
    await blockOffHost(context, pageLog)
    const page = await context.newPage()
    recordErrors(page, pageLog)
    await page.goto(`${server.url}print`, { waitUntil: 'load' })
    await page.locator('#print-container').waitFor({ state: 'attached', timeout: Math.min(timeout, 15_000) }).catch(() => {
      throw new ExportError(`The built deck has no print page (${server!.url}print): the deck must use this project's theme, whose setup/routes.ts adds it (a deck in a sub-folder: \`theme: ..\`).`)
    })
    await waitForPrintPage(page, deck.slides.length)
    const canvas: Size = await page.locator('.print-slide-container').first().evaluate(el => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight }))
    if (canvas.width !== 980) {
      await page.setViewportSize(canvas)
      await page.reload({ waitUntil: 'load' })
      await waitForPrintPage(page, deck.slides.length)
    }

    step = 'checking the rendered slides'
    offHostCheck()
    const slideErrors = await page.evaluate(() => window.__bxSlideErrors ?? [])
    const problems = [
      ...slideErrors.map(e => ({ no: e.no, problem: `threw ${e.message}` })),
      ...slideProblems(deck.slides.map(s => s.no), await readSlideStates(page)),
    ].sort((a, b) => a.no - b.no)
    if (problems.length || pageLog.errors.length)
      throw new ExportError(`A slide failed to render:\n${[formatProblems(deck.slides, problems), ...pageLog.errors.map(e => `  - ${e}`)].filter(Boolean).join('\n')}`)
    ms.render = Date.now() - t
    log(formatProgress({ label: 'rendered', done: deck.slides.length, total: deck.slides.length, unit: 'slides', ms: ms.render }))

    // Chromium prints the next PDF while this process finishes the last one (pdf-lib).
    const links = { origin: new URL(server.url).origin, base: '/' }
    const finish = (kind: ExportKind, printed: Uint8Array, t: number, expected: number, slidePage: SlidePage) => {
      const job = (async () => {
        const done = await finishPdf(printed, { info: pdfInfo(deck, kind), outline: outlineItems(deck.slides, slidePage), links: { ...links, slidePage } })
        if (done.pages !== expected)
          throw new ExportError(`The ${exportFileName(base, kind)} has ${done.pages} pages, expected ${expected}: a slide or its notes overflowed its page.`)
        for (const url of done.links.dropped)
          log(`[export] ${exportFileName(base, kind)}: a link to ${url} leads to no slide; it is left inert in the PDF`)
        await writeAtomic(files[kind], done.bytes, temps)
        ms[kind] = Date.now() - t
        pages[kind] = expected
        log(formatProgress({ label: exportFileName(base, kind), done: expected, total: expected, unit: 'pages', ms: ms[kind] }))
      })()
      job.catch(() => undefined)
      finishing.push(job)
    }

    step = 'printing the slides PDF'
    t = Date.now()
    await page.addStyleTag({ content: SLIDES_PRINT_CSS })
    const slidesPdf = await page.pdf({ width: `${canvas.width}px`, height: `${canvas.height}px`, printBackground: true, preferCSSPageSize: true, tagged: true, outline: false })
    finish('slides', slidesPdf, t, deck.slides.length, pagePerSlide)

    const handoutSlides = toHandoutSlides(deck.slides)
    for (const [kind, layout] of HANDOUTS) {
      step = `printing ${exportFileName(base, kind)}`
      t = Date.now()
      const result = await page.evaluate(layoutHandout, handoutArgs(layout, canvas, handoutSlides, deck.title))
      if (result.overflowing.length)
        throw new ExportError(`Speaker notes hold a paragraph longer than a whole handout page; split it:\n${result.overflowing.map(no => `  - ${describeSlide(deck.slides, no)}`).join('\n')}`)
      await page.evaluate(() => document.fonts.ready)
      offHostCheck()
      const pdf = await page.pdf({ width: '210mm', height: '297mm', printBackground: true, preferCSSPageSize: true, tagged: true, outline: false })
      const starts = new Map(handoutSlides.map((slide, i) => [slide.no, result.starts[i]!]))
      finish(kind, pdf, t, result.pages, no => starts.get(no))
    }
    step = 'writing the PDFs'
    await Promise.all(finishing)
    if (pageLog.errors.length)
      throw new ExportError(`Errors in the page while printing:\n${pageLog.errors.map(e => `  - ${e}`).join('\n')}`)
    ms.total = Date.now() - started
    return { deck, files, pages, ms }
  }
  catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      throw new ExportError(`Timed out after ${timeout / 1000} s while ${step}: ${error.message.split('\n')[0]}`)
    throw error
  }
  finally {
    await Promise.allSettled(finishing)
    await build.dispose()
    for (const temp of temps)
      rmSync(temp, { force: true })
    await Promise.resolve(browser ?? launching).then(b => b.close()).catch(() => undefined)
    await server?.close()
  }
}
