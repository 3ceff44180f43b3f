import { describe, expect, it } from 'vitest'
import { screenshotName } from './file-names'

describe('screenshotName', () => {
  it.each([
    [1, 21, 'slide-01.png'],
    [21, 21, 'slide-21.png'],
    [7, 120, 'slide-007.png'],
  ])('slide %i of %i -> %s', (no, total, name) => {
    expect(screenshotName(no, total)).toBe(name)
  })
})
