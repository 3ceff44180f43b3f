/**
 * Data, validation and number formats of <Chart>: the props as written in a slide (labels
 * as text or `{ nl, fr }`, values as numbers or numeric text), the problems `check` reports
 * (naming the series and the row), and the data in the build's language.
 */
import type { ChartSeriesInput } from './chart-source'
import type { ClicksProp } from './clicks'
import type { Translations } from './i18n'
import type { Problems } from './validate'
import { validateClicks } from './clicks'
import { currentLang, formatDay, isTranslations, pickText } from './i18n'
import { describe, isNonEmptyString, isRecord, requireArray, toNumber } from './validate'

/** A label in one language or in several: `'Brussel'` or `{ nl: 'Brussel', fr: 'Bruxelles' }`. */
export type ChartText = string | Translations

export const CHART_TYPES = ['column', 'bar', 'line', 'share'] as const
/** column: vertical bars; bar: horizontal bars; line: series over time; share: 100 % horizontal bars. */
export type ChartType = typeof CHART_TYPES[number]

export interface ChartSeries {
  label: ChartText
  /** One value per category, in the order of `categories`. */
  values: (number | string)[]
}

/** A reference line or highlighted value: `{ value: 3, label: { nl: 'doel', fr: 'objectif' } }` (a share chart's value is a percentage). */
export interface ChartReference {
  value: number | string
  label?: ChartText
}

/** The props of <Chart> besides its data. */
export interface ChartOptions {
  type: ChartType
  /** The accessible name of the chart and the caption of its data table. */
  title: ChartText
  /** column and bar: series on top of each other instead of side by side. */
  stacked?: boolean | string
  /** The values' unit, shown above the value axis: `'%'`, `{ nl: 'mln euro', fr: 'mio euros' }`. */
  unit?: ChartText
  /** The source line under the chart: `'Statbel, CBS, STATEC (2024)'`. */
  source?: ChartText
  /** Height of the drawing in canvas px (default 260). */
  height?: number | string
  /** `clicks`: the series appear one per click (components/clicks.ts); print shows them all. */
  clicks?: ClicksProp
  /** One reference line (or a list of up to three), drawn across the plot and labelled. */
  reference?: ChartReference | ChartReference[]
}

export interface ChartProps extends ChartOptions {
  /** Category labels (years, cities…); a number (a year) is shown as written, ISO days such as `2008-06-17` read "17 juni 2008". */
  categories: (ChartText | number)[]
  /** One to four series. */
  series: ChartSeries[]
}

/**
 * The props as a slide writes them: ChartProps, or the data from a file beside the deck
 * (chart-source.ts): `src="data/commuters.csv" x="jaar" :series="['BE→NL', 'NL→BE']"`.
 */
export interface ChartInput extends ChartOptions {
  categories?: (ChartText | number)[]
  series?: ChartSeriesInput[]
  /** A .csv or .json file in the deck's data/ folder. */
  src?: string
  /** The column of `src` that holds the categories (default: the first). */
  x?: string
}

export interface ChartData {
  type: ChartType
  title: string
  categories: string[]
  series: { label: string, values: number[] }[]
  stacked: boolean
  unit?: string
  source?: string
  height: number
  /** Reference lines (chartData always sets it; layout tests may leave it out). */
  references?: { value: number, label: string }[]
}

export const MAX_REFERENCES = 3

export const MAX_SERIES = 4
export const DEFAULT_HEIGHT = 260
/** The most categories a column or line chart carries (labels thin out before that, see chart-layout.ts). */
export const MAX_CATEGORIES = 24
/** A horizontal bar needs this many px per category for its 18 px label. */
export const BAR_ROW_MIN = 26

const RE_ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

function isText(value: unknown): value is ChartText {
  return isNonEmptyString(value) || isTranslations(value)
}

export function textIn(value: ChartText, lang: string = currentLang()): string {
  return typeof value === 'string' ? value : pickText(value, lang, ['nl'])
}

/** A category label in `lang`: an ISO day as "17 juni 2008" / "17 juin 2008", anything else as written. */
export function categoryText(value: ChartText | number, lang: string = currentLang()): string {
  const text = typeof value === 'number' ? String(value) : textIn(value, lang)
  const day = RE_ISO_DAY.exec(text)
  return day ? formatDay(Number(day[3]), Number(day[2]), Number(day[1]), lang) : text
}

function isStacked(value: unknown): boolean {
  return value === true || (typeof value === 'string' && ['', 'true'].includes(value.trim().toLowerCase()))
}

function heightOf(value: unknown): number | undefined {
  return value === undefined ? DEFAULT_HEIGHT : toNumber(value)
}

/** How many category rows a horizontal chart of `height` px carries (its axis takes about 56 px). */
export function maxBarRows(height: number): number {
  return Math.floor((height - 56) / BAR_ROW_MIN)
}

export function validateChart(props: Partial<Record<keyof ChartProps, unknown>>, lang: string = currentLang()): Problems {
  const problems: Problems = []
  const type = props.type
  if (!(CHART_TYPES as readonly unknown[]).includes(type))
    problems.push(`"type" must be one of ${CHART_TYPES.join(', ')}, got ${describe(type)}`)
  if (!isText(props.title))
    problems.push(`"title" is missing (the chart's accessible name), got ${describe(props.title)}`)
  for (const field of ['unit', 'source'] as const) {
    if (props[field] !== undefined && !isText(props[field]))
      problems.push(`"${field}" must be text or { nl, fr }, got ${describe(props[field])}`)
  }
  if (props.stacked !== undefined && typeof props.stacked !== 'boolean' && !(typeof props.stacked === 'string' && ['', 'true', 'false'].includes(props.stacked.trim().toLowerCase())))
    problems.push(`"stacked" must be true or false, got ${describe(props.stacked)}`)
  const stacked = isStacked(props.stacked)
  if (stacked && (type === 'line' || type === 'share'))
    problems.push(`"stacked" is for column and bar charts; a ${type} chart cannot be stacked`)
  problems.push(...validateClicks(props.clicks))
  referencesOf(props.reference).forEach((r, i) => {
    const name = Array.isArray(props.reference) ? `reference[${i}]` : 'reference'
    if (!isRecord(r)) {
      problems.push(`"${name}" must be { value, label }, got ${describe(r)}`)
      return
    }
    const v = toNumber(r.value)
    if (v === undefined)
      problems.push(`${name}.value is ${describe(r.value)}, not a number`)
    else if (type === 'share' && (v < 0 || v > 100))
      problems.push(`${name}.value ${v} is outside 0–100: a share chart's reference is a percentage`)
    if (r.label !== undefined && !isText(r.label))
      problems.push(`${name}.label must be text or { nl, fr }, got ${describe(r.label)}`)
  })
  if (Array.isArray(props.reference) && props.reference.length > MAX_REFERENCES)
    problems.push(`"reference" has ${props.reference.length} lines; a chart stays readable with at most ${MAX_REFERENCES}`)
  const height = heightOf(props.height)
  if (height === undefined || height < 120 || height > 520)
    problems.push(`"height" must be a number of px from 120 to 520, got ${describe(props.height)}`)

  let categoryCount: number | undefined
  const categories: string[] = []
  if (requireArray(props.categories, 'categories', problems)) {
    categoryCount = props.categories.length
    props.categories.forEach((c, i) => {
      const ok = isText(c) || (typeof c === 'number' && Number.isFinite(c))
      if (!ok)
        problems.push(`categories[${i}] must be text, a number or { nl, fr }, got ${describe(c)}`)
      categories.push(ok ? categoryText(c, lang) : `#${i + 1}`)
    })
    const horizontal = type === 'bar' || type === 'share'
    const max = horizontal && height !== undefined ? maxBarRows(height) : MAX_CATEGORIES
    if (categoryCount > max)
      problems.push(`${categoryCount} categories are more than a ${type} chart${horizontal ? ` ${height} px high` : ''} can label at 18 px (at most ${max})${horizontal ? '; raise "height" or show fewer' : ''}`)
  }
  if (requireArray(props.series, 'series', problems)) {
    if (props.series.length > MAX_SERIES)
      problems.push(`"series" has ${props.series.length} series; a chart stays readable with at most ${MAX_SERIES}`)
    props.series.forEach((s, i) => {
      const name = isRecord(s) && isText(s.label) ? `series[${i}] "${textIn(s.label, lang)}"` : `series[${i}]`
      if (!isRecord(s)) {
        problems.push(`${name} must be an object with label and values`)
        return
      }
      if (!isText(s.label))
        problems.push(`${name}.label is missing (text or { nl, fr })`)
      if (!Array.isArray(s.values)) {
        problems.push(`${name}.values is missing (a list of numbers)`)
        return
      }
      if (categoryCount !== undefined && s.values.length !== categoryCount)
        problems.push(`${name} has ${s.values.length} value${s.values.length === 1 ? '' : 's'}, "categories" has ${categoryCount}: every series needs one value per category`)
      s.values.forEach((v, j) => {
        const row = categories[j] !== undefined ? ` (row "${categories[j]}")` : ''
        const n = toNumber(v)
        if (n === undefined)
          problems.push(`${name} values[${j}]${row} is ${describe(v)}, not a number`)
        else if (n < 0 && (stacked || type === 'share'))
          problems.push(`${name} values[${j}]${row} is ${n}: a ${type === 'share' ? 'share' : 'stacked'} chart cannot show negative values`)
      })
    })
  }
  if (type === 'share' && categoryCount !== undefined && Array.isArray(props.series) && !problems.length) {
    for (let j = 0; j < categoryCount; j++) {
      const total = props.series.reduce((sum: number, s) => sum + (toNumber((s as ChartSeries).values[j]) ?? 0), 0)
      if (total <= 0)
        problems.push(`row "${categories[j]}" adds up to 0: a share chart needs a positive total per category`)
    }
  }
  return problems
}

/** The props of a valid chart (validateChart gave no problems) in `lang`. */
export function chartData(props: ChartProps, lang: string = currentLang()): ChartData {
  return {
    type: props.type,
    title: textIn(props.title, lang),
    categories: props.categories.map(c => categoryText(c, lang)),
    series: props.series.map(s => ({ label: textIn(s.label, lang), values: s.values.map(v => toNumber(v)!) })),
    stacked: isStacked(props.stacked),
    unit: props.unit === undefined ? undefined : textIn(props.unit, lang),
    source: props.source === undefined ? undefined : textIn(props.source, lang),
    height: heightOf(props.height)!,
    references: referencesOf(props.reference).map(r => ({ value: toNumber(r.value)!, label: r.label === undefined ? '' : textIn(r.label, lang) })),
  }
}

function referencesOf<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

// ---------------------------------------------------------------------------------------
// Numbers per language.

/** The Intl locale of a deck language: Belgian Dutch and French (1.234,5 and 1 234,5). */
export function numberLocale(lang: string = currentLang()): string {
  return lang === 'fr' ? 'fr-BE' : 'nl-BE'
}

/** `value` with `decimals` decimals (default: as many as it has, at most 2), grouped per language. */
export function formatNumber(value: number, lang: string = currentLang(), decimals?: number): string {
  const d = decimals ?? Math.min(2, decimalsOf(value))
  return new Intl.NumberFormat(numberLocale(lang), { minimumFractionDigits: d, maximumFractionDigits: d }).format(value)
}

/** `value` (0–100) as a percentage: "42 %" in French, "42%" in Dutch. */
export function formatPercent(value: number, lang: string = currentLang(), decimals = 0): string {
  return new Intl.NumberFormat(numberLocale(lang), { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value / 100)
}

/** How many decimals a number has as written (0.25 -> 2, 1200 -> 0), ignoring float noise. */
export function decimalsOf(value: number): number {
  const text = String(Number(value.toFixed(10)))
  const dot = text.indexOf('.')
  return dot < 0 ? 0 : text.length - dot - 1
}

/** The decimals tick labels need: the most any of the ticks has (ticks 0, 0.5, 1 -> 1). */
export function tickDecimals(ticks: number[]): number {
  return Math.max(0, ...ticks.map(decimalsOf))
}
