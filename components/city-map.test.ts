import type { MapCity } from './city-map'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { geoMercator } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { parseCitiesCsv } from './cities-csv'
import { COUNTRIES, COUNTRY_LABEL_SIZE, layoutCityMap, MAP, MARKER_RADIUS, markerPath, onMap, project, shortName, toGroupList, validateCityMap } from './city-map'
import { clarity, distanceToSegment, overlaps } from './map-labels'

const csvText = readFileSync(resolve(import.meta.dirname, '../data/cities.csv'), 'utf8')
const cities = parseCitiesCsv(csvText)
const csv = { cities, problems: [] }
const gent: MapCity = { name: 'Gent', country: 'BE', lat: 51.05, lon: 3.7167, groups: ['x'] }

describe('project', () => {
  it('matches d3-geo\'s Mercator with the generated scale and translate for every city', () => {
    const d3 = geoMercator().scale(MAP.scale).translate([...MAP.translate])
    for (const c of cities) {
      const [x, y] = project(c.lon, c.lat)
      const [ex, ey] = d3([c.lon, c.lat])!
      expect(x).toBeCloseTo(ex, 6)
      expect(y).toBeCloseTo(ey, 6)
    }
  })

  it('puts all 23 cities on the map, Steinheim in the east and Villers-la-Chèvre in the south', () => {
    expect(cities.every(c => onMap(c.lon, c.lat))).toBe(true)
    const east = cities.reduce((a, b) => project(a.lon, a.lat)[0] > project(b.lon, b.lat)[0] ? a : b)
    expect(east.name).toBe('Steinheim (Westfalen)')
    expect(onMap(10.5, 51)).toBe(false)
    expect(onMap(4, 48.5)).toBe(false)
  })

  it('has the five countries, Benelux emphasised', () => {
    expect(COUNTRIES.map(c => [c.iso, c.focus])).toEqual([['NL', true], ['BE', true], ['LU', true], ['DE', false], ['FR', false]])
    for (const c of COUNTRIES)
      expect(c.d.length).toBeGreaterThan(200)
  })
})

describe('helpers', () => {
  it.each([
    ['Brussel (Brussels Hoofdstedelijk Gewest)', 'Brussel'],
    ['Steinheim (Westfalen)', 'Steinheim'],
    ['Villers-la-Chèvre', 'Villers-la-Chèvre'],
  ])('shortName(%j) = %j', (name, short) => {
    expect(shortName(name)).toBe(short)
  })

  it.each([
    [['theme1'], ['theme1']],
    ['theme1', ['theme1']],
    ['theme1, benelux+', ['theme1', 'benelux+']],
    [[1], undefined],
    [undefined, undefined],
  ])('toGroupList(%j)', (input, list) => {
    expect(toGroupList(input)).toEqual(list)
  })

  it.each(['circle', 'square', 'diamond', 'triangle'] as const)('draws a closed %s marker', (shape) => {
    expect(markerPath(shape, 10, 10, 4)).toMatch(/^M.*z$/)
  })
})

describe('validateCityMap', () => {
  it.each([
    ['theme1', { groups: ['theme1'], legend: { theme1: 'Steden thema 1' } }, []],
    ['both groups', { groups: ['theme1', 'benelux+'] }, []],
    ['an unknown group', { groups: ['thema9'] }, ['unknown group "thema9" (known: theme1, benelux+)']],
    ['no groups', { groups: [] }, ['"groups" must list at least one city group, got an array']],
    ['groups missing', { groups: undefined }, ['"groups" must list at least one city group, got nothing']],
    ['a legend that is not an object', { groups: ['theme1'], legend: 'x' }, ['"legend" must be an object of group → label, got the text "x"']],
    ['an empty legend label', { groups: ['theme1'], legend: { theme1: '' } }, ['legend["theme1"] must be a non-empty text']],
    ['own cities', { groups: ['x'], cities: [gent] }, []],
    ['own cities, unknown group', { groups: ['theme1'], cities: [gent] }, ['unknown group "theme1" (known: x)']],
    ['a city off the map', { groups: ['x'], cities: [gent, { ...gent, name: 'Berlijn', lon: 13.4, lat: 52.5 }] }, [`cities[1] "Berlijn": 52.5° N, 13.4° E lies outside the map (${MAP.bounds.south.toFixed(1)}–${MAP.bounds.north.toFixed(1)}° N, ${MAP.bounds.west.toFixed(1)}–${MAP.bounds.east.toFixed(1)}° E)`]],
    ['a city without coordinates', { groups: ['x'], cities: [{ name: 'Gent', country: 'BE', lat: '51', groups: ['x'] }] }, ['cities[0] "Gent": lat must be a number, got the text "51"', 'cities[0] "Gent": lon must be a number, got nothing']],
    ['empty cities', { groups: ['x'], cities: [] }, ['"cities" must be a non-empty array, got an array']],
  ])('%s', (_name, input, problems) => {
    expect(validateCityMap(input, csv)).toEqual(problems)
  })

  it('passes on a malformed CSV as a problem naming file and line', () => {
    expect(validateCityMap({ groups: ['theme1'] }, { cities: [], problems: ['data/cities.csv line 4: expected 11 fields, found 10'] }))
      .toEqual(['data/cities.csv line 4: expected 11 fields, found 10'])
  })
})

describe('layoutCityMap on the real groups', () => {
  it.each([
    // Labels of 16 px: the crowded Randstad, Ruhr and Wallonia get leader lines.
    ['theme1', 3],
    ['benelux+', 5],
  ])('%s: labels sit beside their points, at most %i with a leader line', (group, leaders) => {
    const { points } = layoutCityMap(cities, [group])
    expect(points.filter(p => p.label.leader).length).toBeLessThanOrEqual(leaders)
  })

  it.each([
    ['theme1', 9],
    ['benelux+', 17],
  ])('%s: %i cities, no label overlaps a label, a marker or a country name, all inside the map', (group, count) => {
    const { points, countryLabels } = layoutCityMap(cities, [group])
    expect(points).toHaveLength(count)
    const r = MARKER_RADIUS + 1
    const countryBoxes = countryLabels.map(c => ({ x: c.x - 20, y: c.y - COUNTRY_LABEL_SIZE * 0.6, w: 40, h: COUNTRY_LABEL_SIZE * 1.2 }))
    for (const [i, a] of points.entries()) {
      const box = a.label.box
      expect(a.label.clear, `${a.city.name} found no free spot`).toBe(true)
      expect(box.x >= 0 && box.y >= 0 && box.x + box.w <= MAP.width && box.y + box.h <= MAP.height, `${a.city.name} leaves the map`).toBe(true)
      for (const b of points.slice(i + 1))
        expect(overlaps(box, b.label.box), `${a.city.name} overlaps ${b.city.name}`).toBe(false)
      for (const p of points)
        expect(overlaps(box, { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r }), `${a.city.name} covers ${p.city.name}`).toBe(false)
      for (const c of countryBoxes)
        expect(overlaps(box, c), `${a.city.name} covers a country name`).toBe(false)
      // Nobody reads a label as another city's: its near end is clearly nearer its own
      // point, or a leader line joins them without passing another point.
      const others = points.filter(p => p !== a)
      const leader = a.label.leader
      if (leader) {
        for (const p of others)
          expect(distanceToSegment(p, { x: leader.x1, y: leader.y1 }, { x: leader.x2, y: leader.y2 }), `${a.city.name}'s leader passes ${p.city.name}`).toBeGreaterThanOrEqual(r)
      }
      else {
        expect(clarity(box, a, others), `${a.city.name}'s label is ambiguous`).toBeGreaterThanOrEqual(2)
      }
    }
  })

  it('gives a city in two shown groups both markers, the first group on top', () => {
    const { points } = layoutCityMap(cities, ['theme1', 'benelux+'])
    expect(points).toHaveLength(23)
    expect(points.find(p => p.city.name === 'Antwerpen')!.markers.map(m => m.shape)).toEqual(['circle', 'square'])
    expect(points.find(p => p.city.name === 'Breda')!.markers.map(m => m.shape)).toEqual(['circle'])
    expect(points.find(p => p.city.name === 'Liège')!.markers.map(m => m.shape)).toEqual(['square'])
  })
})
