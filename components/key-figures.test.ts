import { describe, expect, it } from 'vitest'
import { keyFigureText, validateKeyFigures } from './key-figures'

describe('keyFigureText', () => {
  it('formats numbers per language and keeps texts as written', () => {
    expect(keyFigureText({ value: 1234, label: 'x' }, 'nl').value).toBe('1.234')
    expect(keyFigureText({ value: 1234, label: 'x' }, 'fr').value).toBe('1\u202F234')
    expect(keyFigureText({ value: '1958', label: 'x' }, 'nl').value).toBe('1958')
  })

  it('writes the comparison with the unit, in the language', () => {
    const f = { value: 40, unit: { nl: 'artikelen', fr: 'articles' }, label: { nl: 'Verdrag', fr: 'Traité' }, was: 100 }
    expect(keyFigureText(f, 'nl')).toEqual({ value: '40', unit: 'artikelen', label: 'Verdrag', was: 'was 100 artikelen' })
    expect(keyFigureText(f, 'fr')).toEqual({ value: '40', unit: 'articles', label: 'Traité', was: 'contre 100 articles' })
  })
})

describe('validateKeyFigures', () => {
  it('accepts two to four figures', () => {
    expect(validateKeyFigures({ figures: [{ value: 1, label: 'a' }, { value: 'x', label: { nl: 'b', fr: 'b' } }] })).toEqual([])
  })

  it('names the count and each bad field', () => {
    expect(validateKeyFigures({ figures: [{ value: Number.NaN, label: '' }] })).toEqual([
      '"figures" needs 2 to 4 figures, got 1',
      'figures[0].value must be a number or a text, got a number',
      'figures[0].label is missing (text or { nl, fr })',
    ])
    expect(validateKeyFigures({ figures: [{ value: 1, label: 'a' }, { value: 2, label: 'b', was: [] }] })).toEqual(['figures[1].was must be a number or a text, got an array'])
  })
})
