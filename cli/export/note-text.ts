/**
 * Reduces a speaker note (markdown, as @slidev/parser returns it) to the plain text the
 * presenter view shows, so tests can compare the two. Not a markdown renderer: it strips
 * the syntax the deck's notes use (emphasis, code, links, lists, headings, click markers).
 */
const RE_CLICK_MARKER = /\[click(?::\d+)?\]\s*/gi

/** Removes Slidev's `[click]` / `[click:3]` note markers, which only mean something in the presenter view. */
export function stripClickMarkers(markdown: string): string {
  return markdown.replace(RE_CLICK_MARKER, '')
}

const RULES: Array<[RegExp, string]> = [
  [RE_CLICK_MARKER, ' '], // Slidev click markers render as empty spans
  [/!\[[^\]]*\]\([^)]*\)/g, ' '], // images
  [/\[([^\]]*)\]\([^)]*\)/g, '$1'], // links keep their text
  [/<[^>]+>/g, ' '], // inline HTML tags
  [/^\s{0,3}#{1,6}\s+/gm, ''], // headings
  [/^\s*(?:[-*+]|\d+[.)])\s+/gm, ''], // list markers
  [/^\s*>\s?/gm, ''], // blockquotes
  [/(\*\*|__)(.+?)\1/g, '$2'], // strong
  [/(^|[^\w*])[*_]([^*_\n]+)[*_](?!\w)/g, '$1$2'], // emphasis
  [/`([^`]*)`/g, '$1'], // inline code
]

const RE_DOUBLE_QUOTES = /[\u201C\u201D\u201E]/g
const RE_SINGLE_QUOTES = /[\u2018\u2019]/g
const RE_SPACES = /\s+/g

/** Typographic quotes to straight ones, all whitespace (incl. no-break space) to single spaces. */
export function normaliseText(text: string): string {
  return text
    .replace(RE_DOUBLE_QUOTES, '"')
    .replace(RE_SINGLE_QUOTES, '\'')
    .replace(RE_SPACES, ' ')
    .trim()
}

export function noteToText(markdown: string): string {
  return normaliseText(RULES.reduce((text, [re, by]) => text.replace(re, by), markdown))
}
