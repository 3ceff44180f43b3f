import { describe, expect, it } from 'vitest'
import { breakableParts, textWidth, wrapText } from './text-wrap'

describe('textWidth', () => {
  // Source Sans 3 advance widths (em) times the 4% safety margin.
  it.each([
    ['', 0],
    ['a', 0.5],
    ['ii', 0.5],
    ['M', 0.73],
    ['A b', 0.54 + 0.2 + 0.55],
    ['é', 0.5],
    ['9', 0.5],
    ['€', 0.55],
  ])('estimates %j', (text, em) => {
    expect(textWidth(text, 10)).toBeCloseTo(em * 10 * 1.04)
  })

  it('is wider in bold and grows with the font size', () => {
    expect(textWidth('Raad', 10, true)).toBeCloseTo(textWidth('Raad', 10) * 1.06)
    expect(textWidth('Raad', 20)).toBeCloseTo(2 * textWidth('Raad', 10))
  })
})

describe('wrapText', () => {
  it.each([
    ['one short line', 'Raad', 100, ['Raad']],
    ['wraps at word boundaries', 'Team Justitie en Binnenlandse Zaken', 125, ['Team Justitie en', 'Binnenlandse Zaken']],
    ['keeps a long word whole', 'Dienst bedrijfsvoering', 60, ['Dienst', 'bedrijfsvoering']],
    ['breaks after a hyphen', 'College van secretarissen-generaal', 120, ['College van', 'secretarissen-', 'generaal']],
    ['joins hyphenated parts that fit', 'Secretariaat-Generaal', 1000, ['Secretariaat-Generaal']],
    ['collapses white space', '  Comité   van\nMinisters ', 1000, ['Comité van Ministers']],
    ['returns nothing for empty text', '   ', 100, []],
  ])('%s', (_name, text, maxWidth, lines) => {
    expect(wrapText(text, maxWidth, 14)).toEqual(lines)
  })

  it('never returns a line wider than the limit unless it is one word', () => {
    const text = 'Benelux-Bureau voor de Intellectuele Eigendom en nog enkele woorden'
    for (const max of [60, 90, 120, 200]) {
      for (const line of wrapText(text, max, 14))
        expect(line.includes(' ') ? textWidth(line, 14) <= max : true).toBe(true)
    }
  })
})

describe('breakableParts', () => {
  it.each([
    ['Raad', ['Raad']],
    ['Benelux-Bureau voor', ['Benelux-', 'Bureau', 'voor']],
    ['a--b -x', ['a--b', '-x']],
  ])('%j', (text, parts) => {
    expect(breakableParts(text)).toEqual(parts)
  })
})
