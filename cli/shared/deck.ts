/**
 * Reads a deck's markdown the way Slidev does (@slidev/parser), for the tools that need
 * its slides without a browser: tests, export (handout notes), screenshots.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
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
  const slides = data.slides
    .filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
    .map((slide, i) => ({
      no: i + 1,
      title: text(slide.title),
      note: text(slide.note),
      layout: text(slide.frontmatter.layout) || (i === 0 ? 'cover' : 'default'),
    }))
  return {
    entry,
    title: text(headmatter.title),
    author: text(headmatter.author),
    lang: text(headmatter.lang),
    description: text(headmatter.info),
    exportFilename: text(headmatter.exportFilename),
    languages: selection.languages,
    slides,
  }
}
