import { describe, expect, it } from 'vitest'
import { contrastRatio, luminance, parseHex } from './contrast'
import { palette, paletteCss, textPairs } from './palette'

describe('parseHex', () => {
  it.each([
    ['#000', [0, 0, 0]],
    ['#fff', [255, 255, 255]],
    ['#12386b', [18, 56, 107]],
    ['#ABCDEF', [171, 205, 239]],
  ] as const)('%s', (hex, rgb) => {
    expect(parseHex(hex)).toEqual(rgb)
  })

  it.each(['12386b', '#12', '#zzzzzz', 'red', ''])('rejects %j', (bad) => {
    expect(() => parseHex(bad)).toThrow(/Not a hex colour/)
  })
})

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for equal colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
    expect(luminance('#ffffff')).toBeCloseTo(1, 5)
  })

  it('matches a known WCAG value (#767676 on white is 4.54)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('is symmetric', () => {
    expect(contrastRatio('#12386b', '#eef2f7')).toBe(contrastRatio('#eef2f7', '#12386b'))
  })
})

describe('theme palette', () => {
  it.each(textPairs.map(([fg, bg]) => [fg, bg, contrastRatio(palette[fg], palette[bg])]))(
    'text %s on %s meets WCAG AA (ratio %f)',
    (_fg, _bg, ratio) => {
      expect(ratio).toBeGreaterThanOrEqual(4.5)
    },
  )

  it('exposes every colour as a CSS variable', () => {
    const css = paletteCss()
    for (const [name, value] of Object.entries(palette))
      expect(css).toContain(`--bx-${name}:${value};`)
  })
})
