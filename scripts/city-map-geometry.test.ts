import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CSV_FILE, dedupePath, GEOMETRY_FILE, loadAtlas, renderGeometryModule, toSource } from './city-map-geometry'

describe('city map geometry', () => {
  it('is up to date: regenerating from world-atlas and data/cities.csv gives the committed file', () => {
    const fresh = renderGeometryModule(readFileSync(CSV_FILE, 'utf8'), loadAtlas())
    // On failure run: npx tsx scripts/city-map-geometry.ts
    expect(fresh === readFileSync(GEOMETRY_FILE, 'utf8')).toBe(true)
  }, 30_000)

  it.each([
    ['M1,1L2,2L2,2L3,3Z', 'M1,1L2,2L3,3Z'],
    ['M1,1L1,1Z', 'M1,1Z'],
    ['M1,1L2,2ZM1,1L2,2Z', 'M1,1L2,2ZM1,1L2,2Z'],
  ])('dedupePath(%j)', (d, out) => {
    expect(dedupePath(d)).toBe(out)
  })

  it('writes values in the lint style', () => {
    expect(toSource({ a: 'it\'s', b: [1, 2], c: [{ d: true }] })).toBe('{\n  a: \'it\\\'s\',\n  b: [1, 2],\n  c: [\n    {\n      d: true,\n    },\n  ],\n}')
  })
})
