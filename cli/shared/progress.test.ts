import { describe, expect, it } from 'vitest'
import { formatProgress, formatSeconds } from './progress'

describe('formatProgress', () => {
  it.each([
    [{ label: 'rendered', done: 3, total: 20, unit: 'slides' }, '[export] rendered:  3/20 slides'],
    [{ label: 'deck.pdf', done: 20, total: 20, unit: 'pages', ms: 1234 }, '[export] deck.pdf: 20/20 pages (1.2 s)'],
    [{ label: 'x', done: 0, total: 7, unit: 'pages', ms: 0 }, '[export] x: 0/7 pages (0.0 s)'],
  ])('%o', (step, expected) => {
    expect(formatProgress(step)).toBe(expected)
  })

  it('rounds seconds to one decimal', () => {
    expect(formatSeconds(12_345)).toBe('12.3 s')
  })
})
