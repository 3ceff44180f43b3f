/** Data, validation and row layout of <Comparison>. */
import type { Problems } from './validate'
import { validateClicks } from './clicks'
import { describe, isRecord, requireArray, requireText, requireTextEntries } from './validate'

export interface ComparisonColumn {
  heading: string
  items: string[]
}

export interface ComparisonProps {
  columns: ComparisonColumn[]
  separator?: string
  rowLabels?: string[]
  clicks?: boolean | string
}

/**
 * Rows aligned by index: row r holds items[r] of every column; a shorter column
 * leaves an empty cell (undefined).
 */
export function comparisonRows(columns: ComparisonColumn[]): (string | undefined)[][] {
  const count = Math.max(0, ...columns.map(c => c.items.length))
  return Array.from({ length: count }, (_, r) => columns.map(c => c.items[r]))
}

export function validateComparison(props: Partial<Record<keyof ComparisonProps, unknown>>): Problems {
  const problems: Problems = [...validateClicks(props.clicks)]
  if (props.separator !== undefined && typeof props.separator !== 'string')
    problems.push(`"separator" must be text, got ${describe(props.separator)}`)
  if (requireArray(props.columns, 'columns', problems)) {
    if (props.columns.length < 2)
      problems.push(`"columns" needs at least 2 columns to compare, got ${props.columns.length}`)
    props.columns.forEach((column, i) => {
      const where = `columns[${i}]`
      if (!isRecord(column)) {
        problems.push(`${where} must be an object with heading and items`)
        return
      }
      requireText(column, 'heading', where, problems)
      if (!Array.isArray(column.items)) {
        problems.push(`${where}.items is missing (a list of texts)`)
      }
      else {
        requireTextEntries(column.items, `${where}.items`, problems)
      }
    })
  }
  if (props.rowLabels !== undefined) {
    if (!Array.isArray(props.rowLabels)) {
      problems.push('"rowLabels" must be a list of texts')
    }
    else {
      props.rowLabels.forEach((label, i) => {
        if (typeof label !== 'string')
          problems.push(`rowLabels[${i}] must be text`)
      })
    }
  }
  return problems
}
