import { describe, expect, it } from 'vitest'
import { comparisonRows, comparisonWarnings, validateComparison } from './comparison'

const columns = [
  { heading: '1958', items: ['Gedetailleerd', '100 artikelen', 'Economische Unie'] },
  { heading: '2008', items: ['Raamovereenkomst', '40 artikelen', 'Benelux Unie (nieuwe naam)'] },
]

describe('comparisonRows', () => {
  it.each([
    ['equal lengths', columns, [
      ['Gedetailleerd', 'Raamovereenkomst'],
      ['100 artikelen', '40 artikelen'],
      ['Economische Unie', 'Benelux Unie (nieuwe naam)'],
    ]],
    ['a shorter column leaves an empty cell', [{ heading: 'a', items: ['1'] }, { heading: 'b', items: ['1', '2'] }], [
      ['1', '1'],
      [undefined, '2'],
    ]],
    ['no items', [{ heading: 'a', items: [] }, { heading: 'b', items: [] }], []],
  ])('%s', (_name, input, rows) => {
    expect(comparisonRows(input)).toEqual(rows)
  })
})

describe('validateComparison', () => {
  it('accepts 1958 >< 2008', () => {
    expect(validateComparison({ columns, separator: '><' })).toEqual([])
    expect(validateComparison({ columns, rowLabels: ['Aard', 'Omvang', 'Naam'], clicks: true })).toEqual([])
  })

  it.each([
    ['no columns', {}, '"columns" must be an array, got nothing'],
    ['one column', { columns: [columns[0]] }, '"columns" needs at least 2 columns to compare, got 1'],
    ['column not an object', { columns: [columns[0], '2008'] }, 'columns[1] must be an object with heading and items'],
    ['missing heading', { columns: [columns[0], { items: [] }] }, 'columns[1].heading is missing or empty'],
    ['missing items', { columns: [columns[0], { heading: '2008' }] }, 'columns[1].items is missing'],
    ['empty item', { columns: [columns[0], { heading: '2008', items: ['a', ''] }] }, 'columns[1].items[1] is missing or empty'],
    ['row labels not a list', { columns, rowLabels: 'x' }, '"rowLabels" must be a list of texts'],
    ['row label not text', { columns, rowLabels: ['a', 2] }, 'rowLabels[1] must be text'],
    ['separator not text', { columns, separator: 3 }, '"separator" must be text, got a number'],
  ])('reports %s', (_name, props, message) => {
    expect(validateComparison(props).join('\n')).toContain(message)
  })
})

describe('comparisonWarnings', () => {
  it.each([
    ['equal columns', [{ heading: 'A', items: ['1', '2'] }, { heading: 'B', items: ['1', '2'] }], []],
    ['one short column', [{ heading: '1958', items: ['a', 'b', 'c'] }, { heading: '2008', items: ['a', 'b'] }], ['columns[1] "2008" has 2 items, columns[0] "1958" has 3: row 3 stays empty in "2008"']],
    ['two rows short', [{ heading: 'A', items: ['a'] }, { heading: 'B', items: ['a', 'b', 'c'] }], ['columns[0] "A" has 1 item, columns[1] "B" has 3: rows 2–3 stay empty in "A"']],
  ])('%s', (_, columns, expected) => {
    expect(comparisonWarnings(columns)).toEqual(expected)
  })
})
