import { describe, expect, it } from 'vitest'
import { formatOverflow } from './slide-reading'

describe('formatOverflow', () => {
  it.each([
    [{ element: 'li "Team Markt"', left: 0, right: 12.5, top: 0, bottom: 3, kind: 'slide' as const }, 'slide 4: li "Team Markt" lies outside the slide: right +12.5px, bottom +3px'],
    [{ element: 'ul', left: 0, right: 0, top: 0, bottom: 8, kind: 'footer' as const }, 'slide 4: ul runs into the footer: bottom +8px'],
    [{ element: 'div (scrolls)', left: 0, right: 0, top: 0, bottom: 40, kind: 'scroll' as const }, 'slide 4: div (scrolls) makes the layout scroll: bottom +40px'],
    [{ element: 'h3 "Politiesamenwerking"', left: 0, right: 9, top: 0, bottom: 0, kind: 'text' as const }, 'slide 4: h3 "Politiesamenwerking" has text wider than its box: right +9px'],
  ])('%j', (overflow, line) => {
    expect(formatOverflow(4, [overflow])).toEqual([line])
  })
})
