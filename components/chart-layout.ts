/**
 * Geometry of <Chart>: scales with nice ticks, bars (grouped, stacked, 100 %), lines with
 * markers, category labels thinned to what fits, direct series labels where they fit (a
 * legend otherwise) and value labels. Pure: the component draws what this returns, at one
 * SVG unit per canvas px, so 18 here is 18 px on the slide.
 */
import type { ChartData } from './chart-data'
import type { MarkerShape } from './city-map'
import { max, min, sum } from 'd3-array'
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale'
import { line as d3line } from 'd3-shape'
import { decimalsOf, formatNumber, formatPercent, tickDecimals } from './chart-data'
import { markerPath, MARKERS } from './city-map'

/** Every text of the chart: the theme's minimum size (styles/theme.css --bx-size-min). */
export const FONT = 18
export const LINE_GAP = 22
/** Width of a text in Source Sans 3 at `size`, a little wide so that what is judged to fit does. */
export function textWidth(text: string, size = FONT): number {
  return text.length * size * 0.54
}

export interface Box { x0: number, x1: number, y0: number, y1: number }
export interface Tick { value: number, label: string, pos: number }
export interface Label { text: string, x: number, y: number, anchor: 'start' | 'middle' | 'end' }
export interface Bar { series: number, category: number, x: number, y: number, w: number, h: number, value: number }
export interface Segment { label: Label, box: { x: number, y: number, width: number, height: number } }
export interface ValueLabel extends Segment { series: number }
/** A reference line across the plot at `value`, with its label on a chip. */
export interface ReferenceLine { value: number, line: { x1: number, y1: number, x2: number, y2: number }, chip: Segment }
export interface ChartLine { series: number, d: string, markers: string[] }

export interface ChartLayout {
  width: number
  height: number
  plot: Box
  /** Values run up (column, line) or to the right (bar, share). */
  horizontal: boolean
  ticks: Tick[]
  /** Where the value axis is 0 (the baseline bars grow from). */
  zero: number
  unit?: Label
  categoryLabels: Label[]
  bars: Bar[]
  lines: ChartLine[]
  /** Series names beside their bars or line ends; empty when a legend shows them. */
  seriesLabels: (Label & { series: number })[]
  /** Values on a chip beside or inside their bar, where they fit. */
  valueLabels: ValueLabel[]
  references: ReferenceLine[]
  legend: boolean
}

export interface SeriesStyle { shape: MarkerShape, color: string, pattern: number }

/** Colour (≥ 3:1 against the paper, styles/contrast.test.ts), marker and fill pattern of series i. */
export function seriesStyle(i: number): SeriesStyle {
  const m = MARKERS[i % MARKERS.length]!
  return { shape: m.shape, color: m.color, pattern: i }
}

/**
 * Positions for labels that want to sit at `targets` (e.g. line ends), at least `gap`
 * apart and within [lo, hi]: pushed apart in order, then pulled back inside. Undefined
 * when they cannot all fit.
 */
export function spreadLabels(targets: number[], gap: number, lo: number, hi: number): number[] | undefined {
  if (targets.length * gap - gap > hi - lo)
    return undefined
  const order = targets.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t)
  const pos = order.map(o => Math.min(hi, Math.max(lo, o.t)))
  for (let k = 1; k < pos.length; k++)
    pos[k] = Math.max(pos[k]!, pos[k - 1]! + gap)
  if (pos.length && pos.at(-1)! > hi) {
    pos[pos.length - 1] = hi
    for (let k = pos.length - 2; k >= 0; k--)
      pos[k] = Math.min(pos[k]!, pos[k + 1]! - gap)
  }
  const out: number[] = []
  order.forEach((o, k) => (out[o.i] = pos[k]!))
  return out
}

/** Every how many categories a label fits, when each takes `step` px along the axis: 1 shows all. */
export function labelEvery(texts: string[], step: number, pad = 10): number {
  const widest = Math.max(0, ...texts.map(t => textWidth(t)))
  return Math.max(1, Math.ceil((widest + pad) / Math.max(1, step)))
}

/** The value domain: 0 to the largest bar or stack (and down to the lowest value, when negative); 0–100 for shares. */
export function valueDomain(data: ChartData): [number, number] {
  if (data.type === 'share')
    return [0, 100]
  const [lo, hi] = dataDomain(data)
  // Reference lines lie inside the plot.
  const refs = (data.references ?? []).map(r => r.value)
  return [Math.min(lo, ...refs), Math.max(hi, ...refs)]
}

function dataDomain(data: ChartData): [number, number] {
  const n = data.categories.length
  const all = data.series.flatMap(s => s.values)
  if (data.stacked) {
    const totals = Array.from({ length: n }, (_, j) => sum(data.series, s => s.values[j]!))
    return [0, max(totals) ?? 1]
  }
  const lo = min(all) ?? 0
  const hi = max(all) ?? 1
  // A line whose values all lie far above 0 keeps its shape; bars always start at 0.
  if (data.type === 'line' && lo > 0 && lo > hi / 2)
    return [lo, hi]
  return [Math.min(0, lo), Math.max(0, hi, lo === hi && hi === 0 ? 1 : 0)]
}

/** Shares of each category in %, per series: value / category total. */
export function sharesOf(data: ChartData): number[][] {
  const totals = data.categories.map((_, j) => sum(data.series, s => s.values[j]!))
  return data.series.map(s => s.values.map((v, j) => v / totals[j]! * 100))
}

function valueText(v: number, data: ChartData, lang: string, decimals: number): string {
  return data.type === 'share' ? formatPercent(v, lang) : formatNumber(v, lang, decimals)
}

/** A reference line's label: "doel: 3" / "objectif : 3" (the value as the axis writes it). */
export type ReferenceText = (label: string, value: string) => string

export function layoutChart(data: ChartData, width: number, lang: string, referenceText: ReferenceText = (l, v) => l ? `${l}: ${v}` : v): ChartLayout {
  const height = data.height
  const horizontal = data.type === 'bar' || data.type === 'share'
  const values = data.type === 'share' ? sharesOf(data) : data.series.map(s => s.values)
  const n = data.categories.length
  const multi = data.series.length > 1
  const stackedLike = data.stacked || data.type === 'share'

  const scale = scaleLinear().domain(valueDomain(data))
  const unitRow = data.unit ? LINE_GAP + 14 : 10
  const valueDecimals = Math.min(2, Math.max(0, ...values.flat().map(v => data.type === 'share' ? 0 : (String(v).split('.')[1]?.length ?? 0))))

  // Direct series labels: line ends and the side of the last stacked column; a legend otherwise.
  const wantsEndLabels = multi && (data.type === 'line' || (data.type === 'column' && data.stacked))
  const endLabelWidth = Math.max(0, ...data.series.map(s => textWidth(s.label))) + 12
  let useEndLabels = wantsEndLabels && endLabelWidth <= width * 0.34

  // The plot box: tick labels left (vertical) or category labels left (horizontal).
  const plot: Box = { x0: 0, x1: width - 10, y0: unitRow, y1: height - 30 }
  let tickCount = 5
  const tickLabels = () => {
    scale.range(horizontal ? [plot.x0, plot.x1] : [plot.y1, plot.y0]).nice(tickCount)
    const list = scale.ticks(tickCount)
    const decimals = tickDecimals(list)
    return list.map(v => ({ value: v, label: valueText(v, data, lang, decimals), pos: scale(v) }))
  }
  if (horizontal) {
    const widest = Math.max(...data.categories.map(c => textWidth(c)))
    plot.x0 = Math.min(widest + 10, width * 0.42)
    plot.x1 = width - 14
    // A row above the bars for the labels of reference lines.
    plot.y0 = unitRow + (data.references?.length ? LINE_GAP : 0)
    plot.y1 = height - 28
    tickCount = Math.max(2, Math.floor((plot.x1 - plot.x0) / 80))
    // The last tick label is centred on the plot's end: keep its right half inside.
    plot.x1 = width - Math.max(6, textWidth(tickLabels().at(-1)?.label ?? '') / 2 + 2)
  }
  else {
    tickCount = Math.max(2, Math.floor((plot.y1 - plot.y0) / 50))
    const probe = tickLabels()
    plot.x0 = Math.max(...probe.map(t => textWidth(t.label))) + 10
    // Room above the tallest bar for its value.
    if (!multi && data.type === 'column')
      plot.y0 = unitRow + LINE_GAP
    plot.x1 = width - (useEndLabels ? endLabelWidth : data.type === 'line' ? 16 : 6)
  }
  const ticks = tickLabels()
  const zero = scale(Math.max(scale.domain()[0]!, 0))
  // A share chart's ticks say % themselves.
  const unit: Label | undefined = data.unit ? { text: data.unit, x: horizontal ? plot.x1 : 0, y: FONT, anchor: horizontal ? 'end' : 'start' } : undefined

  const bars: Bar[] = []
  const lines: ChartLine[] = []
  const categoryLabels: Label[] = []
  const valueLabels: ValueLabel[] = []
  const seriesLabels: ChartLayout['seriesLabels'] = []

  if (data.type === 'line') {
    const x = scalePoint<number>().domain(Array.from({ length: n }, (_, j) => j)).range([plot.x0 + 12, plot.x1 - 4]).padding(0)
    const every = labelEvery(data.categories, n > 1 ? x.step() : plot.x1 - plot.x0)
    // The last category is labelled; the thinning counts back from it.
    data.categories.forEach((c, j) => {
      if ((n - 1 - j) % every === 0)
        categoryLabels.push({ text: c, x: x(j)!, y: plot.y1 + FONT + 6, anchor: 'middle' })
    })
    const path = d3line<number>().x((_, j) => x(j)!).y(v => scale(v))
    values.forEach((vs, i) => {
      const style = seriesStyle(i)
      lines.push({ series: i, d: path(vs) ?? '', markers: vs.map((v, j) => markerPath(style.shape, x(j)!, scale(v), 4.5)) })
    })
    if (useEndLabels) {
      const placed = spreadLabels(values.map(vs => scale(vs.at(-1)!)), LINE_GAP, plot.y0, plot.y1)
      if (placed)
        data.series.forEach((s, i) => seriesLabels.push({ series: i, text: s.label, x: x(n - 1)! + 10, y: placed[i]!, anchor: 'start' }))
      else
        useEndLabels = false
    }
  }
  else {
    const band = scaleBand<number>().domain(Array.from({ length: n }, (_, j) => j)).range(horizontal ? [plot.y0, plot.y1] : [plot.x0, plot.x1]).paddingInner(horizontal ? 0.3 : 0.28).paddingOuter(0.12)
    const inner = scaleBand<number>().domain(stackedLike ? [0] : data.series.map((_, i) => i)).range([0, band.bandwidth()]).paddingInner(0.08)
    for (let j = 0; j < n; j++) {
      let base = 0
      values.forEach((vs, i) => {
        const v = vs[j]!
        const from = stackedLike ? base : 0
        const to = from + v
        base = to
        const a = scale(Math.min(from, to))
        const b = scale(Math.max(from, to))
        const off = band(j)! + inner(stackedLike ? 0 : i)!
        const bar: Bar = horizontal
          ? { series: i, category: j, x: a, y: off, w: b - a, h: inner.bandwidth(), value: v }
          : { series: i, category: j, x: off, y: b, w: inner.bandwidth(), h: a - b, value: v }
        bars.push(bar)
        const text = valueText(v, data, lang, valueDecimals)
        const chipW = textWidth(text) + 8
        if (stackedLike) {
          // Inside its segment, when the segment is wide and high enough.
          if (bar.w >= chipW + 4 && bar.h >= FONT + 6)
            valueLabels.push({ series: i, ...chip(text, bar.x + bar.w / 2, bar.y + bar.h / 2, 'middle') })
        }
        else if (!multi) {
          if (horizontal && plot.x1 - (bar.x + bar.w) >= chipW + 4)
            valueLabels.push({ series: i, ...chip(text, bar.x + bar.w + 4 + chipW / 2, bar.y + bar.h / 2, 'middle') })
          else if (horizontal && bar.w >= chipW + 4)
            valueLabels.push({ series: i, ...chip(text, bar.x + bar.w - 4 - chipW / 2, bar.y + bar.h / 2, 'middle') })
          else if (!horizontal && band.step() >= chipW && v >= 0)
            valueLabels.push({ series: i, ...chip(text, bar.x + bar.w / 2, bar.y - FONT / 2 - 5, 'middle') })
        }
      })
    }
    if (horizontal) {
      data.categories.forEach((c, j) => categoryLabels.push({ text: c, x: plot.x0 - 8, y: band(j)! + band.bandwidth() / 2, anchor: 'end' }))
    }
    else {
      const every = labelEvery(data.categories, band.step())
      data.categories.forEach((c, j) => {
        if ((n - 1 - j) % every === 0)
          categoryLabels.push({ text: c, x: band(j)! + band.bandwidth() / 2, y: plot.y1 + FONT + 6, anchor: 'middle' })
      })
    }
    if (useEndLabels) {
      const last = bars.filter(b => b.category === n - 1)
      const placed = spreadLabels(last.map(b => b.y + b.h / 2), LINE_GAP, plot.y0, plot.y1)
      if (placed)
        last.forEach((b, k) => seriesLabels.push({ series: b.series, text: data.series[b.series]!.label, x: b.x + b.w + 8, y: placed[k]!, anchor: 'start' }))
      else
        useEndLabels = false
    }
  }
  const references = (data.references ?? []).map((r): ReferenceLine => {
    const pos = scale(r.value)
    const text = referenceText(r.label, valueText(r.value, data, lang, Math.max(tickDecimals(ticks.map(t => t.value)), decimalsOf(r.value))))
    const w = textWidth(text) + 8
    if (horizontal) {
      // Its label in the row above the bars, beside the line, towards the plot's wider side.
      const right = pos + 4 + w <= plot.x1 || pos - plot.x0 < plot.x1 - pos
      return { value: r.value, line: { x1: pos, x2: pos, y1: plot.y0 - LINE_GAP + 2, y2: plot.y1 }, chip: chip(text, right ? pos + 4 + w / 2 : pos - 4 - w / 2, plot.y0 - LINE_GAP / 2, 'middle') }
    }
    // At the plot's right end, above the line (below it when the line runs along the top).
    const above = pos - FONT - 6 >= plot.y0 - LINE_GAP
    return { value: r.value, line: { x1: plot.x0, x2: plot.x1, y1: pos, y2: pos }, chip: chip(text, plot.x1 - w / 2, above ? pos - FONT / 2 - 4 : pos + FONT / 2 + 4, 'middle') }
  })
  return { width, height, plot, horizontal, ticks, zero, unit, categoryLabels, bars, lines, seriesLabels, valueLabels, references, legend: multi && !useEndLabels }
}

function chip(text: string, cx: number, cy: number, anchor: Label['anchor']): Segment {
  const w = textWidth(text) + 8
  const h = FONT + 4
  return { label: { text, x: cx, y: cy, anchor }, box: { x: cx - w / 2, y: cy - h / 2, width: w, height: h } }
}
