import type { TextSample } from './text-contrast'
import { describe, expect, it } from 'vitest'
import { contrastProblems, isLargeText, requiredRatio, toHex } from './text-contrast'

function sample(fg: TextSample['fg'], bg: TextSample['bg'], fontSizePx = 16, fontWeight = 400): TextSample {
  return { text: 'Tekst', path: 'p:nth-child(1)', fg, bg, fontSizePx, fontWeight }
}

describe('text contrast', () => {
  it.each([
    [16, 400, false],
    [24, 400, true],
    [19, 700, true],
    [19, 600, false],
  ])('%dpx weight %d large: %s', (size, weight, large) => {
    expect(isLargeText(size, weight)).toBe(large)
    expect(requiredRatio({ fontSizePx: size, fontWeight: weight })).toBe(large ? 3 : 4.5)
  })

  it('formats colours as hex', () => {
    expect(toHex([18, 56, 107])).toBe('#12386b')
  })

  it.each([
    ['ink on paper passes', sample([28, 37, 51], [255, 255, 255]), 0],
    ['light grey on white fails', sample([187, 187, 187], [255, 255, 255]), 1],
    ['#767676 on white is just AA', sample([118, 118, 118], [255, 255, 255]), 0],
    ['#949494 on white: 3.03, passes only as large text', sample([148, 148, 148], [255, 255, 255], 32), 0],
    ['#949494 on white small fails', sample([148, 148, 148], [255, 255, 255], 16), 1],
  ])('%s', (_name, s, count) => {
    expect(contrastProblems([s])).toHaveLength(count)
  })

  it('names the text, place, ratio and threshold', () => {
    expect(contrastProblems([sample([187, 187, 187], [255, 255, 255])])[0])
      .toBe('"Tekst" at p:nth-child(1): contrast 1.92:1 (#bbbbbb on #ffffff, 16px/400) is below 4.5:1')
  })

  it('fails text on a background it cannot determine', () => {
    expect(contrastProblems([{ ...sample([0, 0, 0], [255, 255, 255]), undetermined: 'background-image on div' }])[0])
      .toMatch(/background cannot be determined \(background-image on div\)/)
  })
})
