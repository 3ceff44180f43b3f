import { describe, expect, it } from 'vitest'
import SourcedQuote from './SourcedQuote.vue'
import { mountWithClicks } from './testing'

const quotation = 'De bepalingen van dit Verdrag vormen geen beletsel voor het bestaan en de voltooiing van de Benelux'

describe('<SourcedQuote>', () => {
  it('renders figure, blockquote with the slot text and figcaption with the source', () => {
    const { wrapper, warnings } = mountWithClicks(SourcedQuote, { source: 'Artikel 350 EU-Verdrag' }, { default: quotation })
    expect(wrapper.find('figure > blockquote').text()).toBe(quotation)
    expect(wrapper.find('figure > figcaption').text()).toBe('Artikel 350 EU-Verdrag')
    expect(wrapper.find('figcaption a').exists()).toBe(false)
    expect(warnings).toEqual([])
  })

  it('links the source when cite is given', () => {
    const cite = 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:12012E350'
    const { wrapper } = mountWithClicks(SourcedQuote, { source: 'Artikel 350 EU-Verdrag', cite }, { default: quotation })
    expect(wrapper.find('blockquote').attributes('cite')).toBe(cite)
    expect(wrapper.find('figcaption a').attributes('href')).toBe(cite)
  })

  it.each([
    ['an empty slot', { source: 'Artikel 350' }, {}, 'the quotation is empty'],
    ['an empty source', { source: '' }, { default: quotation }, '"source" is missing or empty'],
  ])('shows the error box and no quotation for %s', (_name, props, slots, message) => {
    const { wrapper, warnings } = mountWithClicks(SourcedQuote, props, slots)
    expect(wrapper.find('[data-bx-error="SourcedQuote"]').text()).toContain(message)
    expect(wrapper.find('figure').exists()).toBe(false)
    expect(warnings.join()).toContain('[SourcedQuote]')
  })
})
