import { describe, expect, it } from 'vitest'
import { A4, fitScale, handoutGeometry, mm, ruledLines } from './handout-layout'

const canvas = { width: 980, height: 552 }

describe('fitScale', () => {
  it.each([
    [{ width: 100, height: 50 }, { width: 50, height: 50 }, 0.5],
    [{ width: 100, height: 50 }, { width: 400, height: 50 }, 1],
    [{ width: 980, height: 552 }, { width: 490, height: 1000 }, 0.5],
  ])('%o into %o -> %d', (c, box, expected) => {
    expect(fitScale(c, box)).toBeCloseTo(expected)
  })

  it('refuses a canvas without size', () => {
    expect(() => fitScale({ width: 0, height: 10 }, { width: 1, height: 1 })).toThrow(/no size/)
  })
})

describe('ruledLines', () => {
  it.each([[80, 8, 9], [7, 8, 0], [12, 8, 1]])('%d px at %d spacing -> %d lines', (h, gap, lines) => {
    expect(ruledLines(h, gap)).toBe(lines)
  })
})

describe('handoutGeometry', () => {
  const contentWidth = mm(A4.width - 36)
  it('fills the content width with the slide above its notes', () => {
    const g = handoutGeometry('notes', canvas)
    expect(g.slidesPerPage).toBe(1)
    expect(g.slideBox.width).toBeCloseTo(contentWidth)
    expect(g.slideBox.height / g.slideBox.width).toBeCloseTo(552 / 980)
    expect(g.rowHeight).toBeGreaterThan(mm(120))
  })

  it('puts three slides beside ruled lines, all within the page', () => {
    const g = handoutGeometry('three-up', canvas)
    expect(g.slidesPerPage).toBe(3)
    expect(g.slideBox.width).toBeLessThanOrEqual(contentWidth * 0.6 + 0.01)
    expect(g.slideBox.height).toBeLessThan(g.rowHeight)
    expect(3 * g.rowHeight).toBeLessThan(mm(A4.height - g.margin.top - g.margin.bottom - g.footer))
    expect(g.lines).toBeGreaterThanOrEqual(6)
    expect(g.lines * g.lineGap).toBeLessThanOrEqual(g.rowHeight)
  })

  it('scales a 4:3 canvas by its height when that is the tighter side', () => {
    const g = handoutGeometry('notes', { width: 800, height: 600 })
    expect(g.slideBox.height / g.slideBox.width).toBeCloseTo(0.75)
  })
})
