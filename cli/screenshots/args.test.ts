import { describe, expect, it } from 'vitest'
import { parseScreenshotArgs, screenshotName } from './args'

describe('parseScreenshotArgs', () => {
  it.each<[string[], object]>([
    [[], {}],
    [['examples/demo.md'], { deck: 'examples/demo.md' }],
    [['--out', 'shots'], { out: 'shots' }],
    [['deck.md', '--out', 'shots', '--dist', 'dist'], { deck: 'deck.md', out: 'shots', dist: 'dist' }],
  ])('%j', (argv, expected) => {
    expect(parseScreenshotArgs(argv)).toEqual(expected)
  })

  it.each<[string[], RegExp]>([
    [['--out'], /--out needs a directory/],
    [['--out', '--dist'], /--out needs a directory/],
    [['--zoom', '2'], /Unknown option --zoom/],
    [['a.md', 'b.md'], /Only one deck at a time/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseScreenshotArgs(argv)).toThrow(message)
  })
})

describe('screenshotName', () => {
  it.each([
    [1, 21, 'slide-01.png'],
    [21, 21, 'slide-21.png'],
    [7, 120, 'slide-007.png'],
  ])('slide %i of %i -> %s', (no, total, name) => {
    expect(screenshotName(no, total)).toBe(name)
  })
})
