/**
 * An editable PowerPoint file of a deck, made by Slidev's own exporter
 * (`slidev export --format pptx-editable`: native text boxes and shapes, speaker notes in
 * the notes pane), one slide per slide in its final click state. Written to a temporary
 * file beside the target and renamed once complete.
 */
import { existsSync, renameSync, rmSync } from 'node:fs'
import process from 'node:process'
import { runNode } from '../shared/build'
import { slidevFor } from '../shared/slidev.mjs'
import { tempFileName } from './export-names'

export interface PptxOptions {
  entry: string
  /** The .pptx to write. */
  target: string
  /** Chromium for Slidev's exporter (cli/shared/browser.ts findBrowser). */
  executablePath: string
  /** Whole run; default 180 s. */
  timeoutMs?: number
  /** Stops the export (Ctrl-C). */
  signal?: AbortSignal
}

export async function exportPptx(options: PptxOptions): Promise<void> {
  const temp = tempFileName(options.target, process.pid)
  // One slide per slide in its final click state, as in the slides PDF (Slidev's PPTX
  // default is a slide per click step).
  const args = [slidevFor(options.entry).bin, 'export', options.entry, '--format', 'pptx-editable', '--with-clicks=false', '--output', temp, '--executable-path', options.executablePath]
  try {
    await runNode(args, 'Slidev\'s PPTX export', { signal: AbortSignal.any([AbortSignal.timeout(options.timeoutMs ?? 180_000), ...(options.signal ? [options.signal] : [])]) })
    if (!existsSync(temp))
      throw new Error(`Slidev's PPTX export ended without writing ${temp}`)
    renameSync(temp, options.target)
  }
  finally {
    rmSync(temp, { force: true })
  }
}
