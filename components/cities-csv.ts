/**
 * The cities file (data/cities.csv) parser, kept apart from the map so that the
 * geometry generator can use it before any geometry exists.
 */
import type { Problems } from './validate'

export interface MapCity {
  name: string
  /** ISO 3166-1 alpha-2, e.g. 'NL'. */
  country: string
  lat: number
  lon: number
  groups: string[]
}

export const CITIES_FILE = 'data/cities.csv'
const REQUIRED_COLUMNS = ['name', 'country', 'lat', 'lon', 'group'] as const
const RE_BOM = /^\uFEFF/
const RE_LINE_BREAK = /\r?\n/
const RE_COUNTRY = /^[A-Z]{2}$/

/** Splits one CSV line; fields may be double-quoted ("a, b" and "" inside quotes). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      }
      else if (ch === '"') {
        quoted = false
      }
      else {
        field += ch
      }
    }
    else if (ch === '"' && field === '') {
      quoted = true
    }
    else if (ch === ',') {
      fields.push(field)
      field = ''
    }
    else {
      field += ch
    }
  }
  if (quoted)
    throw new Error('a quoted field is not closed')
  fields.push(field)
  return fields.map(f => f.trim())
}

/**
 * Parses the cities file. Throws one Error naming the file and line of the first
 * malformed row, e.g. `data/cities.csv line 4: lat "5x" is not a number`.
 */
export function parseCitiesCsv(text: string, file = CITIES_FILE): MapCity[] {
  const lines = text.replace(RE_BOM, '').split(RE_LINE_BREAK)
  const header = splitCsvLine(lines[0] ?? '')
  for (const column of REQUIRED_COLUMNS) {
    if (!header.includes(column))
      throw new Error(`${file} line 1: the header has no "${column}" column (found: ${header.join(', ')})`)
  }
  const col = Object.fromEntries(REQUIRED_COLUMNS.map(c => [c, header.indexOf(c)])) as Record<typeof REQUIRED_COLUMNS[number], number>
  const cities: MapCity[] = []
  lines.slice(1).forEach((line, i) => {
    const where = `${file} line ${i + 2}`
    if (line.trim() === '')
      return
    let fields: string[]
    try {
      fields = splitCsvLine(line)
    }
    catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`)
    }
    if (fields.length !== header.length)
      throw new Error(`${where}: expected ${header.length} fields, found ${fields.length}`)
    const name = fields[col.name]
    if (!name)
      throw new Error(`${where}: name is empty`)
    const country = fields[col.country]
    if (!RE_COUNTRY.test(country))
      throw new Error(`${where} (${name}): country "${country}" is not a two-letter ISO code`)
    const lat = coordinate(fields[col.lat], 90, `${where} (${name}): lat`)
    const lon = coordinate(fields[col.lon], 180, `${where} (${name}): lon`)
    const groups = fields[col.group].split(';').map(g => g.trim())
    if (groups.includes(''))
      throw new Error(`${where} (${name}): group "${fields[col.group]}" has an empty entry (separate groups with ";")`)
    cities.push({ name, country, lat, lon, groups })
  })
  return cities
}

function coordinate(text: string, limit: number, what: string): number {
  const value = text === '' ? Number.NaN : Number(text)
  if (!Number.isFinite(value))
    throw new Error(`${what} "${text}" is not a number`)
  if (Math.abs(value) > limit)
    throw new Error(`${what} ${value} is outside ±${limit}`)
  return value
}

/** Reads the CSV, turning a parse error into a problem instead of a crash. */
export function readCities(text: string, file = CITIES_FILE): { cities: MapCity[], problems: Problems } {
  try {
    return { cities: parseCitiesCsv(text, file), problems: [] }
  }
  catch (error) {
    return { cities: [], problems: [(error as Error).message] }
  }
}
