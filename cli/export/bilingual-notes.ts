/**
 * The notes of the bilingual handout: a slide's speaker notes in every language, side by
 * side, paragraph by paragraph (the translations follow the source paragraph for
 * paragraph). Each pair is one block, so the handout's layout splits between pairs and a
 * reader finds the same point at the same height in both columns.
 */
export interface LangNote {
  lang: string
  /** Speaker notes as markdown; empty for none. */
  markdown: string
}

const RE_PARAGRAPHS = /\n\s*\n/

export function noteParagraphs(markdown: string): string[] {
  return markdown.split(RE_PARAGRAPHS).map(p => p.trim()).filter(Boolean)
}

const RE_ATTR_UNSAFE = /[&"<>]/g
const escapeAttr = (s: string) => s.replace(RE_ATTR_UNSAFE, c => `&#${c.charCodeAt(0)};`)

/**
 * HTML of the notes in columns, one row per paragraph; when the languages have different
 * paragraph counts, one row with the whole notes. Empty when no language has notes.
 */
export function bilingualNotesHtml(notes: LangNote[], render: (markdown: string) => string): string {
  const split = notes.map(n => noteParagraphs(n.markdown))
  if (split.every(p => !p.length))
    return ''
  const rows = split.every(p => p.length === split[0]!.length)
    ? split[0]!.map((_, i) => split.map(p => p[i]!))
    : [split.map(p => p.join('\n\n'))]
  return rows.map(row => `<div class="bx-pair">${row.map((md, k) => `<div lang="${escapeAttr(notes[k]!.lang)}">${render(md)}</div>`).join('')}</div>`).join('\n')
}

/** Handout CSS for the paired notes: equal columns with a rule between them. */
export const BILINGUAL_CSS = `
#bx-handout .bx-notes { max-width: none; }
#bx-handout .bx-pair { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }
#bx-handout .bx-pair > div + div { border-left: 0.5pt solid var(--bx-line); padding-left: 8mm; margin-left: -4mm; }
#bx-handout .bx-pair > div { padding-bottom: 0.6em; }
#bx-handout .bx-pair > div > :last-child { margin-bottom: 0; }
`
