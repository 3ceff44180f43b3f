import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCitiesCsv, readCities, splitCsvLine } from './cities-csv'

const HEADER = 'name,country,lat,lon,group'

describe('splitCsvLine', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,,c', ['a', '', 'c']],
    [' a , b ', ['a', 'b']],
    ['"Brussel, stad",BE', ['Brussel, stad', 'BE']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
  ])('%j', (line, fields) => {
    expect(splitCsvLine(line)).toEqual(fields)
  })

  it('rejects an unclosed quote', () => {
    expect(() => splitCsvLine('"open,b')).toThrow('a quoted field is not closed')
  })
})

describe('parseCitiesCsv', () => {
  it('reads the project file: 23 cities, 9 in theme1 and 17 in benelux+', () => {
    const cities = parseCitiesCsv(readFileSync(resolve(import.meta.dirname, '../data/cities.csv'), 'utf8'))
    expect(cities).toHaveLength(23)
    expect(cities.filter(c => c.groups.includes('theme1'))).toHaveLength(9)
    expect(cities.filter(c => c.groups.includes('benelux+'))).toHaveLength(17)
    expect(cities.find(c => c.name === 'Antwerpen')).toEqual({ name: 'Antwerpen', country: 'BE', lat: 51.2205, lon: 4.4003, groups: ['theme1', 'benelux+'] })
  })

  it.each([
    ['extra columns, CRLF, BOM and blank lines', `\uFEFF${HEADER},population\r\nGent,BE,51.05,3.7167,theme1,265086\r\n\r\n`, [{ name: 'Gent', country: 'BE', lat: 51.05, lon: 3.7167, groups: ['theme1'] }]],
    ['several groups', `${HEADER}\nGenk,BE,50.965,5.5008, theme1 ; benelux+ `, [{ name: 'Genk', country: 'BE', lat: 50.965, lon: 5.5008, groups: ['theme1', 'benelux+'] }]],
    ['columns in another order', 'group,lon,lat,country,name\nx,4,51,NL,Breda', [{ name: 'Breda', country: 'NL', lat: 51, lon: 4, groups: ['x'] }]],
  ])('parses %s', (_name, text, cities) => {
    expect(parseCitiesCsv(text)).toEqual(cities)
  })

  it.each([
    ['a missing column', 'name,country,lat,group\nGent,BE,51,x', 'data/cities.csv line 1: the header has no "lon" column (found: name, country, lat, group)'],
    ['too few fields', `${HEADER}\nGent,BE,51.05,theme1`, 'data/cities.csv line 2: expected 5 fields, found 4'],
    ['a bad latitude', `${HEADER}\nGent,BE,51.05,3.7,theme1\nBreda,NL,5x,4.7,theme1`, 'data/cities.csv line 3 (Breda): lat "5x" is not a number'],
    ['an empty longitude', `${HEADER}\nGent,BE,51.05,,theme1`, 'data/cities.csv line 2 (Gent): lon "" is not a number'],
    ['a latitude out of range', `${HEADER}\nGent,BE,151.05,3.7,theme1`, 'data/cities.csv line 2 (Gent): lat 151.05 is outside ±90'],
    ['an empty name', `${HEADER}\n,BE,51.05,3.7,theme1`, 'data/cities.csv line 2: name is empty'],
    ['a bad country', `${HEADER}\nGent,Belgium,51.05,3.7,theme1`, 'data/cities.csv line 2 (Gent): country "Belgium" is not a two-letter ISO code'],
    ['an empty group', `${HEADER}\nGent,BE,51.05,3.7,theme1;;x`, 'data/cities.csv line 2 (Gent): group "theme1;;x" has an empty entry (separate groups with ";")'],
    ['no group', `${HEADER}\nGent,BE,51.05,3.7,`, 'data/cities.csv line 2 (Gent): group "" has an empty entry (separate groups with ";")'],
    ['an unclosed quote', `${HEADER}\n"Gent,BE,51.05,3.7,x`, 'data/cities.csv line 2: a quoted field is not closed'],
  ])('names file and line for %s', (_name, text, message) => {
    expect(() => parseCitiesCsv(text)).toThrow(message)
  })

  it('readCities turns the error into a problem', () => {
    expect(readCities(`${HEADER}\nGent,BE,x,3.7,theme1`, 'my.csv')).toEqual({ cities: [], problems: ['my.csv line 2 (Gent): lat "x" is not a number'] })
  })
})
