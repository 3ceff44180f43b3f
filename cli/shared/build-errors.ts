/**
 * The bundler's errors about a slide, in the author's terms. Slidev compiles slide N of
 * `slides.md` as the virtual module `slides.md__slidev_N.md` (its script as
 * `…__slidev_N.md?vue&type=script&setup=true&lang.ts`), and that is all Vite and
 * Rolldown name; this finds the slide, its title and the line of the markdown file that
 * holds the failing import or code.
 */
import type { DeckSlide } from './deck'
import { relative } from 'node:path'
import process from 'node:process'

// eslint-disable-next-line no-control-regex
const RE_ANSI = /\u001B\[[0-9;]*m/g
const RE_VIRTUAL = /__slidev_(\d+)\.md/
const RE_UNRESOLVED = /Could not resolve ['"]([^'"]+)['"]/
const RE_FRAME_LINE = /^\s*\d+\s*[│|] ?(.*)$/
const RE_MARKER = /^\s*(?:\d+\s*)?[│|]\s*\^/
const RE_ERROR_LINE = /(?:\[[A-Z_]+\]|\w*Error:)\s*(.+)/
const RE_SYNTAX = /syntax|unexpected|expected/i
const RE_POSITION = /\s*\(\d+:\d+\)$/

/** Build output without terminal colours. */
export function stripAnsi(text: string): string {
  return text.replace(RE_ANSI, '')
}

/** The 1-based line of `slide`'s file holding `needle` (first occurrence in the slide), if any. */
export function lineOf(slide: Pick<DeckSlide, 'line' | 'raw'>, needle: string): number | undefined {
  const at = slide.raw.split('\n').findIndex(line => line.includes(needle))
  return at < 0 ? undefined : slide.line + at
}

/** The code line a code frame points at (the line above its `^` marker). */
function markedLine(lines: string[]): string | undefined {
  const marker = lines.findIndex(line => RE_MARKER.test(line))
  for (let i = marker - 1; i >= 0; i--) {
    const code = RE_FRAME_LINE.exec(lines[i]!)?.[1]?.trim()
    if (code)
      return code
  }
  return undefined
}

export interface SlideBuildError {
  slide: number
  text: string
}

/**
 * Explains a failed build's output when it names a slide's virtual module: one line
 * `cannot import './data/x.json' (file not found): import x from … (slides.md:19)` or
 * `syntax error in the slide's code: Unexpected token … (slides.md:21)`. Undefined when
 * the output names no slide.
 */
export function explainBuildError(output: string, slides: Pick<DeckSlide, 'no' | 'file' | 'line' | 'raw'>[]): SlideBuildError | undefined {
  const text = stripAnsi(output)
  const no = Number(RE_VIRTUAL.exec(text)?.[1] ?? 0)
  const slide = slides.find(s => s.no === no)
  if (!slide)
    return undefined
  const file = relative(process.cwd(), slide.file) || slide.file
  const where = (line: number | undefined) => ` (${file}:${line ?? slide.line})`
  const missing = RE_UNRESOLVED.exec(text)?.[1]
  if (missing)
    return { slide: no, text: `cannot import '${missing}' (file or package not found)${where(lineOf(slide, missing))}` }
  const lines = text.split('\n')
  const code = markedLine(lines)
  const message = lines.map(line => RE_ERROR_LINE.exec(line)?.[1]?.trim()).find(Boolean) ?? 'the bundler failed'
  const kind = RE_SYNTAX.test(message) ? 'syntax error in the slide\'s code' : 'the slide\'s code does not build'
  return { slide: no, text: `${kind}: ${message.replace(RE_POSITION, '')}${code ? ` in \`${code}\`` : ''}${where(code ? lineOf(slide, code) : undefined)}` }
}

/**
 * The message for a failed build of `slides`' deck: the bundler's error in the author's
 * terms (`slide 2 "Cijfers": cannot import …`) when it names a slide, else the build's own output.
 */
export function buildFailureMessage(error: unknown, slides: (Pick<DeckSlide, 'no' | 'file' | 'line' | 'raw' | 'title'>)[]): string {
  const output = error instanceof Error ? error.message : String(error)
  const explained = explainBuildError(output, slides)
  if (!explained)
    return stripAnsi(output)
  const title = slides.find(s => s.no === explained.slide)?.title
  return `slide ${explained.slide}${title ? ` "${title}"` : ''}: ${explained.text}`
}
