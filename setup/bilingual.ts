/**
 * One deck source in several languages (pure; used by setup/preparser.ts, the CLI and
 * `briefing check`). A deck declares its languages in the headmatter and writes each
 * text once per language, in one of two forms:
 *
 *   languages: [nl, fr]            # headmatter; `lang:` is the default language
 *
 *   :::nl                          # block form: whole lines, also inside notes,
 *   Welkom bij de briefing.        # HTML and the headmatter's `info: |`; a block
 *   :::fr                          # runs to the next `:::xx` or to a bare `:::`
 *   Bienvenue à la présentation.
 *   :::
 *
 *   # {nl: Structuur van de Benelux | fr: Structure du Benelux}   # inline form
 *
 * Everything outside the two forms (markup, dates, numbers, components, Slidev's own
 * syntax) is shared. The inline form is recognised when it has a ` | xx: ` separator or
 * names a declared language, so an ordinary JS object such as `{id: 1}` is left alone.
 * Fenced code blocks are copied unchanged. A text that lacks the selected language
 * shows the deck's first language; `findTranslationGaps` reports it.
 */

export const RE_LANG_CODE = /^[a-z]{2,3}$/

const RE_BLOCK = /^\s*:::\s*(?:([a-z]{2,3})\s*)?$/
const RE_FENCE = /^\s*(`{3,}|~{3,})/
const RE_INLINE = /\{([a-z]{2,3}): ([^{}]*)\}/g
const RE_INLINE_SPLIT = /\s\|\s(?=[a-z]{2,3}: )/
const RE_INLINE_PART = /^([a-z]{2,3}): ([\s\S]*)$/
const RE_SPACES = /\s+/g
const RE_LIST_ITEM = /^\s+-\s/

export interface DeckLanguages {
  /** Declared languages, lead language first. */
  languages: string[]
  /** The language selected for this build. */
  lang: string
}

/** A place where a text is not given in every declared language, or names an unknown one. */
export interface TranslationGap {
  /** 1-based line in the source. */
  line: number
  /** What the text is: 'block', 'inline text' ... with its first words. */
  what: string
  missing: string[]
  unknown: string[]
}

/**
 * The deck's languages from its headmatter: `languages` (a list or comma-separated) and
 * `lang`; `selected` (e.g. from --lang) overrides `lang`. Throws on a selected language
 * that the deck does not declare.
 */
export function deckLanguages(headmatter: Record<string, unknown>, selected?: string): DeckLanguages {
  const own = typeof headmatter.lang === 'string' ? headmatter.lang.trim() : ''
  const raw = headmatter.languages
  const list = (Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(',') : [])
    .map(s => s.trim())
    .filter(Boolean)
  const languages = list.length ? list : [own || 'nl']
  // The headmatter's lang leads when it is one of the languages.
  if (own && languages.includes(own)) {
    languages.splice(languages.indexOf(own), 1)
    languages.unshift(own)
  }
  const lang = selected?.trim() || own || languages[0]!
  if (!selected?.trim() && !languages.includes(lang))
    throw new Error(`The headmatter's lang "${lang}" is not one of its languages (${languages.join(', ')}): set lang to one of them or add it: languages: [${[...languages, lang].join(', ')}]`)
  if (!languages.includes(lang))
    throw new Error(`Language "${lang}" is not one of the deck's languages (${languages.join(', ')}); declare it in the headmatter: languages: [${[...languages, lang].join(', ')}]`)
  return { languages, lang }
}

interface InlinePart { lang: string, text: string }

function inlineParts(body: string): InlinePart[] | undefined {
  const parts: InlinePart[] = []
  for (const piece of body.split(RE_INLINE_SPLIT)) {
    const m = piece.match(RE_INLINE_PART)
    if (!m)
      return undefined
    parts.push({ lang: m[1]!, text: m[2]!.trim() })
  }
  return parts
}

function choose<T extends { lang: string }>(items: T[], lang: string, languages: string[]): T | undefined {
  return items.find(i => i.lang === lang) ?? languages.map(l => items.find(i => i.lang === l)).find(Boolean) ?? items[0]
}

function isInline(parts: InlinePart[] | undefined, languages: string[]): parts is InlinePart[] {
  return !!parts && (parts.length > 1 || languages.includes(parts[0]!.lang))
}

function snippet(text: string): string {
  const words = text.replace(RE_SPACES, ' ').trim()
  return words.length > 40 ? `${words.slice(0, 40)}…` : words
}

/** Visits the lines of a deck that are neither fenced code nor block markers. */
function scan(lines: string[], visit: {
  /** A block group from its first `:::xx` (0-based `start`) to its `:::` (`end`; undefined when the file ends first). */
  block: (start: number, blocks: { lang: string, lines: string[], line: number }[], end?: number) => void
  line: (index: number, text: string) => void
}): void {
  let fence: string | undefined
  let open: { start: number, blocks: { lang: string, lines: string[], line: number }[] } | undefined
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!
    const fenceMark = text.match(RE_FENCE)?.[1]
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length)
        fence = undefined
      if (open)
        open.blocks.at(-1)!.lines.push(text)
      else visit.line(i, text)
      continue
    }
    if (fenceMark) {
      fence = fenceMark
      if (open)
        open.blocks.at(-1)!.lines.push(text)
      else visit.line(i, text)
      continue
    }
    const marker = text.match(RE_BLOCK)
    if (marker) {
      const lang = marker[1]
      if (lang) {
        open ??= { start: i, blocks: [] }
        open.blocks.push({ lang, lines: [], line: i + 1 })
      }
      else if (open) {
        visit.block(open.start, open.blocks, i)
        open = undefined
      }
      else {
        visit.line(i, text)
      }
      continue
    }
    if (open)
      open.blocks.at(-1)!.lines.push(text)
    else visit.line(i, text)
  }
  if (open)
    visit.block(open.start, open.blocks)
}

/** Resolves the inline form in one line of text. */
export function selectInline(text: string, lang: string, languages: string[]): string {
  return text.replace(RE_INLINE, (whole, first: string, rest: string) => {
    const parts = inlineParts(`${first}: ${rest}`)
    return isInline(parts, languages) ? choose(parts, lang, languages)!.text : whole
  })
}

/**
 * Fed the lines of a file in order, says of each whether it is a fence line or inside fenced
 * code (``` or ~~~, closed by a fence of the same character at least as long): such lines
 * are code, never language forms.
 */
export function fenceTracker(): (text: string) => boolean {
  let fence: string | undefined
  return (text) => {
    const mark = text.match(RE_FENCE)?.[1]
    if (fence) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length)
        fence = undefined
      return true
    }
    if (mark) {
      fence = mark
      return true
    }
    return false
  }
}

/** The deck's source lines in one language (block and inline forms resolved). */
export function selectLanguage(lines: string[], { lang, languages }: DeckLanguages): string[] {
  const out: string[] = []
  const inFence = fenceTracker()
  scan(lines, {
    line: (_, text) => out.push(inFence(text) ? text : selectInline(text, lang, languages)),
    block: (_, blocks) => {
      for (const text of choose(blocks, lang, languages)!.lines)
        out.push(inFence(text) ? text : selectInline(text, lang, languages))
    },
  })
  // The built deck says which language it is in.
  return setHeadmatterLang(out, lang)
}

/**
 * Sets (or adds) `lang:` in the headmatter lines, when there is a headmatter, and drops
 * `languages:` (only this module reads it; Slidev would pass it to the first slide's
 * layout as an HTML attribute).
 */
export function setHeadmatterLang(lines: string[], lang: string): string[] {
  if (lines[0]?.trimEnd() !== '---')
    return lines
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---')
  if (end < 0)
    return lines
  const head = lines.slice(1, end)
  const from = head.findIndex(l => l.startsWith('languages:'))
  if (from >= 0) {
    let to = from + 1
    while (to < head.length && RE_LIST_ITEM.test(head[to]!))
      to++
    head.splice(from, to - from)
  }
  const at = head.findIndex(l => l.startsWith('lang:'))
  if (at >= 0)
    head[at] = `lang: ${lang}`
  else head.unshift(`lang: ${lang}`)
  return [lines[0]!, ...head, ...lines.slice(end)]
}

function gapFor(line: number, what: string, langs: string[], languages: string[]): TranslationGap | undefined {
  const missing = languages.filter(l => !langs.includes(l))
  const unknown = langs.filter(l => !languages.includes(l))
  return missing.length || unknown.length ? { line, what, missing, unknown } : undefined
}

/**
 * Every text of the source that lacks a declared language or names an undeclared one.
 * A deck in one language with no language forms has none.
 */
export function findTranslationGaps(lines: string[], languages: string[]): TranslationGap[] {
  const gaps: TranslationGap[] = []
  const inline = (index: number, text: string) => {
    for (const m of text.matchAll(RE_INLINE)) {
      const parts = inlineParts(`${m[1]}: ${m[2]}`)
      if (!parts || !(parts.length > 1 || RE_LANG_CODE.test(parts[0]!.lang)))
        continue
      // A lone `{xx: …}` is the inline form only when xx is a declared language.
      if (parts.length === 1 && !languages.includes(parts[0]!.lang))
        continue
      const gap = gapFor(index + 1, `inline text "${snippet(parts[0]!.text)}"`, parts.map(p => p.lang), languages)
      if (gap)
        gaps.push(gap)
    }
  }
  const skip = fenceTracker()
  scan(lines, {
    line: (i, text) => skip(text) || inline(i, text),
    block: (start, blocks) => {
      const first = blocks.find(b => b.lines.some(l => l.trim()))?.lines.find(l => l.trim()) ?? ''
      const gap = gapFor(start + 1, `block "${snippet(first)}"`, blocks.map(b => b.lang), languages)
      if (gap)
        gaps.push(gap)
      for (const b of blocks) {
        b.lines.forEach((text, k) => skip(text) || inline(b.line + k, text))
      }
    },
  })
  return gaps
}

/** "lacks fr", "names unknown language de", or both. */
export function describeGap(gap: Pick<TranslationGap, 'missing' | 'unknown'>): string {
  return [
    gap.missing.length ? `lacks ${gap.missing.join(', ')}` : '',
    gap.unknown.length ? `names unknown language${gap.unknown.length > 1 ? 's' : ''} ${gap.unknown.join(', ')}` : '',
  ].filter(Boolean).join(' and ')
}

/** A mistake in the language forms themselves: the text around it goes to the wrong language or shows its markup. */
export interface LanguageSyntaxError {
  /** 1-based line in the source. */
  line: number
  text: string
}

const RE_INLINE_OPEN = /\{([a-z]{2,3}): /g
const RE_INLINE_CODE = /(`+)[\s\S]*?\1/g
const RE_SLIDE_SEPARATOR = /^---\s*$/

/**
 * Every mistake in the language syntax of a source: an inline choice `{nl: … | fr: …}` not
 * closed on its line (or holding a brace), a `:::xx` block without its closing `:::` (the
 * file ends, or the block runs past its slide's `---`), a block group naming one language
 * twice (a `:::` left out between two groups). Fenced code and inline code are left alone.
 * A language that `languages:` does not list is a translation gap (findTranslationGaps).
 */
export function findLanguageSyntaxErrors(lines: string[], languages: string[]): LanguageSyntaxError[] {
  const errors: LanguageSyntaxError[] = []
  const inline = (index: number, text: string) => {
    const code = text.replace(RE_INLINE_CODE, s => ' '.repeat(s.length))
    const closed: [number, number][] = Array.from(code.matchAll(RE_INLINE), m => [m.index, m.index + m[0].length])
    for (const m of code.matchAll(RE_INLINE_OPEN)) {
      if (!languages.includes(m[1]!) || closed.some(([from, to]) => m.index >= from && m.index < to))
        continue
      const rest = text.slice(m.index)
      errors.push({ line: index + 1, text: `language choice "${snippet(rest)}" is not closed: a \`{${m[1]}: … | …}\` ends with \`}\` on its own line and holds no other braces` })
    }
  }
  const skip = fenceTracker()
  scan(lines, {
    line: (i, text) => skip(text) || inline(i, text),
    block: (start, blocks, end) => {
      const opener = `\`:::${blocks[0]!.lang}\``
      const inFence = fenceTracker()
      let separator: number | undefined
      for (const b of blocks) {
        b.lines.forEach((text, k) => {
          if (inFence(text))
            return
          if (separator === undefined && RE_SLIDE_SEPARATOR.test(text))
            separator = b.line + k
          inline(b.line + k, text)
        })
      }
      if (separator !== undefined)
        errors.push({ line: start + 1, text: `block ${opener} runs past the end of its slide (the \`---\` on line ${separator + 1}): close it with \`:::\` before the slide ends` })
      else if (end === undefined)
        errors.push({ line: start + 1, text: `block ${opener} has no closing \`:::\`: the rest of the file goes to its last language only` })
      const seen = new Map<string, number>()
      for (const b of blocks) {
        const first = seen.get(b.lang)
        if (first !== undefined) {
          errors.push({ line: start + 1, text: `block ${opener} names ${b.lang} twice (lines ${first} and ${b.line}): a \`:::\` is missing before line ${b.line}` })
          break
        }
        seen.set(b.lang, b.line)
      }
    },
  })
  return errors.sort((a, b) => a.line - b.line)
}
