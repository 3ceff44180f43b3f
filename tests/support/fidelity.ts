/**
 * Fidelity of the deck to its source: turns the source's extracted text into the phrases
 * a presenter reads (bullets and lines, wrapped lines rejoined, extraction artifacts
 * repaired) and finds the ones missing from a rendered deck.
 *
 * Comparison is on words: case, whitespace, quotes, dashes and other punctuation are
 * layout, not wording (a timeline shows "1985" and "Akkoord van Schengen" where the
 * source had "1985 : Akkoord van Schengen"). Letters, digits and the symbols that carry
 * meaning (& + < > / ~ %) must all be there, in order.
 */

export interface ArtifactRepairs {
  /** Text left over from pictures, removed wherever it occurs. */
  drop: string[]
  /** Run-together text and its repair: [found, replacement]. */
  replace: [string, string][]
}

/** The artifacts of /work/shared/seed/000_*.txt, as listed in slide-map.md. */
export const SOURCE_ARTIFACTS: ArtifactRepairs = {
  drop: ['AnalysisAnalysis'],
  replace: [['SAMENWERKINGACTIEF', 'SAMENWERKING ACTIEF']],
}

// A bullet (•), a dash item (– or -), a lost bullet glyph (U+FFFD) or a number "1." / "1.".
const RE_MARKER = /^(?:[•\u2013\u2014\uFFFD-]|\d+\.)\s*/
const RE_HYPHEN_END = /(\S+)-$/
const RE_TRAILING_HYPHEN = /-$/
const RE_LINE_BREAK = /\r?\n/
// In the extraction, a line that starts with a space begins a new text block.
const RE_LEADING_SPACE = /^\s/
const RE_TRAILING_SPACE = /\s$/
const RE_STARTS_UPPER = /^\p{Lu}/u
const RE_FIRST_LETTER = /\p{L}/u
const RE_DANGLING_PUNCT = /[,:&+(]$/
const RE_LAST_WORD = /(\p{L}+)$/u
const RE_HAS_LETTER = /\p{L}/u
const RE_NOT_WORD = /[^\p{L}\p{N}&+<>/~%]+/gu
const RE_SPACES = /\s+/g
// A soft hyphen only marks where a long word may break in a narrow box.
const RE_SOFT_HYPHEN = /\u00AD/g

/** Words after which a line cannot end a phrase: the next line continues it. */
const DANGLING_WORDS = new Set([
  'de',
  'het',
  'een',
  'van',
  'voor',
  'door',
  'en',
  'op',
  'in',
  'met',
  'of',
  'te',
  'geen',
  'the',
  'and',
])

/** The form both sides are compared in: lower case, words separated by single spaces, soft hyphens gone. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(RE_SOFT_HYPHEN, '')
    .toLocaleLowerCase('nl')
    .replace(RE_NOT_WORD, ' ')
    .replace(RE_SPACES, ' ')
    .trim()
}

function isAllCaps(line: string): boolean {
  return RE_HAS_LETTER.test(line) && line === line.toLocaleUpperCase('nl')
}

function startsLower(line: string): boolean {
  const letter = line.match(RE_FIRST_LETTER)?.[0]
  return letter !== undefined && letter !== letter.toLocaleUpperCase('nl')
}

function hasOpenQuote(text: string): boolean {
  const count = (ch: string) => text.split(ch).length - 1
  return count('“') > count('”') || count('‘') > count('’')
}

interface Phrase {
  text: string
  marked: boolean
}

/**
 * The phrases of the source, in order, without duplicates (by normalised form).
 * Lines are joined into one phrase when the extraction wrapped them: a word split with
 * a hyphen, a line ending on a word or sign that cannot end a phrase, an open quotation,
 * a heading in capitals over two lines, and, inside a bullet, a line that ended in a
 * space or a next line that starts in lower case. A bullet or a line that starts with
 * a space (a new text block) always starts a new phrase.
 */
export function sourcePhrases(source: string, artifacts: ArtifactRepairs = SOURCE_ARTIFACTS): string[] {
  let text = source
  for (const junk of artifacts.drop)
    text = text.split(junk).join('')
  for (const [found, replacement] of artifacts.replace)
    text = text.split(found).join(replacement)

  const phrases: Phrase[] = []
  let previousRaw = ''
  for (const raw of text.split(RE_LINE_BREAK)) {
    const line = raw.trim()
    if (!line)
      continue
    const marker = line.match(RE_MARKER)
    const content = marker ? line.slice(marker[0].length).trim() : line
    const current = phrases.at(-1)
    const blockStart = RE_LEADING_SPACE.test(raw)
    if (!content) {
      previousRaw = raw
      continue
    }
    if (current && !marker && !blockStart) {
      const prev = previousRaw.trimEnd()
      const hyphen = prev.match(RE_HYPHEN_END)
      if (hyphen && startsLower(content)) {
        const keep = RE_STARTS_UPPER.test(hyphen[1]!)
        current.text = current.text.replace(RE_TRAILING_HYPHEN, keep ? '-' : '') + content
        previousRaw = raw
        continue
      }
      const lastWord = prev.match(RE_LAST_WORD)?.[1]?.toLocaleLowerCase('nl')
      const continues = RE_DANGLING_PUNCT.test(prev)
        || (lastWord !== undefined && DANGLING_WORDS.has(lastWord))
        || hasOpenQuote(current.text)
        || (isAllCaps(prev) && isAllCaps(content))
        || (current.marked && (RE_TRAILING_SPACE.test(previousRaw) || startsLower(content)))
      if (continues) {
        current.text = `${current.text} ${content}`
        previousRaw = raw
        continue
      }
    }
    phrases.push({ text: content, marked: Boolean(marker) })
    previousRaw = raw
  }

  const seen = new Set<string>()
  const result: string[] = []
  for (const { text: phrase } of phrases) {
    const clean = phrase.replace(RE_SPACES, ' ').trim()
    const key = normalise(clean)
    if (!key || seen.has(key))
      continue
    seen.add(key)
    result.push(clean)
  }
  return result
}

/**
 * The phrases (in their source form) whose words do not occur, whole and in order,
 * within one of the texts (one text per slide: a phrase never spans two slides).
 */
export function missingPhrases(phrases: string[], texts: string[]): string[] {
  const haystack = texts.map(text => ` ${normalise(text)} `).join('\n')
  return phrases.filter(phrase => !haystack.includes(` ${normalise(phrase)} `))
}
