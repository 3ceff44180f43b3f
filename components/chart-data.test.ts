import type { ChartProps } from './chart-data'
import { describe, expect, it } from 'vitest'
import { categoryText, chartData, decimalsOf, formatNumber, formatPercent, maxBarRows, tickDecimals, validateChart } from './chart-data'

const NNBSP = '\u202F'

const good: ChartProps = {
  type: 'column',
  title: { nl: 'Inwoners', fr: 'Habitants' },
  categories: ['2010', '2020'],
  series: [
    { label: { nl: 'Brussel', fr: 'Bruxelles' }, values: [1089, 1219] },
    { label: 'Antwerpen', values: ['480', 530.5] },
  ],
}

describe('number formats per language', () => {
  it('groups and marks decimals as Dutch and French do: 1.234,5 and 1 234,5', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5')
    expect(formatNumber(1234.5, 'fr')).toBe(`1${NNBSP}234,5`)
    expect(formatNumber(1234567, 'nl')).toBe('1.234.567')
    expect(formatNumber(-0.25, 'fr')).toBe('-0,25')
  })

  it('shows a fixed number of decimals when asked (tick labels 0,0 0,5 1,0)', () => {
    expect(formatNumber(1, 'nl', 1)).toBe('1,0')
    expect(formatNumber(2.345, 'nl', 0)).toBe('2')
  })

  it('writes percentages with the language\'s spacing', () => {
    expect(formatPercent(42, 'nl')).toBe('42%')
    expect(formatPercent(42, 'fr')).toBe('42\u00A0%')
  })

  it('counts decimals without float noise', () => {
    expect(decimalsOf(0.1 + 0.2)).toBe(1)
    expect(decimalsOf(1200)).toBe(0)
    expect(decimalsOf(0.25)).toBe(2)
    expect(tickDecimals([0, 0.5, 1, 1.5])).toBe(1)
    expect(tickDecimals([0, 200, 400])).toBe(0)
  })
})

describe('labels per language', () => {
  it('picks { nl, fr } in the build language and writes ISO days out', () => {
    expect(categoryText({ nl: 'Brussel', fr: 'Bruxelles' }, 'fr')).toBe('Bruxelles')
    expect(categoryText('2008-06-17', 'nl')).toBe('17 juni 2008')
    expect(categoryText('2008-06-17', 'fr')).toBe('17 juin 2008')
    expect(categoryText('2008', 'fr')).toBe('2008')
    // A year written as a number is not grouped as a quantity would be.
    expect(categoryText(2008, 'nl')).toBe('2008')
  })

  it('turns the props into data in one language, numeric text into numbers', () => {
    const data = chartData(good, 'fr')
    expect(data.title).toBe('Habitants')
    expect(data.series.map(s => s.label)).toEqual(['Bruxelles', 'Antwerpen'])
    expect(data.series[1]!.values).toEqual([480, 530.5])
    expect(data.stacked).toBe(false)
    expect(data.height).toBe(260)
  })
})

describe('validateChart', () => {
  it('accepts a good chart', () => {
    expect(validateChart(good, 'nl')).toEqual([])
    expect(validateChart({ ...good, stacked: '' }, 'nl')).toEqual([])
  })

  it('names series and row of a value that is not a number', () => {
    const series = [good.series[0]!, { label: 'Antwerpen', values: [480, 'veel'] }]
    expect(validateChart({ ...good, series }, 'nl')).toEqual(['series[1] "Antwerpen" values[1] (row "2020") is the text "veel", not a number'])
  })

  it('names the series that is shorter than the categories', () => {
    const series = [good.series[0]!, { label: 'Antwerpen', values: [480] }]
    expect(validateChart({ ...good, series }, 'nl')).toEqual(['series[1] "Antwerpen" has 1 value, "categories" has 2: every series needs one value per category'])
  })

  it('refuses negative values in a stacked or share chart, naming series and row', () => {
    const series = [{ label: { nl: 'Saldo', fr: 'Solde' }, values: [3, -2] }]
    expect(validateChart({ ...good, stacked: true, series }, 'fr')).toEqual(['series[0] "Solde" values[1] (row "2020") is -2: a stacked chart cannot show negative values'])
    expect(validateChart({ ...good, type: 'share', series }, 'nl')).toEqual(['series[0] "Saldo" values[1] (row "2020") is -2: a share chart cannot show negative values'])
    // Side by side, a negative value is a bar below the axis.
    expect(validateChart({ ...good, series }, 'nl')).toEqual([])
  })

  it('refuses more categories than a bar chart can label at 18 px', () => {
    const categories = Array.from({ length: 9 }, (_, i) => `C${i}`)
    const series = [{ label: 'x', values: categories.map(() => 1) }]
    expect(maxBarRows(260)).toBe(7)
    expect(validateChart({ ...good, type: 'bar', categories, series }, 'nl')).toEqual(['9 categories are more than a bar chart 260 px high can label at 18 px (at most 7); raise "height" or show fewer'])
    expect(validateChart({ ...good, type: 'bar', categories, series, height: 300 }, 'nl')).toEqual([])
  })

  it('names a wrong type, a missing title, a stacked line and too many series', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ label: `s${i}`, values: [1, 2] }))
    const problems = validateChart({ type: 'pie', categories: ['a', 'b'], series: five }, 'nl')
    expect(problems).toEqual([
      '"type" must be one of column, bar, line, share, got the text "pie"',
      '"title" is missing (the chart\'s accessible name), got nothing',
      '"series" has 5 series; a chart stays readable with at most 4',
    ])
    expect(validateChart({ ...good, type: 'line', stacked: true }, 'nl')).toEqual(['"stacked" is for column and bar charts; a line chart cannot be stacked'])
  })

  it('names a share category whose total is 0', () => {
    const series = [{ label: 'a', values: [1, 0] }, { label: 'b', values: [1, 0] }]
    expect(validateChart({ ...good, type: 'share', series }, 'nl')).toEqual(['row "2020" adds up to 0: a share chart needs a positive total per category'])
  })
})

describe('reference lines and clicks', () => {
  it('takes one reference or a list, its label in the build language', () => {
    expect(validateChart({ ...good, reference: { value: '1100', label: { nl: 'doel', fr: 'objectif' } } })).toEqual([])
    expect(chartData({ ...good, reference: { value: '1100', label: { nl: 'doel', fr: 'objectif' } } }, 'fr').references).toEqual([{ value: 1100, label: 'objectif' }])
    expect(chartData({ ...good, reference: [{ value: 1 }, { value: 2, label: 'b' }] }, 'nl').references).toEqual([{ value: 1, label: '' }, { value: 2, label: 'b' }])
    expect(chartData(good, 'nl').references).toEqual([])
  })

  it('names a reference that is not a number, a share reference outside 0–100, a bad label, too many lines and a bad clicks', () => {
    expect(validateChart({ ...good, reference: { value: 'veel' } })).toEqual(['reference.value is the text "veel", not a number'])
    expect(validateChart({ ...good, reference: [{ value: 1 }, 3] })).toEqual(['"reference[1]" must be { value, label }, got a number'])
    expect(validateChart({ ...good, type: 'share', reference: { value: 120 } })).toEqual(['reference.value 120 is outside 0–100: a share chart\'s reference is a percentage'])
    expect(validateChart({ ...good, reference: { value: 1, label: 7 } })).toEqual(['reference.label must be text or { nl, fr }, got a number'])
    expect(validateChart({ ...good, reference: [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }] })).toEqual(['"reference" has 4 lines; a chart stays readable with at most 3'])
    expect(validateChart({ ...good, clicks: 'soms' })).toEqual(['"clicks" must be true or false, got the text "soms"'])
  })
})
