/**
 * An editable PowerPoint file of a deck, one slide per slide in its final click state, from
 * the same build, server and Chromium as the PDFs. Slidev's own editable exporter (its
 * `pptx-editable` format: native text boxes and shapes, speaker notes in the notes pane)
 * walks the print page after cli/export/pptx-page.ts has prepared it (hidden text out,
 * icons as pictures); cli/export/pptx-finish.ts then makes the file accessible and robust
 * in PowerPoint's terms (titles, alt text, SVG icons, shrink-on-overflow text). Written to
 * a temporary file beside the target and renamed once complete.
 */
import type { Browser, Page } from 'playwright-core'
import type { Deck } from '../shared/deck'
import type { PptxPageFacts } from './pptx-page'
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { openPrintPage } from '../shared/inspect'
import { slidevFor } from '../shared/slidev.mjs'
import { tempFileName } from './export-names'
import { noteToText } from './note-text'
import { finishPptx } from './pptx-finish'
import { writeFontFolder } from './pptx-fonts'
import { ICON_ALT_PREFIX, pptxPageScript } from './pptx-page'

const RE_PPTX = /\.pptx$/

export interface PptxOptions {
  /** The served build (cli/shared/serve.ts) whose print page is exported, ending in '/'. */
  url: string
  browser: Browser
  deck: Deck
  /** The .pptx to write. */
  target: string
  /** Longest wait for one browser step; default 60 s. */
  timeoutMs?: number
  log?: (line: string) => void
  /** Stops the export (Ctrl-C). */
  signal?: AbortSignal
}

export interface PptxResult {
  target: string
  /** The folder of font files written beside it (cli/export/pptx-fonts.ts). */
  fonts: string
  slides: number
  /** What the print page showed (icons, figures, hidden text), for the tests. */
  facts: PptxPageFacts
}

/** What Slidev's exporter (node/commands/pptx/index.ts) needs of its caller. */
interface SlidevPptxContext {
  page: Page
  slides: { title?: string, note?: string, frontmatter?: Record<string, unknown> }[]
  width: number
  height: number
  pages: number[]
  go: (no: number | string) => Promise<void>
}
interface SlidevPptxReport {
  output: string
  slideCount: number
  fallbackSlides: { no: number, reason: string }[]
  imagesDropped: number
  isolationMissed: number
  rastersFailed: number
  unparsedColors: string[]
  unplaceablePseudos: string[]
}
interface SlidevPptxModule { exportPptxEditable: (ctx: SlidevPptxContext, output: string) => Promise<SlidevPptxReport> }

/** Elements that are not part of a slide as projected: taken out of the PPTX. */
export const HIDDEN_SELECTOR = '.sr-only, .print-only, .dev-only, .screen-only, [data-bx-pptx-hidden]'

const RE_PPTX_CHUNK = /^pptx-[\w-]+\.mjs$/

/**
 * Slidev's editable exporter. It has no public entry point: its module is a chunk of
 * @slidev/cli's build (dist/pptx-<hash>.mjs, what `slidev export --format pptx-editable`
 * loads), found by its name and checked for the one function used here.
 */
export async function loadSlidevPptx(entry: string): Promise<SlidevPptxModule> {
  const slidev = slidevFor(entry)
  const dist = join(slidev.root, 'dist')
  const chunk = readdirSync(dist).find(name => RE_PPTX_CHUNK.test(name))
  const module = chunk ? await import(pathToFileURL(join(dist, chunk)).href) as Partial<SlidevPptxModule> : undefined
  if (typeof module?.exportPptxEditable !== 'function')
    throw new Error(`Slidev ${slidev.version} has no editable PPTX exporter where this theme expects it (${dist}/pptx-*.mjs exporting exportPptxEditable); the theme supports the Slidev releases its package.json names`)
  return module as SlidevPptxModule
}

export async function exportPptx(options: PptxOptions): Promise<PptxResult> {
  const { browser, deck, target, signal } = options
  const log = options.log ?? (line => console.log(line))
  const timeout = options.timeoutMs ?? 60_000
  const raw = tempFileName(target, process.pid).replace(RE_PPTX, '.raw.pptx')
  const temp = tempFileName(target, process.pid)
  // Pictures (figures, CSS decorations) are screenshots: at twice the canvas resolution.
  const { context, page } = await openPrintPage(browser, options.url, deck.slides.length, timeout, undefined, 2)
  const stop = () => void context.close().catch(() => undefined)
  signal?.addEventListener('abort', stop, { once: true })
  try {
    // The slides as the slides PDF shows them: print media (the theme's print rules apply).
    await page.emulateMedia({ media: 'print' })
    const canvas = await page.locator('.print-slide-container').first().evaluate(el => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight }))
    const facts = await page.evaluate(pptxPageScript({ iconAltPrefix: ICON_ALT_PREFIX, hiddenSelector: HIDDEN_SELECTOR })) as PptxPageFacts
    for (const failed of facts.failedIcons)
      log(`[export] ${target}: an icon could not be drawn and is left out: ${failed}`)
    const notes = (no: number) => {
      const slide = deck.slides[no - 1]
      const hidden = facts.slides.find(s => s.no === no)?.notes ?? []
      return [noteToText(slide?.note ?? ''), ...hidden].filter(Boolean).join('\n\n')
    }
    const { exportPptxEditable } = await loadSlidevPptx(deck.entry)
    signal?.throwIfAborted()
    const report = await exportPptxEditable({
      page,
      slides: deck.slides.map((slide, i) => ({
        title: i === 0 ? deck.title : slide.title,
        note: notes(slide.no),
        frontmatter: i === 0 ? { author: deck.author, info: deck.description } : {},
      })),
      width: canvas.width,
      height: canvas.height,
      pages: deck.slides.map(slide => slide.no),
      // The print page is open and prepared: Slidev's navigation would undo that.
      go: async () => undefined,
    }, raw)
    signal?.throwIfAborted()
    for (const slide of report.fallbackSlides)
      log(`[export] ${target}: slide ${slide.no} is one picture (${slide.reason})`)
    if (report.imagesDropped || report.rastersFailed)
      log(`[export] ${target}: ${report.imagesDropped + report.rastersFailed} picture(s) could not be captured and are left out`)
    const finished = await finishPptx(readFileSync(raw), { deck, facts, canvas })
    for (const line of finished.warnings)
      log(`[export] ${target}: ${line}`)
    writeFileSync(temp, finished.bytes)
    const fonts = writeFontFolder(dirname(target))
    signal?.throwIfAborted()
    renameSync(temp, target)
    return { target, fonts, slides: report.slideCount, facts }
  }
  finally {
    signal?.removeEventListener('abort', stop)
    await context.close().catch(() => undefined)
    rmSync(raw, { force: true })
    rmSync(temp, { force: true })
  }
}
