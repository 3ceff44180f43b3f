/**
 * An editable PowerPoint file of a deck, made by Slidev's own exporter
 * (`slidev export --format pptx-editable`: native text boxes and shapes, speaker notes in
 * the notes pane), one slide per slide in its final click state. Written to a temporary file beside the target and renamed once complete.
 */
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { existsSync, renameSync, rmSync } from 'node:fs'
import process from 'node:process'
import { PROJECT_ROOT } from './build'
import { tempFileName } from './export-names'

const SLIDEV_BIN = `${PROJECT_ROOT}/node_modules/@slidev/cli/bin/slidev.mjs`

export interface PptxOptions {
  entry: string
  /** The .pptx to write. */
  target: string
  /** Chromium for Slidev's exporter (scripts/lib/browser.ts findBrowser). */
  executablePath: string
  /** Whole run; default 180 s. */
  timeoutMs?: number
}

export async function exportPptx(options: PptxOptions): Promise<void> {
  const temp = tempFileName(options.target, process.pid)
  const timeout = options.timeoutMs ?? 180_000
  // One slide per slide in its final click state, as in the slides PDF (Slidev's PPTX
  // default is a slide per click step).
  const args = [SLIDEV_BIN, 'export', options.entry, '--format', 'pptx-editable', '--with-clicks=false', '--output', temp, '--executable-path', options.executablePath]
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout,
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
      child.once('error', fail)
      child.once('close', (c, s) => done([c, s]))
    })
    if (signal === 'SIGTERM')
      throw new Error(`Slidev's PPTX export timed out after ${timeout / 1000} s:\n${output.slice(-2000)}`)
    if (code !== 0 || !existsSync(temp))
      throw new Error(`Slidev's PPTX export failed (exit ${code ?? signal}):\n${output.slice(-4000)}`)
    renameSync(temp, options.target)
  }
  finally {
    rmSync(temp, { force: true })
  }
}
