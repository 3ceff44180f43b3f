import type { LabelRequest, PlacedLabel, Rect } from './map-labels'
import { describe, expect, it } from 'vitest'
import { clarity, distanceToSegment, overlaps, placeLabels } from './map-labels'

const bounds = { x: 0, y: 0, w: 200, h: 100 }
const req = (id: string, x: number, y: number, w = 40, h = 10): LabelRequest => ({ id, x, y, w, h })

function assertClean(labels: PlacedLabel[], points: LabelRequest[], r: number, obstacles: Rect[] = []) {
  for (const [i, a] of labels.entries()) {
    expect(a.clear, `${a.id} found no free spot`).toBe(true)
    for (const b of labels.slice(i + 1))
      expect(overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false)
    for (const p of points)
      expect(overlaps(a.box, { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r }), `${a.id} covers point ${p.id}`).toBe(false)
    for (const o of obstacles)
      expect(overlaps(a.box, o)).toBe(false)
    expect(a.box.x >= bounds.x && a.box.y >= bounds.y && a.box.x + a.box.w <= bounds.w && a.box.y + a.box.h <= bounds.h).toBe(true)
  }
}

describe('overlaps', () => {
  it.each([
    [{ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 }, true],
    [{ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 }, false],
    [{ x: 0, y: 0, w: 10, h: 10 }, { x: 0, y: 20, w: 10, h: 10 }, false],
  ])('%j and %j: %s', (a, b, result) => {
    expect(overlaps(a, b)).toBe(result)
  })
})

describe('placeLabels', () => {
  it.each([
    ['a lone point gets its label on the right', [req('a', 50, 50)], { x: 57, y: 45, anchor: 'start' }],
    ['a point at the right edge gets it on the left', [req('a', 190, 50)], { x: 143, y: 45, anchor: 'end' }],
    ['a point at the top-left corner still stays inside', [req('a', 3, 3)], { x: 8, y: 8, anchor: 'start' }],
  ])('%s', (_name, points, expected) => {
    const [label] = placeLabels(points, { bounds, pointRadius: 4, rings: [7, 16] })
    expect({ x: Math.round(label.box.x), y: Math.round(label.box.y), anchor: label.anchor }).toEqual(expected)
    expect(label.clear).toBe(true)
  })

  it('keeps labels of a dense cluster apart', () => {
    const points = [req('a', 100, 50), req('b', 108, 52), req('c', 104, 58), req('d', 96, 44), req('e', 112, 46), req('f', 92, 56)]
    assertClean(placeLabels(points, { bounds, pointRadius: 4 }), points, 4)
  })

  it('moves a label away with a leader line when the near ring is taken', () => {
    // A frame of obstacles 2 units around the point blocks every spot of the first ring.
    const obstacles = [{ x: 70, y: 30, w: 60, h: 14 }, { x: 70, y: 56, w: 60, h: 14 }, { x: 54, y: 44, w: 40, h: 12 }, { x: 106, y: 44, w: 40, h: 12 }]
    const points = [req('a', 100, 50)]
    const [label] = placeLabels(points, { bounds, pointRadius: 4, obstacles, rings: [7, 30] })
    assertClean([label], points, 4, obstacles)
    expect(label.leader).toBeDefined()
    expect([label.leader!.x1, label.leader!.y1]).toEqual([100, 50])
    // The line ends on the label's box.
    const { x2, y2 } = label.leader!
    expect(x2 >= label.box.x && x2 <= label.box.x + label.box.w && y2 >= label.box.y && y2 <= label.box.y + label.box.h).toBe(true)
  })

  it('does not put a label next to another point', () => {
    // Right of a is free, but that spot lies against point b: a's label goes elsewhere.
    const points = [req('a', 50, 50), req('b', 62, 52, 10)]
    const [a] = placeLabels(points, { bounds, pointRadius: 4 })
    expect(a.anchor).not.toBe('start')
    expect(clarity(a.box, points[0], [points[1]])).toBeGreaterThanOrEqual(2)
  })

  it.each([
    [{ x: 5, y: 5 }, { x: 0, y: 0 }, { x: 10, y: 0 }, 5],
    [{ x: -3, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 }, 5],
    [{ x: 1, y: 1 }, { x: 0, y: 0 }, { x: 0, y: 0 }, Math.SQRT2],
  ])('distanceToSegment(%j, %j, %j)', (q, a, b, d) => {
    expect(distanceToSegment(q, a, b)).toBeCloseTo(d)
  })

  it.each([
    ['own point right beside, other far', { x: 10, y: 0, w: 40, h: 10 }, { x: 5, y: 5 }, [{ x: 100, y: 5 }], 18],
    ['other point just above the near end', { x: 10, y: 0, w: 40, h: 10 }, { x: 5, y: 5 }, [{ x: 10, y: -5 }], 2],
    ['other point at the far end does not count much', { x: 10, y: 0, w: 40, h: 10 }, { x: 5, y: 5 }, [{ x: 55, y: 5 }], 9],
  ])('clarity: %s', (_name, box, own, others, ratio) => {
    expect(clarity(box, own, others)).toBeCloseTo(ratio, 0)
  })

  it.each([
    // b sits near the far end of the right-hand spot: the dot would read as part of a's text.
    ['a dot right against the text', [req('a', 50, 50), req('b', 90, 39, 10)], [5]],
    // b sits up-right, clear of the text but nearer its start than a is.
    ['a dot nearer the label\'s start than its own', [req('a', 100, 50), req('b', 118, 36, 10)], [12]],
  ])('moves the label away from %s', (_name, points, rings) => {
    const [a] = placeLabels(points, { bounds, pointRadius: 4, rings })
    expect(a.anchor).toBe('end')
  })

  it('never draws a leader line across another point', () => {
    // Ring 0 lies inside a's own marker, so a needs a leader; to the right, b sits on the line.
    const points = [req('a', 50, 50), req('b', 57, 50, 10)]
    const [a] = placeLabels(points, { bounds, pointRadius: 4, rings: [0.5, 15] })
    expect(a.leader).toBeDefined()
    expect(a.anchor).not.toBe('start')
    expect(distanceToSegment(points[1], { x: a.leader!.x1, y: a.leader!.y1 }, { x: a.leader!.x2, y: a.leader!.y2 })).toBeGreaterThanOrEqual(5)
  })

  it('avoids fixed obstacles', () => {
    const obstacles = [{ x: 55, y: 40, w: 60, h: 20 }]
    const points = [req('a', 50, 50)]
    const labels = placeLabels(points, { bounds, pointRadius: 4, obstacles })
    assertClean(labels, points, 4, obstacles)
    expect(labels[0].anchor).toBe('end')
  })

  it('says so when no spot is free', () => {
    const [label] = placeLabels([req('a', 10, 5, 500)], { bounds, pointRadius: 4 })
    expect(label.clear).toBe(false)
  })

  it('returns the labels in the order of the points', () => {
    const labels = placeLabels([req('x', 20, 20), req('y', 150, 80)], { bounds })
    expect(labels.map(l => l.id)).toEqual(['x', 'y'])
  })
})
