import { describe, expect, it } from 'vitest'
import { describeSlide, formatProblems, slideProblems } from './slide-check'

const ok = (no: number) => ({ no, componentError: '', empty: false })

describe('slideProblems', () => {
  it.each([
    ['all fine', [ok(1), ok(2)], []],
    ['a missing slide', [ok(1)], [{ no: 2, problem: 'was not rendered' }]],
    ['an empty slide', [ok(1), { no: 2, componentError: '', empty: true }], [{ no: 2, problem: 'is empty (no text or media rendered)' }]],
    ['a component error', [{ no: 1, componentError: 'Timeline: invalid\n input', empty: false }, ok(2)], [{ no: 1, problem: 'shows a component error: Timeline: invalid input' }]],
  ])('%s', (_, states, expected) => {
    expect(slideProblems([1, 2], states)).toEqual(expected)
  })
})

describe('describeSlide', () => {
  const slides = [{ no: 1, title: 'Welkom' }, { no: 2, title: '' }]
  it.each([[1, 'slide 1 "Welkom"'], [2, 'slide 2'], [9, 'slide 9'], [0, 'outside any slide:']])('%d -> %s', (no, expected) => {
    expect(describeSlide(slides, no)).toBe(expected)
  })
  it('lists problems one per line', () => {
    expect(formatProblems(slides, [{ no: 1, problem: 'is empty' }])).toBe('  - slide 1 "Welkom" is empty')
  })
})
