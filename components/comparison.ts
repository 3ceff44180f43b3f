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

/**
 * Input that renders but is probably a mistake: a column with fewer items than the
 * longest leaves empty cells at the bottom (a missing row is usually a forgotten item).
 * `briefing check` lists these as warnings; they do not fail it.
 */
export function comparisonWarnings(columns: ComparisonColumn[]): string[] {
  const longest = Math.max(0, ...columns.map(c => c.items.length))
  const full = columns.findIndex(c => c.items.length === longest)
  return columns.flatMap((column, i) => column.items.length < longest
    ? [`columns[${i}] "${column.heading}" has ${column.items.length} item${column.items.length === 1 ? '' : 's'}, columns[${full}] "${columns[full]!.heading}" has ${longest}: ${longest - column.items.length === 1 ? `row ${longest} stays` : `rows ${column.items.length + 1}–${longest} stay`} empty in "${column.heading}"`]
    : [])
}
