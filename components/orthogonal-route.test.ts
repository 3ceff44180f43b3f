import { describe, expect, it } from 'vitest'
import { labelPoint, routeRelation, segmentHitsRect } from './orthogonal-route'

describe('routeRelation', () => {
  const a = { x: 0, y: 0, w: 100, h: 40 }
  it.each([
    ['same row, free: straight', { x: 200, y: 0, w: 100, h: 40 }, [], 0, [{ x: 100, y: 20 }, { x: 200, y: 20 }]],
    ['same row, too short for the label: over the top', { x: 110, y: 0, w: 100, h: 40 }, [], 50, [{ x: 50, y: 0 }, { x: 50, y: -20 }, { x: 160, y: -20 }, { x: 160, y: 0 }]],
    ['same row, blocked: over the top', { x: 400, y: 0, w: 100, h: 40 }, [{ x: 200, y: 0, w: 100, h: 40 }], 0, [{ x: 50, y: 0 }, { x: 50, y: -20 }, { x: 450, y: 0 - 20 }, { x: 450, y: 0 }]],
    ['lower row: sideways then down', { x: 300, y: 100, w: 100, h: 40 }, [], 0, [{ x: 100, y: 20 }, { x: 350, y: 20 }, { x: 350, y: 100 }]],
    ['lower row, first elbow blocked: down then sideways', { x: 300, y: 100, w: 100, h: 40 }, [{ x: 150, y: 0, w: 100, h: 40 }], 0, [{ x: 50, y: 40 }, { x: 50, y: 120 }, { x: 300, y: 120 }]],
  ] as const)('%s', (_name, b, obstacles, room, points) => {
    expect(routeRelation(a, b, [...obstacles], 60, room)).toEqual(points)
  })
})

describe('segmentHitsRect', () => {
  const r = { x: 10, y: 10, w: 10, h: 10 }
  it.each([
    [{ x: 0, y: 15 }, { x: 30, y: 15 }, true],
    [{ x: 0, y: 0 }, { x: 30, y: 0 }, false],
    [{ x: 0, y: 0 }, { x: 30, y: 30 }, true],
    [{ x: 0, y: 30 }, { x: 5, y: 0 }, false],
    [{ x: 15, y: 0 }, { x: 15, y: 8 }, true], // within the 3-unit inflation
  ])('%j → %j: %s', (p, q, hit) => {
    expect(segmentHitsRect(p, q, r)).toBe(hit)
  })
})

describe('labelPoint', () => {
  it.each([
    [[{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 100, y: 10 }], { x: 50, y: 10 }],
    [[{ x: 0, y: 0 }, { x: 40, y: 0 }], { x: 20, y: 0 }],
  ])('takes the middle of the longest segment of %j', (points, at) => {
    expect(labelPoint(points)).toEqual(at)
  })
})
