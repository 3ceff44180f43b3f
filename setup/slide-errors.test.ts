import { describe, expect, it } from 'vitest'
import { errorText, forgetUpdatedSlides, recordSlideError, slideErrors, slideNumberOf } from './slide-errors'

describe('slide errors', () => {
  it('finds the slide of a component through its parents', () => {
    const wrapper = { $props: { route: { no: 4 } }, $parent: null }
    const layout = { $props: {}, $parent: wrapper }
    expect(slideNumberOf({ $props: {}, $parent: layout })).toBe(4)
    expect(slideNumberOf({ $props: {}, $parent: null })).toBe(0)
    expect(slideNumberOf(null)).toBe(0)
  })

  it('keeps the first error of each slide and lists every one for the CLI', () => {
    window.__bxSlideErrors = []
    recordSlideError(2, new TypeError('a'))
    recordSlideError(2, 'b')
    recordSlideError(0, new Error('outside'))
    expect(slideErrors.get(2)).toBe('TypeError: a')
    expect(slideErrors.has(0)).toBe(false)
    expect(window.__bxSlideErrors.map(e => e.message)).toEqual(['TypeError: a', 'b', 'Error: outside'])
    expect(errorText(42)).toBe('42')
  })

  it('forgets the errors of hot-updated slides only', () => {
    slideErrors.set(3, 'x')
    slideErrors.set(5, 'y')
    forgetUpdatedSlides(['/slides.md__slidev_3.md?vue&type=script', '/components/Timeline.vue'])
    expect([...slideErrors.keys()].sort()).toEqual([2, 5])
  })
})
