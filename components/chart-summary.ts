/**
 * The description of a chart for screen readers and the PDF's /Alt (the `<desc>` of its
 * `<svg role="img">`): its type, its series, how many categories and the range of its
 * values, in the chart's language. The data themselves are in the table that follows.
 */
import type { ChartData } from './chart-data'
import { formatNumber, formatPercent } from './chart-data'
import { sharesOf } from './chart-layout'
import { ui } from './i18n'

/** Smallest and largest value as the chart's language writes them; shares (0–100) as percentages. */
export function chartRange(data: ChartData, lang: string): { min: string, max: string } {
  const values = (data.type === 'share' ? sharesOf(data) : data.series.map(s => s.values)).flat()
  if (!values.length)
    throw new Error(`Chart "${data.title}" has no values`)
  const format = (v: number) => data.type === 'share' ? formatPercent(v, lang) : formatNumber(v, lang)
  return { min: format(Math.min(...values)), max: format(Math.max(...values)) }
}

/** The chart's summary, e.g. "Kolomdiagram: 2 reeksen (2000, 2024) over 3 categorieën, waarden van 0,4 tot 17,9 miljoen. …". */
export function chartSummary(data: ChartData, lang: string): string {
  const { min, max } = chartRange(data, lang)
  return ui(lang).chartSummary(data.type, data.stacked, data.series.map(s => s.label), data.categories.length, { min, max, unit: data.type === 'share' ? undefined : data.unit })
}
