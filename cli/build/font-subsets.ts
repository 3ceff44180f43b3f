/**
 * Bundled web fonts for the single-file build, cut down to what the deck needs.
 *
 * Fontsource stylesheets declare one @font-face per unicode subset (cyrillic, greek,
 * vietnamese, latin-ext, latin), each with a `unicode-range` and a woff2 plus a woff file.
 * Inlined as data: URLs, all of them would weigh several times the deck. This keeps the
 * latin and latin-ext faces (every Benelux language), adds another subset's face only when
 * the deck's text has a character that only that face covers, and drops the woff fallback
 * where a woff2 is given (every browser that runs Slidev reads woff2).
 */
import type { Plugin } from 'vite'

/** Subsets kept whatever the deck says: Dutch, French, German, Luxembourgish, English. */
export const BASE_SUBSETS = ['latin', 'latin-ext']

export type Range = readonly [start: number, end: number]

const RE_FONT_FACE = /(?:\/\*([^*]*)\*\/\s*)?@font-face\s*\{([^}]*)\}\s*/g
const RE_UNICODE_RANGE = /unicode-range\s*:([^;}]*)/i
const RE_SRC = /(^|[;{\s])src\s*:([^;}]*)/i
const RE_URL = /url\(\s*(["']?)([^"')\s]+)\1\s*\)/
const RE_SUBSET_NAME = /-([a-z]+(?:-ext)?)-\d+-(?:normal|italic)(?:\.woff2?)?\s*$/
const RE_WOFF2 = /\.woff2(?:[?#]|$)/i
const RE_U_PLUS = /^U\+/
const RE_SRC_SPLIT = /,(?![^(]*\))/
const RE_DESCRIPTORS = ['font-family', 'font-weight', 'font-style'].map(p => new RegExp(`${p}\\s*:([^;}]*)`, 'i'))

/** `U+0000-00FF,U+0131,U+25??` -> ranges of code points. */
export function parseUnicodeRange(value: string): Range[] {
  const ranges: Range[] = []
  for (const part of value.split(',').map(p => p.trim().toUpperCase()).filter(Boolean)) {
    const body = part.replace(RE_U_PLUS, '')
    if (body.includes('?')) {
      ranges.push([Number.parseInt(body.replaceAll('?', '0'), 16), Number.parseInt(body.replaceAll('?', 'F'), 16)])
      continue
    }
    const [from, to = from] = body.split('-')
    const start = Number.parseInt(from!, 16)
    const end = Number.parseInt(to!, 16)
    if (Number.isFinite(start) && Number.isFinite(end))
      ranges.push([start, end])
  }
  return ranges
}

const covers = (ranges: readonly Range[], cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b)

/** The code points of `text` above ASCII (ASCII is in every latin face). */
export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>()
  for (const char of text) {
    const cp = char.codePointAt(0)!
    if (cp > 0x7F)
      points.add(cp)
  }
  return points
}

interface Face {
  text: string
  /** 'latin-ext', from the Fontsource comment or file name; '' when unknown. */
  subset: string
  ranges: Range[] | undefined
  /** font-family + weight + style: faces of one font that differ only in subset share it. */
  key: string
}

function describe(comment: string | undefined, body: string): Omit<Face, 'text'> {
  const range = RE_UNICODE_RANGE.exec(body)?.[1]
  const url = RE_SRC.exec(body)?.[2]?.match(RE_URL)?.[2]
  const name = (comment?.trim() || url?.split('/').pop() || '')
  const subset = RE_SUBSET_NAME.exec(name)?.[1] ?? ''
  const key = RE_DESCRIPTORS.map(re => re.exec(body)?.[1]?.trim() ?? '').join('|')
  return { subset, ranges: range ? parseUnicodeRange(range) : undefined, key }
}

/** In a `src:` list, only the woff2 sources when there are any. */
export function preferWoff2(src: string): string {
  const sources = src.split(RE_SRC_SPLIT).map(s => s.trim())
  const woff2 = sources.filter(s => RE_URL.test(s) && RE_WOFF2.test(RE_URL.exec(s)![2]!))
  return woff2.length ? woff2.join(', ') : src.trim()
}

export interface FilteredCss {
  css: string
  /** Subset names of the faces kept / dropped (unique, in order). */
  kept: string[]
  dropped: string[]
}

/**
 * Keeps, of the @font-face rules with a unicode-range: the base subsets, and any other
 * face that covers a code point of the deck that no kept face of the same font covers.
 * Rules without a unicode-range, and all other CSS, stay as they are.
 */
export function filterFontFaces(css: string, deckPoints: ReadonlySet<number>, base = BASE_SUBSETS): FilteredCss {
  const faces: (Face & { start: number, end: number })[] = []
  for (const match of css.matchAll(RE_FONT_FACE))
    faces.push({ text: match[0], start: match.index, end: match.index + match[0].length, ...describe(match[1], match[2]!) })
  const ranged = faces.filter(face => face.ranges)
  if (!ranged.length)
    return { css, kept: [], dropped: [] }

  const keep = new Set(ranged.filter(face => base.includes(face.subset)))
  for (const face of ranged) {
    if (keep.has(face))
      continue
    const covered = [...keep].filter(k => k.key === face.key).flatMap(k => k.ranges!)
    if ([...deckPoints].some(cp => covers(face.ranges!, cp) && !covers(covered, cp)))
      keep.add(face)
  }

  let out = ''
  let at = 0
  for (const face of faces) {
    out += css.slice(at, face.start)
    at = face.end
    if (face.ranges && !keep.has(face))
      continue
    out += face.text.replace(RE_SRC, (_, lead: string, src: string) => `${lead}src: ${preferWoff2(src)}`)
  }
  out += css.slice(at)
  const names = (list: Face[]) => [...new Set(list.map(face => face.subset || 'unnamed'))]
  return { css: out, kept: names(ranged.filter(face => keep.has(face))), dropped: names(ranged.filter(face => !keep.has(face))) }
}

/** Vite plugin: applies filterFontFaces to every stylesheet; `kept` collects the subsets kept. */
export function fontSubsetsPlugin(deckPoints: ReadonlySet<number>, kept: Set<string>): Plugin {
  return {
    name: 'bx:font-subsets',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('.css') || !code.includes('@font-face'))
        return null
      const result = filterFontFaces(code, deckPoints)
      result.kept.forEach(name => kept.add(name))
      return result.css === code ? null : { code: result.css, map: null }
    },
  }
}
