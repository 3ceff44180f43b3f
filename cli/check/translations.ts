/**
 * `briefing check`'s translation findings: every text of a multi-language deck (slide text,
 * title, notes, headmatter, component attribute, component data) that lacks one of the
 * declared languages or names an undeclared one, by slide and field:
 *   slide 9 "Structuur van de Benelux": notes, block "Het Comité van…" (line 368) lacks fr
 *   slide 2 "Benelux al 50 jaar…": data history[1].label (slides/data/history.ts) lacks fr
 * A deck in one language that uses no language forms has none.
 */
import type { CheckProblem } from '../shared/findings'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseSync } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import { findDataGaps, sourceOf } from '../../components/i18n'
import { deckLanguages, describeGap, findLanguageSyntaxErrors, findTranslationGaps } from '../../setup/bilingual'

interface SlideRange {
  no: number
  /** 0-based first line (the `---` of its frontmatter, or 0 for the first slide). */
  start: number
  contentStart: number
  end: number
}

const RE_KEY = /^([\w-]+):/
const RE_ATTRIBUTE = /([:@\w-]+)="[^"]*\{[a-z]{2,3}: /
const RE_SCRIPT = /\.[mc]?[jt]s$/
const RE_HEADING = /^\s{0,3}#{1,6}\s/
const RE_COMMENT_OPEN = /^\s*<!--/
const RE_COMMENT_CLOSE = /-->\s*$/
const RE_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"](\.{1,2}\/[^'"]+)['"]/g
const RE_NAME = /^\s*(\w+)(?:\s+as\s+\w+)?\s*$/
const RE_LINES = /\r?\n/

function slideRanges(source: string): SlideRange[] {
  return parseSync(source, 'deck.md').slides.map((s, i) => ({ no: i + 1, start: s.start, contentStart: s.contentStart, end: s.end }))
}

/**
 * What part of its slide a 0-based line is: headmatter key, frontmatter, notes, title,
 * attribute or text. The first slide's frontmatter is the headmatter, but in an imported file.
 */
export function fieldAt(lines: string[], slide: SlideRange, index: number, imported = false): string {
  const head = slide.no === 1 && !imported ? 'headmatter' : 'frontmatter'
  if (index < slide.contentStart) {
    for (let i = index; i >= slide.start; i--) {
      const key = lines[i]!.match(RE_KEY)?.[1]
      if (key)
        return `${head} ${key}`
    }
    return head
  }
  // Notes: the slide's last comment, when nothing but blank lines follows it.
  let open = -1
  for (let i = slide.end - 1; i >= slide.contentStart; i--) {
    if (RE_COMMENT_OPEN.test(lines[i]!)) {
      open = i
      break
    }
  }
  if (open >= 0 && index >= open) {
    const close = lines.findIndex((l, i) => i >= open && i < slide.end && RE_COMMENT_CLOSE.test(l))
    if (close >= 0 && lines.slice(close + 1, slide.end).every(l => !l.trim()))
      return 'notes'
  }
  const line = lines[index]!
  if (RE_HEADING.test(line))
    return 'title'
  const attribute = line.match(RE_ATTRIBUTE)?.[1]
  return attribute ? `attribute ${attribute}` : 'text'
}

/**
 * Language problems in the deck's markdown (headmatter, slides, notes), by slide, field and
 * line: mistakes in the language syntax, then texts that lack a language or name another.
 * `file` names a slide file the deck imports (its lines are then given as `file:line`).
 */
export function sourceTranslationProblems(source: string, languages: string[], file?: string): CheckProblem[] {
  const lines = source.split(RE_LINES)
  const slides = slideRanges(source)
  // A slide file the deck imports (`src:`) is named with the line.
  const at = (line: number) => (file ? `${file}:${line}` : `line ${line}`)
  const place = (line: number) => {
    const index = line - 1
    const slide = slides.find(s => index >= s.start && index < s.end) ?? slides.at(-1)
    return { slide: slide?.no ?? 0, field: slide ? fieldAt(lines, slide, index, !!file) : 'text' }
  }
  const syntax = findLanguageSyntaxErrors(lines, languages).map((error) => {
    const { slide, field } = place(error.line)
    return { slide, text: `${field}, ${error.text} (${at(error.line)})` }
  })
  const gaps = findTranslationGaps(lines, languages).map((gap) => {
    const { slide, field } = place(gap.line)
    return { slide, text: `${field}, ${gap.what} (${at(gap.line)}) ${describeGap(gap)}` }
  })
  return [...syntax, ...gaps]
}

/** The named imports from relative modules in each slide's script: `import { history } from './slides/data/history'`. */
export function slideImports(source: string): { slide: number, specifier: string, names: string[] }[] {
  const lines = source.split(RE_LINES)
  return slideRanges(source).flatMap((s) => {
    const text = lines.slice(s.contentStart, s.end).join('\n')
    return Array.from(text.matchAll(RE_IMPORT), m => ({
      slide: s.no,
      specifier: m[2]!,
      // Type-only names (`type Row`) do not match.
      names: m[1]!.split(',').map(n => n.match(RE_NAME)?.[1]).filter((n): n is string => !!n),
    }))
  })
}

function resolveModule(dir: string, specifier: string): string | undefined {
  const base = resolve(dir, specifier)
  return [base, `${base}.ts`, `${base}.js`, `${base}.mts`, `${base}/index.ts`].find(existsSync)
}

/** Translation problems in the component data the slides import (made with `bilingual()`). */
export async function dataTranslationProblems(entry: string, source: string, languages: string[]): Promise<CheckProblem[]> {
  const problems: CheckProblem[] = []
  const dir = dirname(entry)
  for (const { slide, specifier, names } of slideImports(source)) {
    const file = resolveModule(dir, specifier)
    if (!file || !RE_SCRIPT.test(file))
      continue
    let mod: Record<string, unknown>
    try {
      mod = await import(pathToFileURL(file).href) as Record<string, unknown>
    }
    catch (error) {
      problems.push({ slide, text: `data ${relative(dir, file)} cannot be loaded: ${(error as Error).message.split('\n')[0]}` })
      continue
    }
    for (const name of names) {
      const raw = sourceOf(mod[name])
      if (raw === undefined)
        continue
      for (const gap of findDataGaps(raw, languages, name))
        problems.push({ slide, text: `data ${gap.path} (${relative(dir, file)}) ${describeGap(gap)}` })
    }
  }
  return problems
}

/**
 * The deck's markdown files, the entry first, then the slide files it imports (`src:`), each
 * with the deck's number (as in the URL: hidden slides left out) of each of its slides.
 */
async function deckFiles(entry: string): Promise<{ file: string, source: string, numbers: Map<number, number> }[]> {
  const root = dirname(entry)
  const data = await load({ userRoot: root, roots: [root] }, entry)
  const files = new Map<string, Map<number, number>>([[entry, new Map()]])
  let no = 0
  for (const slide of data.slides) {
    if (slide.frontmatter.hide || slide.frontmatter.disabled)
      continue
    no++
    const numbers = files.get(slide.source.filepath) ?? new Map<number, number>()
    if (!numbers.has(slide.source.index + 1))
      numbers.set(slide.source.index + 1, no)
    files.set(slide.source.filepath, numbers)
  }
  return Promise.all(Array.from(files, async ([file, numbers]) => ({ file, source: await readFile(file, 'utf8'), numbers })))
}

/** Every translation problem of a deck, markdown (the entry and the slide files it imports) and data. */
export async function translationProblems(entry: string): Promise<CheckProblem[]> {
  const source = await readFile(entry, 'utf8')
  const first = parseSync(source, entry).slides[0]
  const { languages } = deckLanguages((first?.frontmatter ?? {}) as Record<string, unknown>)
  const markdown: CheckProblem[] = []
  const data: CheckProblem[] = []
  for (const { file, source, numbers } of await deckFiles(entry)) {
    // The file's own slide numbers become the deck's; a hidden slide's problems are the deck's (0).
    const renumber = (problems: CheckProblem[]) => problems.map(p => ({ ...p, slide: numbers.get(p.slide) ?? 0 }))
    markdown.push(...renumber(sourceTranslationProblems(source, languages, file === entry ? undefined : relative(dirname(entry), file))))
    // A deck in one language needs no translated data: its data modules are not loaded here.
    if (languages.length > 1)
      data.push(...renumber(await dataTranslationProblems(file, source, languages)))
  }
  return [...markdown, ...data]
}
