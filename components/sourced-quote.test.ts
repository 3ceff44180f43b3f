import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { slotText, validateSourcedQuote } from './sourced-quote'

const text = 'De bepalingen van dit Verdrag vormen geen beletsel voor het bestaan en de voltooiing van de Benelux'

describe('slotText', () => {
  it.each([
    ['nothing', undefined, ''],
    ['a text node', [h('span', 'abc')], 'abc'],
    ['nested elements', [h('p', ['De ', h('strong', 'Benelux'), ' clausule'])], 'De Benelux clausule'],
    ['a comment only', [h('p', [])], ''],
  ])('%s', (_name, nodes, expected) => {
    expect(slotText(nodes)).toBe(expected)
  })
})

describe('validateSourcedQuote', () => {
  it.each([
    [{ text, source: 'Artikel 350 EU-Verdrag' }],
    [{ text, source: 'Artikel 350 EU-Verdrag', cite: 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:12012E350' }],
  ])('accepts %j', (props) => {
    expect(validateSourcedQuote(props)).toEqual([])
  })

  it.each([
    ['empty quotation', { text: '  ', source: 'Artikel 350' }, 'the quotation is empty'],
    ['missing source', { text }, '"source" is missing or empty'],
    ['empty source', { text, source: '' }, '"source" is missing or empty'],
    ['cite not a URL', { text, source: 'a', cite: 'EU-Verdrag' }, '"cite" must be a web address (https://…), got the text "EU-Verdrag"'],
  ])('reports %s', (_name, props, message) => {
    expect(validateSourcedQuote(props).join('\n')).toContain(message)
  })
})
