import { describe, expect, it } from 'vitest'
import { clicksEnabled, validateClicks } from './clicks'

describe('clicksEnabled', () => {
  it.each([
    [undefined, false],
    [false, false],
    [true, true],
    ['', true],
    ['true', true],
    [' TRUE ', true],
    ['false', false],
  ] as const)('%j -> %s', (value, expected) => {
    expect(clicksEnabled(value)).toBe(expected)
  })
})

describe('validateClicks', () => {
  it.each([undefined, true, false, '', 'true', 'false'])('accepts %j', (value) => {
    expect(validateClicks(value)).toEqual([])
  })

  it.each([
    ['yes', /"clicks" must be true or false, got the text "yes"/],
    [3, /got a number/],
  ] as const)('rejects %j', (value, message) => {
    expect(validateClicks(value).join()).toMatch(message)
  })
})
