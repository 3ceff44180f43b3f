import { describe, expect, it } from 'vitest'
import { layoutSelector, slideUrl } from './slide-page'

describe('slide addresses', () => {
  it.each([
    ['http://127.0.0.1:4000/', 3, 'http://127.0.0.1:4000/3?clicks=999999'],
    ['http://127.0.0.1:4000/briefing/', 12, 'http://127.0.0.1:4000/briefing/12?clicks=999999'],
  ])('%s slide %i -> %s', (base, no, url) => {
    expect(slideUrl(base, no)).toBe(url)
  })

  it('selects the layout of one slide', () => {
    expect(layoutSelector(7)).toBe('[data-slidev-no="7"] .slidev-layout')
  })
})
