import { afterEach, describe, expect, it } from 'vitest'
import Chart from './Chart.vue'
import { setLang } from './i18n'
import { mountWithClicks } from './testing'

const props = {
  type: 'column',
  title: { nl: 'Inwoners per gewest', fr: 'Habitants par région' },
  unit: { nl: 'duizend', fr: 'milliers' },
  source: 'Statbel',
  categories: ['2010', '2020'],
  series: [
    { label: { nl: 'Vlaanderen', fr: 'Flandre' }, values: [6251.9, 6629.1] },
    { label: { nl: 'Wallonië', fr: 'Wallonie' }, values: [3498.4, 3645.2] },
  ],
}

afterEach(() => setLang(undefined))

describe('<Chart>', () => {
  it('is an image named by its title, with a summary, a legend and the source', () => {
    setLang('nl')
    const { wrapper, warnings } = mountWithClicks(Chart, props)
    const svg = wrapper.find('svg[role="img"]')
    const [t, d] = svg.attributes('aria-labelledby')!.split(' ')
    expect(svg.find(`title[id="${t}"]`).text()).toBe('Inwoners per gewest')
    expect(svg.find(`desc[id="${d}"]`).text()).toBe('Kolomdiagram: 2 reeksen (Vlaanderen, Wallonië) over 2 categorieën, waarden van 3.498,4 tot 6.629,1 duizend. De waarden staan in de tabel.')
    expect(wrapper.findAll('.bx-chart-legend li').map(li => li.text())).toEqual(['Vlaanderen', 'Wallonië'])
    expect(wrapper.find('[data-bx-text="credit"]').text()).toBe('Bron: Statbel')
    expect(wrapper.findAll('.bx-chart-bars rect')).toHaveLength(4)
    expect(warnings).toEqual([])
  })

  it('holds its data in a visually hidden table with header cells, in the build language', () => {
    setLang('fr')
    const { wrapper } = mountWithClicks(Chart, props)
    const table = wrapper.find('.sr-only > table')
    expect(table.find('caption').text()).toBe('Habitants par région (milliers)')
    expect(table.findAll('th[scope="col"]').map(th => th.text())).toEqual(['Catégorie', 'Flandre', 'Wallonie'])
    expect(table.findAll('th[scope="row"]').map(th => th.text())).toEqual(['2010', '2020'])
    expect(table.findAll('tbody tr')[0]!.findAll('td').map(td => td.text())).toEqual(['6\u202F251,9', '3\u202F498,4'])
    expect(wrapper.find('[data-bx-text="credit"]').text()).toBe('Source\u00A0: Statbel')
  })

  it('draws a line per series with a marker per value', () => {
    setLang('nl')
    const { wrapper } = mountWithClicks(Chart, { ...props, type: 'line' })
    expect(wrapper.findAll('.bx-chart-line')).toHaveLength(2)
    expect(wrapper.findAll('.bx-chart-marker')).toHaveLength(4)
  })

  it('shows the error box, naming series and row, for a value that is not a number', () => {
    setLang('nl')
    const bad = { ...props, series: [props.series[0], { label: 'Brussel', values: [1089, 'n.b.'] }] }
    const { wrapper, warnings } = mountWithClicks(Chart, bad)
    expect(wrapper.find('[data-bx-error="Chart"]').text()).toContain('series[1] "Brussel" values[1] (row "2020") is the text "n.b.", not a number')
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(warnings.join()).toContain('[Chart]')
  })

  it('reads its data from a CSV file in data/, labelled per language', () => {
    setLang('fr')
    const { wrapper, warnings } = mountWithClicks(Chart, { type: 'line', title: 'Bevolking', src: 'data/population.csv', x: 'jaar', series: [{ column: 'NL', label: { nl: 'Nederland', fr: 'Pays-Bas' } }, 'BE'] })
    expect(warnings).toEqual([])
    expect(wrapper.findAll('.sr-only th[scope="col"]').map(th => th.text())).toEqual(['Catégorie', 'Pays-Bas', 'BE'])
    expect(wrapper.findAll('.sr-only th[scope="row"]').map(th => th.text())).toEqual(['2000', '2012', '2024'])
    expect(wrapper.findAll('.sr-only tbody tr')[2]!.findAll('td').map(td => td.text())).toEqual(['17,9', '11,8'])
    expect(wrapper.findAll('.bx-chart-marker')).toHaveLength(6)
  })

  it('shows the error box naming file and column for a column the CSV does not have, and for a missing file', () => {
    setLang('nl')
    const missing = mountWithClicks(Chart, { type: 'line', title: 'Bevolking', src: 'data/population.csv', series: ['NL', 'LU'] })
    expect(missing.wrapper.find('[data-bx-error="Chart"]').text()).toContain('data/population.csv: no column "LU" for series[1] (columns: jaar, NL, BE)')
    expect(missing.wrapper.find('svg').exists()).toBe(false)
    const nofile = mountWithClicks(Chart, { type: 'line', title: 'Bevolking', src: 'data/pendel.csv' })
    expect(nofile.wrapper.find('[data-bx-error="Chart"]').text()).toContain('data/pendel.csv: no such file beside the deck (found: ')
  })

  it('with clicks, puts each series in a group of its own that v-click reveals; without, every group is shown', () => {
    setLang('nl')
    const on = mountWithClicks(Chart, { ...props, clicks: '' })
    const groups = on.wrapper.findAll('.bx-chart-series-group')
    expect(groups.map(g => g.attributes('data-bx-series'))).toEqual(['0', '1'])
    expect(groups.map(g => g.findAll('.bx-chart-bars rect').length)).toEqual([2, 2])
    expect(on.clickValues).toEqual([true, true])
    expect(mountWithClicks(Chart, props).clickValues).toEqual([false, false])
    expect(mountWithClicks(Chart, { ...props, clicks: 'ja' }).wrapper.find('[data-bx-error="Chart"]').text()).toContain('"clicks" must be true or false')
  })

  it('draws a labelled reference line, in the build language, and names it in the summary', () => {
    const reference = { value: 5000, label: { nl: 'doel', fr: 'objectif' } }
    setLang('nl')
    const nl = mountWithClicks(Chart, { ...props, reference })
    expect(nl.wrapper.find('.bx-chart-reference text').text()).toBe('doel: 5.000')
    expect(nl.wrapper.find('desc').text()).toContain('Referentielijn: doel: 5.000.')
    setLang('fr')
    const fr = mountWithClicks(Chart, { ...props, reference })
    expect(fr.wrapper.find('.bx-chart-reference text').text()).toBe('objectif\u00A0: 5\u202F000')
    expect(fr.wrapper.find('desc').text()).toContain('Ligne de référence\u00A0: objectif\u00A0: 5\u202F000.')
    const line = fr.wrapper.find('.bx-chart-reference line')
    expect(line.attributes('y1')).toBe(line.attributes('y2'))
  })
})
