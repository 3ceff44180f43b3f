import type { ChartData } from './chart-data'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../styles/contrast'
import { palette } from '../styles/palette'
import { FONT, labelEvery, layoutChart, seriesStyle, sharesOf, spreadLabels, textWidth, valueDomain } from './chart-layout'

const NNBSP = '\u202F'

function data(over: Partial<ChartData>): ChartData {
  return {
    type: 'column',
    title: 't',
    categories: ['2010', '2015', '2020'],
    series: [{ label: 'Brussel', values: [1089, 1175, 1219] }],
    stacked: false,
    height: 260,
    ...over,
  }
}

const two = [{ label: 'Wallonië', values: [30, 40, 50] }, { label: 'Vlaanderen', values: [20, 20, 30] }]

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart where they want to be', () => {
    expect(spreadLabels([10, 100, 50], 20, 0, 200)).toEqual([10, 100, 50])
  })

  it('pushes close labels apart by the gap, in their order, and keeps them inside', () => {
    expect(spreadLabels([100, 105, 102], 20, 0, 200)).toEqual([100, 140, 120])
    expect(spreadLabels([195, 198], 20, 0, 200)).toEqual([180, 200])
  })

  it('gives up when they cannot fit', () => {
    expect(spreadLabels([1, 2, 3], 20, 0, 30)).toBeUndefined()
  })
})

describe('labelEvery', () => {
  it('labels every category when the widest fits its step, else every k-th', () => {
    expect(labelEvery(['2010', '2011'], 60)).toBe(1)
    const w = textWidth('2010') + 10
    expect(labelEvery(['2010'], w / 2)).toBe(2)
    expect(labelEvery(['2010'], w / 3 + 0.1)).toBe(3)
  })
})

describe('valueDomain and nice ticks', () => {
  it('starts bars at 0 and stacks at 0 up to the largest total', () => {
    expect(valueDomain(data({}))).toEqual([0, 1219])
    expect(valueDomain(data({ series: two, stacked: true }))).toEqual([0, 80])
    expect(valueDomain(data({ series: [{ label: 'x', values: [-5, 10, 3] }] }))).toEqual([-5, 10])
  })

  it('lets a line far above 0 keep its shape; shares run 0–100', () => {
    expect(valueDomain(data({ type: 'line', series: [{ label: 'x', values: [80, 90, 100] }] }))).toEqual([80, 100])
    expect(valueDomain(data({ type: 'share', series: two }))).toEqual([0, 100])
  })

  it('has round ticks covering the data, labelled per language', () => {
    const nl = layoutChart(data({}), 440, 'nl')
    expect(nl.ticks.map(t => t.value)).toEqual([0, 500, 1000, 1500])
    expect(nl.ticks.at(-1)!.label).toBe('1.500')
    const fr = layoutChart(data({}), 440, 'fr')
    expect(fr.ticks.at(-1)!.label).toBe(`1${NNBSP}500`)
    // Ticks run from the bottom of the plot (0) upwards.
    expect(nl.ticks[0]!.pos).toBe(nl.plot.y1)
    expect(nl.ticks.at(-1)!.pos).toBeGreaterThanOrEqual(nl.plot.y0)
  })

  it('gives decimal ticks one decimal each', () => {
    const l = layoutChart(data({ series: [{ label: 'x', values: [0.4, 0.8, 1.2] }] }), 440, 'nl')
    expect(l.ticks.map(t => t.label)).toEqual(['0,0', '0,2', '0,4', '0,6', '0,8', '1,0', '1,2'])
  })

  it('labels a share axis in percent', () => {
    const l = layoutChart(data({ type: 'share', series: two }), 440, 'fr')
    expect(l.ticks.map(t => t.label)).toContain('100\u00A0%')
    expect(sharesOf(data({ series: two }))[0]).toEqual([60, 40 / 60 * 100, 50 / 80 * 100])
  })
})

describe('layoutChart', () => {
  it('draws one column per value, from the baseline up, with its value above it', () => {
    const l = layoutChart(data({}), 440, 'nl')
    expect(l.bars).toHaveLength(3)
    for (const b of l.bars)
      expect(b.y + b.h).toBeCloseTo(l.zero, 6)
    expect(l.valueLabels.map(v => v.label.text)).toEqual(['1.089', '1.175', '1.219'])
    expect(l.legend).toBe(false)
    expect(l.categoryLabels.map(c => c.text)).toEqual(['2010', '2015', '2020'])
  })

  it('groups series side by side without overlap, with a legend', () => {
    const l = layoutChart(data({ series: two }), 440, 'nl')
    const [a, b] = [l.bars.find(x => x.series === 0 && x.category === 0)!, l.bars.find(x => x.series === 1 && x.category === 0)!]
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.w)
    expect(l.legend).toBe(true)
    expect(l.seriesLabels).toEqual([])
  })

  it('stacks series on each other and labels them beside the last column', () => {
    const l = layoutChart(data({ series: two, stacked: true }), 440, 'nl')
    const [a, b] = [l.bars.find(x => x.series === 0 && x.category === 2)!, l.bars.find(x => x.series === 1 && x.category === 2)!]
    expect(b.y + b.h).toBeCloseTo(a.y, 6)
    expect(l.legend).toBe(false)
    expect(l.seriesLabels.map(s => s.text)).toEqual(['Wallonië', 'Vlaanderen'])
    expect(l.seriesLabels.every(s => s.x > a.x + a.w && s.x + textWidth(s.text) <= 440)).toBe(true)
  })

  it('falls back to a legend when the series names are too long to sit beside the chart', () => {
    const long = two.map(s => ({ ...s, label: `${s.label} en de rest van het land` }))
    const l = layoutChart(data({ series: long, stacked: true }), 440, 'nl')
    expect(l.legend).toBe(true)
    expect(l.seriesLabels).toEqual([])
  })

  it('ends lines with their names, spread apart at least a line of text', () => {
    const close = [{ label: 'A', values: [10, 20, 30] }, { label: 'B', values: [10, 20, 30.5] }]
    const l = layoutChart(data({ type: 'line', series: close }), 440, 'nl')
    expect(l.lines).toHaveLength(2)
    expect(l.lines[0]!.markers).toHaveLength(3)
    expect(Math.abs(l.seriesLabels[0]!.y - l.seriesLabels[1]!.y)).toBeGreaterThanOrEqual(FONT)
  })

  it('thins the labels of many narrow categories, keeping the last', () => {
    const categories = Array.from({ length: 20 }, (_, i) => String(2001 + i))
    const l = layoutChart(data({ type: 'line', categories, series: [{ label: 'x', values: categories.map((_, i) => i) }] }), 440, 'nl')
    const texts = l.categoryLabels.map(c => c.text)
    expect(texts.length).toBeLessThan(20)
    expect(texts.at(-1)).toBe('2020')
    for (let k = 1; k < l.categoryLabels.length; k++)
      expect(l.categoryLabels[k]!.x - l.categoryLabels[k - 1]!.x).toBeGreaterThanOrEqual(textWidth('2020'))
  })

  it('lays a share chart out as 100 % bars with percentages inside the segments that fit', () => {
    const l = layoutChart(data({ type: 'share', series: two }), 440, 'nl')
    expect(l.horizontal).toBe(true)
    const row = l.bars.filter(b => b.category === 0)
    expect(row[0]!.x).toBeCloseTo(l.plot.x0, 6)
    expect(row[1]!.x + row[1]!.w).toBeCloseTo(l.plot.x1, 6)
    expect(l.valueLabels.map(v => v.label.text)).toContain('60%')
    expect(l.unit).toBeUndefined()
    expect(l.plot.x1 + textWidth(l.ticks.at(-1)!.label) / 2).toBeLessThanOrEqual(440)
  })
})

describe('series styles', () => {
  it('have colours of at least 3:1 against the paper and different markers and patterns', () => {
    const styles = [0, 1, 2, 3].map(seriesStyle)
    for (const s of styles) {
      const name = s.color.match(/--bx-([\w-]+)/)![1] as keyof typeof palette
      expect(contrastRatio(palette[name], palette.paper)).toBeGreaterThanOrEqual(3)
    }
    expect(new Set(styles.map(s => s.shape)).size).toBe(4)
    expect(new Set(styles.map(s => s.color)).size).toBe(4)
    expect(new Set(styles.map(s => s.pattern)).size).toBe(4)
  })
})

describe('reference lines', () => {
  it('widen the value domain to take in their value', () => {
    expect(valueDomain(data({ references: [{ value: 2000, label: 'doel' }] }))).toEqual([0, 2000])
    expect(valueDomain(data({ type: 'line', references: [{ value: 900, label: '' }] }))).toEqual([900, 1219])
    expect(valueDomain(data({ type: 'share', references: [{ value: 50, label: '' }] }))).toEqual([0, 100])
  })

  it('run across a vertical chart at their value, labelled at the right end above the line, inside the plot', () => {
    const l = layoutChart(data({ references: [{ value: 1000, label: 'doel' }] }), 600, 'nl')
    const r = l.references[0]!
    expect(r.line.y1).toBe(r.line.y2)
    expect(r.line.x1).toBe(l.plot.x0)
    expect(r.line.x2).toBe(l.plot.x1)
    const tick = l.ticks.find(t => t.value === 1000)!
    expect(r.line.y1).toBeCloseTo(tick.pos)
    expect(r.chip.label.text).toBe('doel: 1.000')
    expect(r.chip.box.x + r.chip.box.width).toBeCloseTo(l.plot.x1)
    expect(r.chip.label.y).toBeLessThan(r.line.y1)
  })

  it('stand upright in a bar chart, their label in a row of its own above the bars', () => {
    const plain = layoutChart(data({ type: 'bar' }), 600, 'fr')
    const l = layoutChart(data({ type: 'bar', references: [{ value: 1100, label: 'objectif' }] }), 600, 'fr', (a, v) => `${a}\u00A0: ${v}`)
    const r = l.references[0]!
    expect(l.plot.y0).toBe(plain.plot.y0 + 22)
    expect(r.line.x1).toBe(r.line.x2)
    expect(r.chip.label.text).toBe(`objectif\u00A0: 1${NNBSP}100`)
    expect(r.chip.box.y + r.chip.box.height).toBeLessThanOrEqual(l.plot.y0)
    expect(Math.min(...l.bars.map(b => b.y))).toBeGreaterThanOrEqual(l.plot.y0)
  })

  it('write a share chart\'s value as a percentage', () => {
    const l = layoutChart(data({ type: 'share', series: two, references: [{ value: 50, label: '' }] }), 600, 'nl')
    expect(l.references[0]!.chip.label.text).toBe('50%')
  })
})
