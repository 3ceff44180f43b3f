import type { ChartSourceInput } from './chart-source'
import { describe, expect, it } from 'vitest'
import { validateChart } from './chart-data'
import { cellNumber, dataFiles, normalizeSrc, parseChartTable, resolveChartSource } from './chart-source'

const CSV = 'jaar,BE→NL,NL→BE\n2010,37.1,11.2\n2015,38.4,12.9\n\n2020,41,14.5\n'
const JSON_ROWS = JSON.stringify([{ jaar: 2010, BE: 1.5 }, { jaar: 2020, BE: '2.5' }])
const FILES = { 'data/pendel.csv': CSV, 'data/pendel.json': JSON_ROWS }

function resolve(props: Record<string, unknown>, files: Record<string, string> = FILES) {
  const input: ChartSourceInput & Record<string, unknown> = { type: 'line', title: 'Pendel', ...props }
  return resolveChartSource(input, files)
}

describe('parseChartTable', () => {
  it('reads a CSV: columns from the header, a row per line, blank lines skipped', () => {
    const table = parseChartTable(CSV, 'data/pendel.csv')
    expect(table.columns).toEqual(['jaar', 'BE→NL', 'NL→BE'])
    expect(table.rows.map(r => r.where)).toEqual(['line 2', 'line 3', 'line 5'])
    expect(table.rows[2]!.cells).toEqual({ 'jaar': '2020', 'BE→NL': '41', 'NL→BE': '14.5' })
  })

  it('reads a JSON list of rows', () => {
    const table = parseChartTable(JSON_ROWS, 'data/pendel.json')
    expect(table.columns).toEqual(['jaar', 'BE'])
    expect(table.rows.map(r => r.where)).toEqual(['row 1', 'row 2'])
  })

  it.each([
    ['a row of the wrong width', 'a,b\n1,2,3', 'data/x.csv line 2: expected 2 fields (a, b), found 3'],
    ['semicolons', 'a;b\n1;2', 'data/x.csv line 1: the columns are separated by ";"; separate them with "," (and write decimals with a point)'],
    ['a single column', 'a\n1', 'data/x.csv line 1: the header needs a category column and at least one series column, found only "a"'],
    ['a column twice', 'a,b,a\n1,2,3', 'data/x.csv line 1: the column "a" appears twice'],
    ['no rows', 'a,b\n', 'data/x.csv: no rows under the header'],
    ['an unclosed quote', 'a,b\n"1,2', 'data/x.csv line 2: a quoted field is not closed'],
  ])('names file and line of %s', (_, text, message) => {
    expect(() => parseChartTable(text, 'data/x.csv')).toThrow(message)
  })

  it.each([
    ['broken JSON', '[{"a": 1', 'data/x.json: not valid JSON'],
    ['an object', '{"a": 1}', 'data/x.json: must be a non-empty list of rows'],
    ['a row that is no object', '[{"a": 1}, 3]', 'data/x.json row 2: must be an object of cells by column, got a number'],
  ])('names file and row of %s', (_, text, message) => {
    expect(() => parseChartTable(text, 'data/x.json')).toThrow(message)
  })
})

describe('resolveChartSource', () => {
  it('leaves inline props as they are', () => {
    const props = { type: 'line', title: 'T', categories: ['a'], series: [{ label: 'S', values: [1] }] }
    expect(resolveChartSource(props, FILES)).toEqual({ props, problems: [] })
  })

  it('gives categories from the x column and a series per named column, with its own label or the header', () => {
    const { props, problems } = resolve({ src: 'data/pendel.csv', x: 'jaar', series: ['NL→BE', { column: 'BE→NL', label: { nl: 'België → Nederland', fr: 'Belgique → Pays-Bas' } }] })
    expect(problems).toEqual([])
    expect(props.categories).toEqual(['2010', '2015', '2020'])
    expect(props.series).toEqual([
      { label: 'NL→BE', values: [11.2, 12.9, 14.5] },
      { label: { nl: 'België → Nederland', fr: 'Belgique → Pays-Bas' }, values: [37.1, 38.4, 41] },
    ])
    expect(validateChart(props)).toEqual([])
  })

  it('takes the first column as x and every other column as a series by default; ./ and / before data/ are the same file', () => {
    for (const src of ['data/pendel.csv', './data/pendel.csv', '/data/pendel.csv']) {
      const { props } = resolve({ src })
      expect(props.categories).toEqual(['2010', '2015', '2020'])
      expect((props.series as { label: string }[]).map(s => s.label)).toEqual(['BE→NL', 'NL→BE'])
    }
  })

  it('reads numbers and numeric text from JSON', () => {
    const { props, problems } = resolve({ src: 'data/pendel.json' })
    expect(problems).toEqual([])
    expect(props.categories).toEqual([2010, 2020])
    expect(props.series).toEqual([{ label: 'BE', values: [1.5, 2.5] }])
  })

  it.each([
    ['a missing file', { src: 'data/nope.csv' }, 'data/nope.csv: no such file beside the deck (found: data/bad.csv, data/pendel.csv, data/pendel.json)'],
    ['a file outside data/', { src: 'cijfers.csv' }, '"src" must name a .csv or .json file in the deck\'s data/ folder, like "data/commuters.csv", got "cijfers.csv"'],
    ['another file type', { src: 'data/pendel.xlsx' }, '"src" must name a .csv or .json file in the deck\'s data/ folder'],
    ['a missing x column', { src: 'data/pendel.csv', x: 'year' }, 'data/pendel.csv: no column "year" for "x" (columns: jaar, BE→NL, NL→BE)'],
    ['a missing series column', { src: 'data/pendel.csv', series: ['BE→NL', 'LU→BE'] }, 'data/pendel.csv: no column "LU→BE" for series[1] (columns: jaar, BE→NL, NL→BE)'],
    ['x as a series', { src: 'data/pendel.csv', series: ['jaar'] }, 'data/pendel.csv: the column "jaar" is the categories ("x"); it cannot be series[0] as well'],
    ['inline values with src', { src: 'data/pendel.csv', series: [{ label: 'A', values: [1, 2, 3] }] }, 'series[0] has "values" while the data comes from data/pendel.csv'],
    ['categories with src', { src: 'data/pendel.csv', categories: ['a'] }, '"categories" come from the "x" column of data/pendel.csv; leave "categories" out'],
    ['x without src', { x: 'jaar', categories: ['a'], series: [{ label: 'A', values: [1] }] }, '"x" names the category column of a "src" file; there is no "src"'],
    ['a malformed file', { src: 'data/bad.csv' }, 'data/bad.csv line 3: expected 2 fields (jaar, BE), found 1'],
  ])('names the problem of %s', (_, props, message) => {
    const { problems } = resolve(props, { ...FILES, 'data/bad.csv': 'jaar,BE\n2010,1\n2020\n' })
    expect(problems.join('\n')).toContain(message)
  })

  it('names file, row and column of a cell that is not a number, and of an empty one', () => {
    const { problems } = resolve({ src: 'data/x.csv' }, { 'data/x.csv': 'jaar,BE,NL\n2010,1,2\n2020,n.b.,\n2030,"1,5",3' })
    expect(problems).toEqual([
      'data/x.csv line 3 (jaar "2020"): "BE" is the text "n.b.", not a number',
      'data/x.csv line 4 (jaar "2030"): "BE" is the text "1,5", not a number (write decimals with a point)',
      'data/x.csv line 3 (jaar "2020"): "NL" is empty, not a number',
    ])
  })

  it('names the row of an empty category', () => {
    const { problems } = resolve({ src: 'data/x.json' }, { 'data/x.json': '[{"jaar": 2010, "BE": 1}, {"BE": 2}]' })
    expect(problems).toEqual(['data/x.json row 2: the category ("jaar") is nothing'])
  })

  it('hands stacked negatives and too many categories on to validateChart, which names series and row', () => {
    const input: ChartSourceInput & Record<string, unknown> = { type: 'column', stacked: true, title: 'T', src: 'data/x.csv' }
    const { props } = resolveChartSource(input, { 'data/x.csv': 'jaar,BE\n2010,1\n2020,-2' })
    expect(validateChart(props)).toEqual(['series[0] "BE" values[1] (row "2020") is -2: a stacked chart cannot show negative values'])
  })
})

describe('cellNumber and paths', () => {
  it('reads numbers and numeric text only', () => {
    expect([3, ' 4.5 ', '-1', '', 'x', Number.NaN, null].map(cellNumber)).toEqual([3, 4.5, -1, undefined, undefined, undefined, undefined])
  })

  it('names glob paths as src does', () => {
    expect(normalizeSrc(' ./data/a.csv ')).toBe('data/a.csv')
    expect(dataFiles({ '/data/a.csv': 'x' })).toEqual({ 'data/a.csv': 'x' })
  })
})
