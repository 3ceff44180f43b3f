import type { SlideLegibility } from './legibility'
import { describe, expect, it } from 'vitest'
import { balanceOf, isUnderMinimum, legibilityProblems, slideFigures } from './legibility'

const body = (contentTop: number, contentBottom: number) => ({ top: 100, bottom: 500, contentTop, contentBottom })
const slide = (over: Partial<SlideLegibility>): SlideLegibility => ({ no: 3, layout: 'default', texts: [], ...over })

describe('isUnderMinimum', () => {
  it.each([
    [17.9, 'text', true],
    [18, 'text', false],
    [17.96, 'text', false], // rem maths and scaling
    [16, 'map-label', false],
    [15.5, 'map-label', true],
    [14, 'credit', false],
    [13, 'credit', true],
    [12, 'footer', false],
    [14, 'shrunk code', false], // code on a slide autofit shrank past the body minimum
    [13, 'shrunk code', true],
    [11.2, 'footer', true],
  ] as const)('%s px as %s: %s', (sizePx, role, under) => {
    expect(isUnderMinimum({ sizePx, role })).toBe(under)
  })
})

describe('balanceOf', () => {
  it.each([
    ['content down to 70 %', body(110, 380), true],
    ['stacked at the top, half empty', body(110, 300), false],
    ['short content in the middle', body(250, 350), true],
    ['short content a little above the middle', body(220, 320), true],
    ['short content at the top', body(110, 200), false],
  ])('%s', (_what, b, balanced) => {
    expect(balanceOf(b).balanced).toBe(balanced)
  })

  it('gives where the content ends and the room around it as shares of the body', () => {
    expect(balanceOf(body(140, 300))).toEqual({ end: 0.5, above: 0.1, below: 0.5, balanced: false })
  })
})

describe('legibilityProblems', () => {
  it('names slide, element and size of a text under its minimum, grouping equal ones', () => {
    const texts = ['Gent', 'Genk', 'Breda', 'Assen'].map(text => ({ text, element: 'text.bx-map-label', sizePx: 12, role: 'map-label' as const }))
    expect(legibilityProblems([slide({ texts: [...texts, { text: 'Titel', element: 'h1', sizePx: 36, role: 'text' }] })])).toEqual([
      { slide: 3, text: 'text too small: text.bx-map-label "Gent", "Genk", "Breda", … (4 texts) is 12 px, the minimum for a map-label is 16 px' },
    ])
  })

  it('reports a 12 px text and a top-heavy body', () => {
    const problems = legibilityProblems([slide({
      texts: [{ text: 'Bron: Benelux', element: 'p.text-xs', sizePx: 12, role: 'text' }],
      body: body(110, 250),
    })])
    expect(problems.map(p => p.text)).toEqual([
      'text too small: p.text-xs "Bron: Benelux" is 12 px, the minimum for text is 18 px',
      'top-heavy slide: the content ends at 38 % of the body and leaves 63 % empty below it; centre it or let it fill the body',
    ])
  })

  it('gives code that autofit took below its floor one finding per slide, whatever its spans', () => {
    const texts = [['const', 'span.mtk6'], ['totaal', 'span.mtk1'], ['// bron', 'span'], ['=', 'span.mtk1']].map(([text, element]) => ({ text: text!, element: element!, sizePx: 12, role: 'shrunk code' as const }))
    expect(legibilityProblems([slide({ texts })]).map(p => p.text)).toEqual([
      'code too small: autofit took it to 12 px to show the whole slide ("const", "totaal", "// bron", … (4 texts)), the minimum for code is 14 px; split the slide in two',
    ])
  })

  it('has nothing to say about a legible, balanced slide', () => {
    expect(legibilityProblems([slide({ texts: [{ text: 'Raad', element: 'tspan', sizePx: 20, role: 'text' }], body: body(120, 480) })])).toEqual([])
  })
})

describe('slideFigures', () => {
  it('leaves the footer out of the smallest size and the count under 18 px', () => {
    expect(slideFigures(slide({
      texts: [
        { text: 'x', element: 'span.bx-footer-title', sizePx: 12, role: 'footer' },
        { text: 'Kaart: Natural Earth', element: 'p.bx-map-credit', sizePx: 14, role: 'credit' },
        { text: 'Raad', element: 'tspan', sizePx: 20, role: 'text' },
      ],
      body: body(110, 300),
    }))).toEqual({ no: 3, layout: 'default', smallest: 14, under18: 1, underMinimum: 0, total: 2, end: 0.5, balanced: false })
  })
})
