/**
 * <Chart src="data/x.csv">: the chart's categories and series read from a CSV or JSON file
 * in the deck's data/ folder. Chart.vue hands over the folder's files as text (a Vite
 * `?raw` import, as CityMap reads data/cities.csv); this turns them into the inline props
 * that validateChart and chartData take, or into problems naming the file, column and row.
 *
 * CSV: a header row, then one row per category, fields separated by commas (quoted fields
 * as in cities-csv.ts), decimals with a point. JSON: a list of row objects,
 * `[{ "jaar": 2010, "BE→NL": 37.1 }, …]`.
 */
import type { ChartSeries, ChartText } from './chart-data'
import type { Problems } from './validate'
import { splitCsvLine } from './cities-csv'
import { isTranslations } from './i18n'
import { describe, isNonEmptyString, isRecord } from './validate'

/** The folder, beside the deck, that `src` files live in. */
export const DATA_FOLDER = 'data/'

/** A series taken from a column: its header as label, or a label of its own. */
export interface ChartColumn {
  column: string
  label?: ChartText
}

export type ChartSeriesInput = ChartSeries | ChartColumn | string

/** One row of a data file: its cells by column, and where it is (`line 3` of a CSV, `row 2` of a JSON list). */
export interface TableRow {
  where: string
  cells: Record<string, unknown>
}

export interface ChartTable {
  file: string
  columns: string[]
  rows: TableRow[]
}

const RE_BOM = /^\uFEFF/
const RE_LINE_BREAK = /\r?\n/
const RE_DOT_SLASH = /^\.?\//
const RE_DATA_FILE = /\.(?:csv|json)$/i

/** `./data/a.csv`, `/data/a.csv` and `data/a.csv` all name `data/a.csv`. */
export function normalizeSrc(src: string): string {
  return src.trim().replace(RE_DOT_SLASH, '')
}

/**
 * Parses a CSV or JSON data file (by its extension). Throws one Error naming the file and
 * the line or row of the first malformed row.
 */
export function parseChartTable(text: string, file: string): ChartTable {
  if (file.toLowerCase().endsWith('.json'))
    return parseJsonTable(text, file)
  return parseCsvTable(text, file)
}

function parseCsvTable(text: string, file: string): ChartTable {
  const lines = text.replace(RE_BOM, '').split(RE_LINE_BREAK)
  const header = splitCsvLine(lines[0] ?? '')
  if (header.length === 1 && header[0]!.includes(';'))
    throw new Error(`${file} line 1: the columns are separated by ";"; separate them with "," (and write decimals with a point)`)
  if (header.length < 2)
    throw new Error(`${file} line 1: the header needs a category column and at least one series column, found ${header[0] ? `only "${header[0]}"` : 'nothing'}`)
  header.forEach((name, i) => {
    if (!name)
      throw new Error(`${file} line 1: column ${i + 1} has no name`)
    if (header.indexOf(name) !== i)
      throw new Error(`${file} line 1: the column "${name}" appears twice`)
  })
  const rows: TableRow[] = []
  lines.slice(1).forEach((line, i) => {
    const where = `line ${i + 2}`
    if (line.trim() === '')
      return
    let fields: string[]
    try {
      fields = splitCsvLine(line)
    }
    catch (error) {
      throw new Error(`${file} ${where}: ${(error as Error).message}`)
    }
    if (fields.length !== header.length)
      throw new Error(`${file} ${where}: expected ${header.length} fields (${header.join(', ')}), found ${fields.length}`)
    rows.push({ where, cells: Object.fromEntries(header.map((name, k) => [name, fields[k]])) })
  })
  if (!rows.length)
    throw new Error(`${file}: no rows under the header`)
  return { file, columns: header, rows }
}

function parseJsonTable(text: string, file: string): ChartTable {
  let value: unknown
  try {
    value = JSON.parse(text.replace(RE_BOM, ''))
  }
  catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`)
  }
  if (!Array.isArray(value) || !value.length)
    throw new Error(`${file}: must be a non-empty list of rows, like [{ "jaar": 2010, "BE→NL": 37.1 }], got ${describe(value)}`)
  const columns: string[] = []
  const rows = value.map((row, i): TableRow => {
    const where = `row ${i + 1}`
    if (!isRecord(row))
      throw new Error(`${file} ${where}: must be an object of cells by column, got ${describe(row)}`)
    for (const name of Object.keys(row)) {
      if (!columns.includes(name))
        columns.push(name)
    }
    return { where, cells: row }
  })
  return { file, columns, rows }
}

/** A cell as a number: a JSON number, or text such as "37.1"; undefined otherwise. */
export function cellNumber(cell: unknown): number | undefined {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? cell : undefined
  if (typeof cell === 'string' && cell.trim() !== '') {
    const n = Number(cell.trim())
    return Number.isFinite(n) ? n : undefined
  }
  return undefined
}

function describeCell(cell: unknown): string {
  return typeof cell === 'string' && cell.trim() === '' ? 'empty' : describe(cell)
}

/** The props of <Chart> that `src` concerns. */
export interface ChartSourceInput {
  src?: unknown
  x?: unknown
  categories?: unknown
  series?: unknown
}

/**
 * The inline `categories` and `series` a `src` file gives, or the problems that keep it from
 * giving them. Without `src`, the props as written (and a problem when `x` is set alone).
 * `files` are the data folder's files by path (`data/commuters.csv`) with their text.
 */
export function resolveChartSource<T extends ChartSourceInput>(props: T, files: Record<string, string>): { props: T, problems: Problems } {
  if (props.src === undefined) {
    const problems = props.x === undefined ? [] : [`"x" names the category column of a "src" file; there is no "src"`]
    return { props, problems }
  }
  const problems: Problems = []
  if (!isNonEmptyString(props.src))
    return { props, problems: [`"src" must name a .csv or .json file in the deck's ${DATA_FOLDER} folder, got ${describe(props.src)}`] }
  const file = normalizeSrc(props.src)
  if (!file.startsWith(DATA_FOLDER) || !RE_DATA_FILE.test(file))
    return { props, problems: [`"src" must name a .csv or .json file in the deck's ${DATA_FOLDER} folder, like "${DATA_FOLDER}commuters.csv", got "${props.src}"`] }
  if (props.categories !== undefined)
    problems.push(`"categories" come from the "x" column of ${file}; leave "categories" out`)
  const text = files[file]
  if (text === undefined) {
    const known = Object.keys(files).sort()
    return { props, problems: [...problems, `${file}: no such file beside the deck (${known.length ? `found: ${known.join(', ')}` : `the deck has no ${DATA_FOLDER} files`})`] }
  }
  let table: ChartTable
  try {
    table = parseChartTable(text, file)
  }
  catch (error) {
    return { props, problems: [...problems, (error as Error).message] }
  }
  const columnList = table.columns.join(', ')
  if (props.x !== undefined && !isNonEmptyString(props.x))
    return { props, problems: [...problems, `"x" must name the category column of ${file} (columns: ${columnList}), got ${describe(props.x)}`] }
  const x = props.x ?? table.columns[0]!
  if (!table.columns.includes(x))
    problems.push(`${file}: no column "${x}" for "x" (columns: ${columnList})`)

  // The series: every column but x, or the ones listed, by name or as { column, label }.
  let wanted: ChartColumn[] = []
  if (props.series === undefined) {
    wanted = table.columns.filter(c => c !== x).map(column => ({ column }))
  }
  else if (!Array.isArray(props.series)) {
    problems.push(`"series" must list columns of ${file}, got ${describe(props.series)}`)
  }
  else {
    props.series.forEach((s: unknown, i) => {
      if (isNonEmptyString(s))
        wanted.push({ column: s })
      else if (isRecord(s) && isNonEmptyString(s.column) && (s.label === undefined || isNonEmptyString(s.label) || isTranslations(s.label)))
        wanted.push({ column: s.column, label: s.label as ChartText | undefined })
      else if (isRecord(s) && 'values' in s)
        problems.push(`series[${i}] has "values" while the data comes from ${file}; name a column instead: "${table.columns[1] ?? 'column'}" or { column, label }`)
      else
        problems.push(`series[${i}] must be a column of ${file} or { column, label }, got ${describe(s)}`)
    })
  }
  for (const [i, s] of wanted.entries()) {
    if (!table.columns.includes(s.column))
      problems.push(`${file}: no column "${s.column}" for series[${i}] (columns: ${columnList})`)
    else if (s.column === x)
      problems.push(`${file}: the column "${s.column}" is the categories ("x"); it cannot be series[${i}] as well`)
  }
  if (problems.length)
    return { props, problems }

  const categories = table.rows.map((row) => {
    const cell = row.cells[x]
    const ok = isNonEmptyString(cell) || (typeof cell === 'number' && Number.isFinite(cell)) || isTranslations(cell)
    if (!ok)
      problems.push(`${file} ${row.where}: the category ("${x}") is ${describeCell(cell)}`)
    return ok ? cell as ChartText | number : ''
  })
  const rowName = (row: TableRow, j: number) => `${row.where} (${x} ${typeof categories[j] === 'string' || typeof categories[j] === 'number' ? `"${categories[j]}"` : `#${j + 1}`})`
  const series: ChartSeries[] = wanted.map(s => ({
    label: s.label ?? s.column,
    values: table.rows.map((row, j) => {
      const cell = row.cells[s.column]
      const n = cellNumber(cell)
      if (n === undefined)
        problems.push(`${file} ${rowName(row, j)}: "${s.column}" is ${describeCell(cell)}, not a number${typeof cell === 'string' && cell.includes(',') ? ' (write decimals with a point)' : ''}`)
      return n ?? 0
    }),
  }))
  if (problems.length)
    return { props, problems }
  return { props: { ...props, categories, series }, problems: [] }
}

/** The data folder's files from an `import.meta.glob('/data/**', { query: '?raw' })` record: `/data/a.csv` -> `data/a.csv`. */
export function dataFiles(glob: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(glob).map(([path, text]) => [normalizeSrc(path), text]))
}
