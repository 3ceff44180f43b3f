import { describe, expect, it } from 'vitest'
import { formatKiB, formatTable, median, ratio } from './bench-stats'

describe('median', () => {
  it.each([[[3], 3], [[5, 1, 3], 3], [[4, 1, 3, 2], 2.5]])('%o -> %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })
  it('refuses no values', () => {
    expect(() => median([])).toThrow(/no values/)
  })
})

describe('formatting', () => {
  it.each([[1024, '1.0 KiB'], [1536, '1.5 KiB'], [0, '0.0 KiB']])('%d bytes -> %s', (bytes, expected) => {
    expect(formatKiB(bytes)).toBe(expected)
  })
  it('aligns a table', () => {
    expect(formatTable([['what', 'value'], ['build', '4.2 s'], ['export from source', '12.0 s']]))
      .toBe([
        'what                 value',
        'build                4.2 s',
        'export from source  12.0 s',
      ].join('\n'))
  })
  it.each([[5, 10, 0.5], [1, 3, 0.33]])('ratio %d/%d -> %d', (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected)
  })
})
