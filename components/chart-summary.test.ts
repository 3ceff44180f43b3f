import type { ChartData } from './chart-data'
import { describe, expect, it } from 'vitest'
import { chartRange, chartSummary } from './chart-summary'

const column: ChartData = {
  type: 'column',
  title: 'Inwoners',
  categories: ['NL', 'BE', 'LU'],
  series: [{ label: '2000', values: [15.9, 10.2, 0.4] }, { label: '2024', values: [17.9, 11.8, 0.7] }],
  stacked: false,
  unit: 'miljoen',
  height: 260,
}
const share: ChartData = {
  type: 'share',
  title: 'Gewesten',
  categories: ['2000', '2024'],
  series: [{ label: 'Vlaanderen', values: [5.94, 6.82] }, { label: 'Wallonië', values: [3.34, 3.69] }, { label: 'Brussel', values: [0.96, 1.25] }],
  stacked: false,
  height: 200,
}

describe('chartRange', () => {
  it('gives the smallest and largest value in the language\'s number format', () => {
    expect(chartRange(column, 'nl')).toEqual({ min: '0,4', max: '17,9' })
    expect(chartRange({ ...column, series: [{ label: 'a', values: [1234.5, -20] }] }, 'fr')).toEqual({ min: '-20', max: '1\u202F234,5' })
  })

  it('gives a share chart\'s range as percentages of each category', () => {
    // 0.96 of 10.24 is 9 %, 5.94 of 10.24 is 58 %.
    expect(chartRange(share, 'nl')).toEqual({ min: '9%', max: '58%' })
    expect(chartRange(share, 'fr')).toEqual({ min: '9\u00A0%', max: '58\u00A0%' })
  })

  it('refuses a chart without values, naming it', () => {
    expect(() => chartRange({ ...column, series: [] }, 'nl')).toThrow('Chart "Inwoners" has no values')
  })
})

describe('chartSummary', () => {
  it('names type, series, categories and the range with its unit, in Dutch and French', () => {
    expect(chartSummary(column, 'nl')).toBe('Kolomdiagram: 2 reeksen (2000, 2024) over 3 categorieën, waarden van 0,4 tot 17,9 miljoen. De waarden staan in de tabel.')
    expect(chartSummary({ ...column, unit: 'millions' }, 'fr')).toBe('Histogramme\u00A0: 2 séries (2000, 2024) sur 3 catégories, valeurs de 0,4 à 17,9 millions. Les valeurs figurent dans le tableau.')
  })

  it('gives shares for a share chart and no unit', () => {
    expect(chartSummary({ ...share, unit: 'miljoen' }, 'nl')).toBe('Verdeling in procent: 3 reeksen (Vlaanderen, Wallonië, Brussel) over 2 categorieën, aandelen van 9% tot 58%. De waarden staan in de tabel.')
  })
})
