import { describe, expect, it } from 'vitest'
import { codePointsOf, filterFontFaces, parseUnicodeRange, preferWoff2 } from './font-subsets'

function face(subset: string, range: string, weight = 400) {
  return `/* source-sans-3-${subset}-${weight}-normal */
@font-face {
  font-family: 'Source Sans 3';
  font-style: normal;
  font-weight: ${weight};
  src: url(./files/source-sans-3-${subset}-${weight}-normal.woff2) format('woff2'), url(./files/source-sans-3-${subset}-${weight}-normal.woff) format('woff');
  unicode-range: ${range};
}
`
}
const CYRILLIC = face('cyrillic', 'U+0301,U+0400-045F,U+0490-0491')
const GREEK = face('greek', 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF')
const LATIN_EXT = face('latin-ext', 'U+0100-02BA,U+02BD-02C5,U+1E00-1E9F')
const LATIN = face('latin', 'U+0000-00FF,U+0131,U+2000-206F')
const FONTSOURCE = CYRILLIC + GREEK + LATIN_EXT + LATIN

describe('parseUnicodeRange', () => {
  it('reads single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,u+25??')).toEqual([[0, 0xFF], [0x131, 0x131], [0x2500, 0x25FF]])
  })
})

describe('codePointsOf', () => {
  it('keeps what is above ASCII, once', () => {
    expect([...codePointsOf('Liège – Liège € a')]).toEqual([0xE8, 0x2013, 0x20AC])
  })
})

describe('preferWoff2', () => {
  it('drops the woff fallback when a woff2 is given', () => {
    expect(preferWoff2(`url(a.woff2) format('woff2'), url(a.woff) format('woff')`)).toBe(`url(a.woff2) format('woff2')`)
  })
  it('keeps a list without woff2', () => {
    expect(preferWoff2(`url(a.woff) format('woff'), url("a,b.ttf")`)).toBe(`url(a.woff) format('woff'), url("a,b.ttf")`)
  })
})

describe('filterFontFaces', () => {
  it('keeps latin and latin-ext, woff2 only, for a Dutch deck', () => {
    const result = filterFontFaces(FONTSOURCE, codePointsOf('Benelux-samenwerking — ’s-Hertogenbosch, Liège'))
    expect(result.kept).toEqual(['latin-ext', 'latin'])
    expect(result.dropped).toEqual(['cyrillic', 'greek'])
    expect(result.css).not.toContain('cyrillic')
    expect(result.css).not.toContain('.woff)')
    expect(result.css.match(/@font-face/g)).toHaveLength(2)
    expect(result.css).toContain(`src: url(./files/source-sans-3-latin-400-normal.woff2) format('woff2');`)
  })

  it('adds a subset when the deck has a character only it covers', () => {
    const result = filterFontFaces(FONTSOURCE, codePointsOf('Καλημέρα, Brussel'))
    expect(result.kept).toEqual(['greek', 'latin-ext', 'latin'])
  })

  it('does not add a subset for characters the kept faces already cover', () => {
    // U+0301 (combining acute) is in cyrillic's range and in none of the kept ones here,
    // but é (U+00E9) is in latin: only the first pulls cyrillic in.
    expect(filterFontFaces(FONTSOURCE, codePointsOf('é')).kept).toEqual(['latin-ext', 'latin'])
    expect(filterFontFaces(FONTSOURCE, new Set([0x301])).kept).toEqual(['cyrillic', 'latin-ext', 'latin'])
  })

  it('leaves other CSS and faces without unicode-range alone', () => {
    const own = `@font-face { font-family: Own; src: url(own.woff2) format('woff2'); }\n.a { color: red }\n`
    expect(filterFontFaces(own, new Set()).css).toBe(own)
    const mixed = filterFontFaces(`${own}${CYRILLIC}${LATIN}`, new Set())
    expect(mixed.css).toContain('font-family: Own')
    expect(mixed.css).toContain('.a { color: red }')
    expect(mixed.css).not.toContain('cyrillic')
  })
})
