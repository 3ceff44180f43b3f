/**
 * Markdown that slides write every day, rendered for the theme's styles (styles/content.css):
 * - a table column whose cells are all numbers gets `class="bx-num"` (right-aligned, tabular);
 * - a paragraph right after a table that starts with `Tabel:`, `Table:`, `Tableau :` or `: `
 *   (pandoc's table caption) becomes the table's `<caption>`;
 * - an image alone in its paragraph with a title, `![alt](src "Caption")`, becomes a
 *   `<figure>` with that `<figcaption>`.
 * Loaded by vite.config.ts as a markdown setup, for every deck on the theme.
 */
import type { MarkdownExit } from 'markdown-exit'

/** The token fields this module reads and writes (markdown-exit's Token, as markdown-it's). */
interface Tok {
  type: string
  tag: string
  nesting: number
  content: string
  children: Tok[] | null
  attrGet: (name: string) => string | null
  attrJoin: (name: string, value: string) => void
  attrs: [string, string][] | null
}

type TokenConstructor = new (type: string, tag: string, nesting: -1 | 0 | 1) => Tok

const RE_NUMBER = /^[+\-\u2212\u2013]?\s*(?:(?:[€$£]|EUR)\s*)?\d[\d.,\s']*(?:[%‰]|mln|mrd|miljoen|miljard|million|milliard|[Mk]|km²|km2)?$/i
const RE_AUTHOR_ALIGN = /text-align\s*:\s*(?:left|center)/
const RE_CAPTION = /^(?:Tabel|Table|Tableau)\s*:\s*|^:\s+/

/** Whether a table cell's text is a number (Dutch, French or English notation, with sign, currency, unit). */
export function isNumericCell(text: string): boolean {
  const t = text.trim()
  return t.length > 0 && t.length <= 40 && RE_NUMBER.test(t)
}

/** Marks the cells of every all-numeric column of every table in `tokens` with class bx-num. */
export function markNumericColumns(tokens: Tok[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'table_open')
      continue
    const rows: { open: Tok, text: string, body: boolean }[][] = []
    let body = false
    let j = i + 1
    for (; j < tokens.length && tokens[j].type !== 'table_close'; j++) {
      const t = tokens[j]
      if (t.type === 'tbody_open')
        body = true
      else if (t.type === 'tr_open')
        rows.push([])
      else if ((t.type === 'td_open' || t.type === 'th_open') && rows.length)
        rows.at(-1)!.push({ open: t, text: tokens[j + 1]?.type === 'inline' ? tokens[j + 1].content : '', body })
    }
    const columns = Math.max(0, ...rows.map(r => r.length))
    for (let c = 0; c < columns; c++) {
      const cells = rows.map(r => r[c]).filter(Boolean)
      const bodyCells = cells.filter(cell => cell.body && cell.text.trim())
      if (!bodyCells.length || !bodyCells.every(cell => isNumericCell(cell.text)))
        continue
      // An alignment the author wrote (`:---`, `:---:`) stays as written.
      if (cells.some(cell => RE_AUTHOR_ALIGN.test(cell.open.attrGet('style') ?? '')))
        continue
      for (const cell of cells)
        cell.open.attrJoin('class', 'bx-num')
    }
    i = j
  }
}

/** Turns a `Tabel: …` paragraph right after a table into the table's caption. */
export function tableCaptions(tokens: Tok[], Token: TokenConstructor): Tok[] {
  const out: Tok[] = []
  let tableStart = -1
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.type === 'table_open')
      tableStart = out.length
    out.push(t)
    if (t.type !== 'table_close' || tableStart < 0)
      continue
    const [open, inline, close] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]]
    const first = inline?.children?.[0]
    if (open?.type !== 'paragraph_open' || inline?.type !== 'inline' || close?.type !== 'paragraph_close' || first?.type !== 'text' || !RE_CAPTION.test(first.content))
      continue
    first.content = first.content.replace(RE_CAPTION, '')
    inline.content = inline.content.replace(RE_CAPTION, '')
    out.splice(tableStart + 1, 0, new Token('caption_open', 'caption', 1), inline, new Token('caption_close', 'caption', -1))
    tableStart = -1
    i += 3
  }
  return out
}

/** Turns a paragraph that holds only an image with a title into a figure with a caption. */
export function imageFigures(tokens: Tok[], Token: TokenConstructor): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [open, inline, close] = [tokens[i], tokens[i + 1], tokens[i + 2]]
    if (open.type !== 'paragraph_open' || inline.type !== 'inline' || close.type !== 'paragraph_close')
      continue
    const parts = (inline.children ?? []).filter(c => !(c.type === 'text' && !c.content.trim()) && c.type !== 'softbreak')
    const image = parts[0]
    const title = image?.attrGet('title')
    if (parts.length !== 1 || image.type !== 'image' || !title)
      continue
    image.attrs = (image.attrs ?? []).filter(([name]) => name !== 'title')
    open.type = 'figure_open'
    open.tag = 'figure'
    close.type = 'figure_close'
    close.tag = 'figure'
    const text = new Token('text', '', 0)
    text.content = title
    const caption = new Token('inline', '', 0)
    caption.content = title
    caption.children = [text]
    tokens.splice(i + 2, 0, new Token('figcaption_open', 'figcaption', 1), caption, new Token('figcaption_close', 'figcaption', -1))
    i += 5
  }
}

/** The markdown setup: the three rules above, after markdown's own inline parsing. */
export function briefingMarkdown(md: MarkdownExit): void {
  md.core.ruler.push('bx_content', (state) => {
    const tokens = state.tokens as unknown as Tok[]
    const Token = state.Token as unknown as TokenConstructor
    markNumericColumns(tokens)
    imageFigures(tokens, Token)
    const captioned = tableCaptions(tokens, Token)
    state.tokens.splice(0, state.tokens.length, ...(captioned as unknown as typeof state.tokens))
  })
}
