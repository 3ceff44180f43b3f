import { describe, expect, it } from 'vitest'
import Comparison from './Comparison.vue'
import { mountWithClicks } from './testing'

const columns = [
  { heading: '1958', items: ['Gedetailleerd', '100 artikelen', 'Economische Unie'] },
  { heading: '2008', items: ['Raamovereenkomst', '40 artikelen'] },
]

describe('<Comparison>', () => {
  it('renders headings and row-aligned cells, an empty cell for a short column', () => {
    const { wrapper, warnings } = mountWithClicks(Comparison, { columns })
    expect(wrapper.findAll('th[scope="col"]').map(th => th.text())).toEqual(['1958', '2008'])
    const rows = wrapper.findAll('tbody tr').map(tr => tr.findAll('td.bx-cmp-cell').map(td => td.text()))
    expect(rows).toEqual([
      ['Gedetailleerd', 'Raamovereenkomst'],
      ['100 artikelen', '40 artikelen'],
      ['Economische Unie', ''],
    ])
    expect(wrapper.find('.bx-cmp-sep-badge').text()).toBe('><')
    expect(warnings).toEqual([])
  })

  it('labels rows and uses a custom separator', () => {
    const { wrapper } = mountWithClicks(Comparison, { columns, separator: 'vs', rowLabels: ['Aard', 'Omvang', 'Naam'] })
    expect(wrapper.findAll('th[scope="row"]').map(th => th.text())).toEqual(['Aard', 'Omvang', 'Naam'])
    expect(wrapper.find('.bx-cmp-sep-badge').text()).toBe('vs')
  })

  it.each([[undefined, false], ['', true]])('clicks=%j reveals rows with v-click=%s', (clicks, expected) => {
    const { clickValues } = mountWithClicks(Comparison, { columns, clicks })
    expect(clickValues).toEqual([expected, expected, expected])
  })

  it('shows the error box and no table for a column without items', () => {
    const { wrapper, warnings } = mountWithClicks(Comparison, { columns: [columns[0], { heading: '2008' }] })
    expect(wrapper.find('[data-bx-error="Comparison"]').text()).toContain('columns[1].items is missing')
    expect(wrapper.find('table').exists()).toBe(false)
    expect(warnings.join()).toContain('[Comparison]')
  })
})
