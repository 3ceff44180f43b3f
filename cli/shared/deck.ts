/**
 * Reads a deck's markdown the way Slidev does (@slidev/parser), for the tools that need
 * its slides without a browser: tests, export (handout notes), screenshots.
 */
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

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
  slides: DeckSlide[]
}

export async function loadDeck(entryPath: string): Promise<Deck> {
  const entry = resolve(entryPath)
  if (!existsSync(entry))
    throw new Error(`Deck not found: ${entry}`)
  const root = dirname(entry)
  const data = await load({ userRoot: root, roots: [root] }, entry)
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
    slides,
  }
}
