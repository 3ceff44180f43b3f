/**
 * Reads a deck's markdown the way Slidev does (@slidev/parser), for the tools that need
 * its slides without a browser: tests, export (handout notes), screenshots.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import process from 'node:process'
import { load, parseSync } from '@slidev/parser/fs'
import { deckLanguages, selectLanguage } from '../../setup/bilingual'

export interface DeckSlide {
  /** 1-based slide number, as in the URL /N. */
  no: number
  title: string
  /** Speaker notes as markdown; empty when the slide has none. */
  note: string
  layout: string
  /** Where the slide is written: its markdown file and the 1-based line it starts on. */
  file: string
  line: number
  /** The slide's markdown as written (frontmatter included), for pointing at a line in it. */
  raw: string
  /** Its markdown without frontmatter and notes. */
  content: string
  /** Its frontmatter `routeAlias` (a name to link to it by: `/annex`), when it has one. */
  alias?: string
}

/** Something wrong in the deck's markdown itself, found without building it. */
export interface SourceProblem {
  /** 0 for the deck as a whole (its headmatter, a missing imported file). */
  slide: number
  text: string
}

export interface Deck {
  entry: string
  title: string
  author: string
  lang: string
  description: string
  /** Headmatter `exportFilename` (Slidev's own key): the base name of the exported files. */
  exportFilename: string
  /** The deck's languages (headmatter `languages`, lead language first; else [lang]). */
  languages: string[]
  slides: DeckSlide[]
  /** Invalid YAML in the headmatter or a slide's frontmatter, slides that cannot be loaded. */
  problems: SourceProblem[]
}

interface YamlErrorLike { message: string, linePos?: [{ line: number, col: number }, ...unknown[]] }

const RE_YAML_AT = / at line \d+, column \d+:?$/

const RE_MISSING_QUOTE = /Missing closing (["'])quote/

/**
 * A YAML error of the frontmatter `yaml` that starts on 1-based `line` (its `---`),
 * pointing at the line of the file to fix: the YAML parser places an unclosed quote at
 * the end of the frontmatter, so that one points at the line where the quote opens.
 */
export function yamlProblem(error: YamlErrorLike, yaml: string, file: string, line: number): string {
  const first = error.message.split('\n')[0]!.replace(RE_YAML_AT, '').trim()
  const lines = yaml.split('\n')
  let at = Math.min(error.linePos?.[0].line ?? 1, lines.length)
  const quote = RE_MISSING_QUOTE.exec(first)?.[1]
  if (quote) {
    const open = lines.findIndex(l => l.split(quote).length % 2 === 0)
    if (open >= 0)
      at = open + 1
  }
  const text = lines[at - 1]?.trim()
  return `invalid YAML in the frontmatter: ${first}${text ? ` in \`${text}\`` : ''} (${file}:${line + at})`
}

const RE_LINES = /\r?\n/

/** The headmatter of a deck file as written (before any language is selected). */
export async function readHeadmatter(entry: string): Promise<Record<string, unknown>> {
  const first = parseSync(await readFile(entry, 'utf8'), entry).slides[0]
  return (first?.frontmatter ?? {}) as Record<string, unknown>
}

/** The deck's languages and the one `--lang` (or the headmatter) selects; throws on an undeclared one. */
export async function resolveDeckLanguages(entry: string, selected?: string): Promise<{ languages: string[], lang: string }> {
  return deckLanguages(await readHeadmatter(resolve(entry)), selected)
}

/** The deck in one language (default: BX_LANG, else its headmatter's `lang`), as the preparser gives it to Slidev. */
export async function loadDeck(entryPath: string, lang?: string): Promise<Deck> {
  const entry = resolve(entryPath)
  if (!existsSync(entry))
    throw new Error(`Deck not found: ${entry}`)
  const root = dirname(entry)
  const selection = deckLanguages(await readHeadmatter(entry), lang ?? process.env.BX_LANG)
  const source = async (path: string) => selectLanguage((await readFile(path, 'utf8')).split(RE_LINES), selection).join('\n')
  const data = await load({ userRoot: root, roots: [root] }, entry, source)
  const headmatter = data.headmatter as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const shown = data.slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
  const slides = shown.map((slide, i) => ({
    no: i + 1,
    title: text(slide.title),
    note: text(slide.note),
    layout: text(slide.frontmatter.layout) || (i === 0 ? 'cover' : 'default'),
    file: slide.source.filepath,
    line: slide.source.start + 1,
    raw: slide.source.raw,
    content: slide.content,
    alias: text(slide.frontmatter.routeAlias) || undefined,
  }))
  const problems: SourceProblem[] = []
  shown.forEach((slide, i) => {
    for (const error of (slide.source.frontmatterDoc?.errors ?? []) as YamlErrorLike[]) {
      const where = yamlProblem(error, slide.source.frontmatterRaw ?? '', relative(process.cwd(), slide.source.filepath) || slide.source.filepath, slide.source.start + 1)
      problems.push(i === 0 ? { slide: 0, text: where.replace('the frontmatter', 'the headmatter') } : { slide: i + 1, text: where })
    }
  })
  for (const [file, md] of Object.entries(data.markdownFiles)) {
    for (const error of md.errors ?? [])
      problems.push({ slide: 0, text: `${relative(process.cwd(), file) || file}:${error.row + 1}: ${error.message}` })
  }
  return {
    entry,
    title: text(headmatter.title),
    author: text(headmatter.author),
    lang: text(headmatter.lang),
    description: text(headmatter.info),
    exportFilename: text(headmatter.exportFilename),
    languages: selection.languages,
    slides,
    problems,
  }
}
