import { describe, expect, it } from 'vitest'
import { altSentence, hyphenateAt, keepIndent, PAGE_HELPERS, pptxPageScript, spokenText, unsaidLabels } from './pptx-page'

function html(markup: string): Element {
  const div = document.createElement('div')
  div.innerHTML = markup
  return div.firstElementChild!
}

describe('spokenText', () => {
  it('reads a nested list as "item (child; child)", items apart by semicolons', () => {
    const list = html('<ul><li>Comité van Ministers<ul><li>Raad</li><li>Secretariaat-Generaal</li></ul></li><li>Benelux-parlement</li></ul>')
    expect(spokenText(list)).toBe('Comité van Ministers (Raad; Secretariaat-Generaal); Benelux-parlement')
  })

  it('squashes white space and keeps the words of inline children', () => {
    expect(spokenText(html('<p>\n  Den   Haag, <b>Rotterdam</b>\n en <i>Breda</i> </p>'))).toBe('Den Haag, Rotterdam en Breda')
  })
})

describe('altSentence', () => {
  it('ends each part in a full stop unless it has its own, and says each part once', () => {
    expect(altSentence(['Structuur van de Benelux', 'Organigram.', 'Raad (advies)', 'Structuur van de Benelux'])).toBe('Structuur van de Benelux. Organigram. Raad (advies)')
  })
})

describe('unsaidLabels', () => {
  it('keeps the labels with a word the description does not say, once each', () => {
    expect(unsaidLabels(['Raad', 'advies', 'griffie', 'advies', ''], ['Comité van Ministers (Raad; Secretariaat-Generaal).'])).toEqual(['advies', 'griffie'])
  })
})

describe('keepIndent', () => {
  it('turns the spaces that start a line into no-break spaces, not those inside a line', () => {
    expect(keepIndent('a = 1\n  b = 2\n    c', true)).toBe('a = 1\n\u00A0\u00A0b = 2\n\u00A0\u00A0\u00A0\u00A0c')
  })

  it('leaves the spaces at the start of a text that continues a line', () => {
    expect(keepIndent('  x', false)).toBe('  x')
    expect(keepIndent('  x', true)).toBe('\u00A0\u00A0x')
  })
})

describe('hyphenateAt', () => {
  it('shows a hyphen at the soft hyphens where the line breaks, and keeps the others', () => {
    const text = 'Politie\u00ADsamen\u00ADwerking'
    expect(hyphenateAt(text, [7])).toBe('Politie-samen\u00ADwerking')
    expect(hyphenateAt(text, [])).toBe(text)
    expect(hyphenateAt('Crisis-beheersing', [6])).toBe('Crisis-beheersing')
  })
})

describe('pptxPageScript', () => {
  it('sends every helper along with the page function and its options', () => {
    const script = pptxPageScript({ iconAltPrefix: 'bx-pptx-icon:', hiddenSelector: '.sr-only' })
    expect(script).toContain('"hiddenSelector":".sr-only"')
    for (const [name, fn] of Object.entries(PAGE_HELPERS))
      expect(script).toContain(`${name}: ${fn.toString()}`)
  })

  it('runs without the module: the helpers reference nothing outside themselves', () => {
    // Each helper, rebuilt from its source alone (as the page gets it), still works.
    // eslint-disable-next-line no-new-func -- the point: a function made from the helper's source only
    const rebuilt = Object.fromEntries(Object.entries(PAGE_HELPERS).map(([name, fn]) => [name, new Function(`return (${fn.toString()})`)() as typeof fn])) as typeof PAGE_HELPERS
    expect(rebuilt.spokenText(html('<ul><li>a<ul><li>b</li></ul></li></ul>'))).toBe('a (b)')
    expect(rebuilt.altSentence(['x'])).toBe('x.')
    expect(rebuilt.unsaidLabels(['y'], ['x'])).toEqual(['y'])
    expect(rebuilt.keepIndent(' z', true)).toBe('\u00A0z')
    expect(rebuilt.hyphenateAt('a\u00ADb', [1])).toBe('a-b')
  })
})
