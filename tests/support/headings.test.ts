import { describe, expect, it } from 'vitest'
import { headingProblems } from './headings'

describe('headingProblems', () => {
  it.each([
    ['one h1', [1], []],
    ['h1 then h2s and h3', [1, 2, 3, 2, 2], []],
    ['going back up several levels is fine', [1, 2, 3, 4, 2], []],
    ['no heading', [], ['has 0 h1 headings (expected exactly one)']],
    ['two h1', [1, 2, 1], ['has 2 h1 headings (expected exactly one)']],
    ['starts lower', [2, 1], ['starts with h2 instead of h1']],
    ['skips a level', [1, 3], ['skips from h1 to h3']],
  ])('%s', (_name, levels, problems) => {
    expect(headingProblems(levels)).toEqual(problems)
  })
})
