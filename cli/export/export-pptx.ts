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
import { ICON_ALT_PREFIX, preparePptxPage } from './pptx-page'

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

import { pathToFileURL } from 'node:url'
import { openPrintPage } from '../shared/inspect'
import { slidevFor } from '../shared/slidev.mjs'
  try {
    // The slides as the slides PDF shows them: print media (the theme's print rules apply).
    await page.emulateMedia({ media: 'print' })
    const canvas = await page.locator('.print-slide-container').first().evaluate(el => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight }))
    const facts: PptxPageFacts = await page.evaluate(preparePptxPage, { iconAltPrefix: ICON_ALT_PREFIX, hiddenSelector: HIDDEN_SELECTOR })
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
