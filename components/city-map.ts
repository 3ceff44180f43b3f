/**
 * CityMap data: input validation, the (build-time fitted)
 * Mercator projection and the marker shapes. Label placement is in map-labels.ts.
 */
import type { MapCity } from './cities-csv'
import type { PlacedLabel, Rect } from './map-labels'
import type { Problems } from './validate'
import { CITIES_FILE } from './cities-csv'
import { COUNTRIES, MAP } from './city-map-geometry'
import { currentLang, ui } from './i18n'
import { placeLabels } from './map-labels'
import { textWidth } from './text-wrap'
import { describe, isNonEmptyString, isRecord } from './validate'

/** Marker per shown group: shape and colour both differ, so print in grey still works. */
export const MARKERS = [
  { shape: 'circle', color: 'var(--bx-primary)' },
  { shape: 'square', color: 'var(--bx-accent)' },
  { shape: 'diamond', color: 'var(--bx-teal)' },
  { shape: 'triangle', color: 'var(--bx-muted)' },
] as const

export type MarkerShape = typeof MARKERS[number]['shape']

/** Projects lon/lat (degrees) to map units: the Mercator projection fitted at build time. */
export function project(lon: number, lat: number): [number, number] {
  const lambda = lon * Math.PI / 180
  const phi = lat * Math.PI / 180
  return [
    MAP.translate[0] + MAP.scale * lambda,
    MAP.translate[1] - MAP.scale * Math.log(Math.tan((Math.PI / 2 + phi) / 2)),
  ]
}

/** Whether a point lies on the map, at least `margin` units from its edge. */
export function onMap(lon: number, lat: number, margin = 6): boolean {
  const [x, y] = project(lon, lat)
  return x >= margin && x <= MAP.width - margin && y >= margin && y <= MAP.height - margin
}

const RE_PARENTHESIS = /\s*\(.*\)\s*$/

/** The label shown on the map: without the parenthesised part ("Brussel (…)" -> "Brussel"). */
export function shortName(name: string): string {
  return name.replace(RE_PARENTHESIS, '').trim() || name
}

/** The props of <CityMap>. */
export interface CityMapProps {
  /** City groups of data/cities.csv to show, e.g. ['theme1'] (or one as text). */
  groups: string[] | string
  /** Legend label per group. */
  legend?: Record<string, string>
  /** Accessible name of the map (the SVG's title). */
  title?: string
  /** Cities to use instead of data/cities.csv. */
  cities?: MapCity[]
}

export interface CityMapInput {
  groups: unknown
  legend?: unknown
  cities?: unknown
}

/** `groups` as written in markdown: an array, or one group name as text. */
export function toGroupList(groups: unknown): string[] | undefined {
  if (typeof groups === 'string')
    return groups.split(',').map(g => g.trim()).filter(Boolean)
  if (Array.isArray(groups) && groups.every(g => typeof g === 'string'))
    return groups
  return undefined
}

export function validateCityMap(input: CityMapInput, csv: { cities: MapCity[], problems: Problems }): Problems {
  const problems: Problems = []
  let cities: MapCity[] = csv.cities
  if (input.cities !== undefined) {
    cities = []
    if (!Array.isArray(input.cities) || input.cities.length === 0) {
      problems.push(`"cities" must be a non-empty array, got ${describe(input.cities)}`)
    }
    else {
      input.cities.forEach((city, i) => {
        const where = `cities[${i}]`
        if (!isRecord(city)) {
          problems.push(`${where} must be an object, got ${describe(city)}`)
          return
        }
        const label = isNonEmptyString(city.name) ? `${where} "${city.name}"` : where
        const before = problems.length
        if (!isNonEmptyString(city.name))
          problems.push(`${where}.name is missing or empty`)
        if (!isNonEmptyString(city.country))
          problems.push(`${label}: country is missing or empty`)
        for (const axis of ['lat', 'lon'] as const) {
          if (typeof city[axis] !== 'number' || !Number.isFinite(city[axis]))
            problems.push(`${label}: ${axis} must be a number, got ${describe(city[axis])}`)
        }
        if (!Array.isArray(city.groups) || city.groups.length === 0 || !city.groups.every(isNonEmptyString))
          problems.push(`${label}: groups must be a non-empty list of group names`)
        if (problems.length === before) {
          const c = city as unknown as MapCity
          if (!onMap(c.lon, c.lat))
            problems.push(`${label}: ${c.lat}° N, ${c.lon}° E lies outside the map (${MAP.bounds.south.toFixed(1)}–${MAP.bounds.north.toFixed(1)}° N, ${MAP.bounds.west.toFixed(1)}–${MAP.bounds.east.toFixed(1)}° E)`)
          else
            cities.push(c)
        }
      })
    }
  }
  else {
    problems.push(...csv.problems)
    for (const c of csv.cities) {
      if (!onMap(c.lon, c.lat))
        problems.push(`${CITIES_FILE}: ${c.name} lies outside the map; regenerate the geometry (npx tsx scripts/city-map-geometry.ts)`)
    }
  }

  const groups = toGroupList(input.groups)
  if (!groups || groups.length === 0) {
    problems.push(`"groups" must list at least one city group, got ${describe(input.groups)}`)
  }
  else if (cities.length) {
    const known = [...new Set(cities.flatMap(c => c.groups))]
    for (const g of groups) {
      if (!known.includes(g))
        problems.push(`unknown group "${g}" (known: ${known.join(', ')})`)
    }
    if (groups.length > MARKERS.length)
      problems.push(`"groups" lists ${groups.length} groups; at most ${MARKERS.length} have distinct markers`)
  }

  if (input.legend !== undefined) {
    if (!isRecord(input.legend)) {
      problems.push(`"legend" must be an object of group → label, got ${describe(input.legend)}`)
    }
    else {
      for (const [key, label] of Object.entries(input.legend)) {
        if (!isNonEmptyString(label))
          problems.push(`legend["${key}"] must be a non-empty text`)
      }
    }
  }
  return problems
}

/** SVG path of a marker of radius r centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (n: number) => Math.round(n * 10) / 10
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0z`
    case 'square': {
      const s = r * 0.9
      return `M${f(x - s)},${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}z`
    }
    case 'diamond': {
      const s = r * 1.25
      return `M${f(x)},${f(y - s)}L${f(x + s)},${f(y)}L${f(x)},${f(y + s)}L${f(x - s)},${f(y)}z`
    }
    case 'triangle': {
      const s = r * 1.3
      return `M${f(x)},${f(y - s)}L${f(x + s * 0.95)},${f(y + s * 0.7)}L${f(x - s * 0.95)},${f(y + s * 0.7)}z`
    }
  }
}

/** Country names drawn on the map (Dutch here; in the deck's language from ui().mapCountries), at a fixed position inside each country. */
export const COUNTRY_LABELS = [
  { iso: 'NL', label: 'NEDERLAND', lon: 5.75, lat: 52.72 },
  { iso: 'BE', label: 'BELGIË', lon: 4.95, lat: 50.18 },
  { iso: 'LU', label: 'LUX.', lon: 6.13, lat: 49.78 },
  { iso: 'DE', label: 'DUITSLAND', lon: 8.05, lat: 50.55 },
  { iso: 'FR', label: 'FRANKRIJK', lon: 3.85, lat: 49.72 },
] as const

export { COUNTRIES, MAP }

export interface MapPoint {
  city: MapCity
  x: number
  y: number
  /** One marker per shown group the city belongs to, first group on top. */
  markers: (typeof MARKERS[number])[]
  label: PlacedLabel & { text: string }
}

export interface CityMapLayout {
  points: MapPoint[]
  countryLabels: { label: string, x: number, y: number }[]
}

/** Sizes in map units, for a map drawn 1:1 (380 px wide); layoutCityMap takes others. */
export const LABEL_SIZE = 16
export const COUNTRY_LABEL_SIZE = 16
export const COUNTRY_LABEL_SPACING = 1.6
export const MARKER_RADIUS = 4

export interface CityMapSizes {
  /** City label size in map units. */
  labelSize?: number
  countryLabelSize?: number
}

/**
 * The label sizes in map units for a map drawn `widthPx` wide, so that labels render at
 * `labelPx` on the slide canvas whatever the map's size.
 */
export function mapSizes(widthPx: number | undefined, labelPx = LABEL_SIZE): Required<CityMapSizes> {
  const scale = widthPx && widthPx > 0 ? widthPx / MAP.width : 1
  return { labelSize: labelPx / scale, countryLabelSize: labelPx / scale }
}

/** Cities of the shown groups, projected, with markers and non-overlapping labels (leader lines where crowded). */
export function layoutCityMap(cities: MapCity[], groups: string[], sizes: CityMapSizes = {}, lang: string = currentLang()): CityMapLayout & Required<CityMapSizes> {
  const labelSize = sizes.labelSize ?? LABEL_SIZE
  const countrySize = sizes.countryLabelSize ?? COUNTRY_LABEL_SIZE
  const shown = cities.filter(c => c.groups.some(g => groups.includes(g)))
  const names = ui(lang).mapCountries
  const countryLabels = COUNTRY_LABELS.map((c) => {
    const [x, y] = project(c.lon, c.lat)
    return { label: names[c.iso] ?? c.label, x, y }
  })
  const obstacles: Rect[] = countryLabels.map((c) => {
    const w = textWidth(c.label, countrySize) + c.label.length * COUNTRY_LABEL_SPACING
    return { x: c.x - w / 2, y: c.y - countrySize * 0.6, w, h: countrySize * 1.2 }
  })
  const requests = shown.map((city, i) => {
    const [x, y] = project(city.lon, city.lat)
    return { id: String(i), x, y, w: textWidth(shortName(city.name), labelSize) + 2, h: labelSize * 1.1 }
  })
  const labels = placeLabels(requests, {
    bounds: { x: 2, y: 2, w: MAP.width - 4, h: MAP.height - 4 },
    pointRadius: MARKER_RADIUS + 1,
    obstacles,
  })
  const points = shown.map((city, i) => ({
    city,
    x: requests[i].x,
    y: requests[i].y,
    markers: groups.map((g, k) => city.groups.includes(g) ? MARKERS[k] : undefined).filter(m => m !== undefined),
    label: { ...labels[i], text: shortName(city.name) },
  }))
  return { points, countryLabels, labelSize, countryLabelSize: countrySize }
}

export type { MapCity }
