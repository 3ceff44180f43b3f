import { afterEach, describe, expect, it } from 'vitest'
import { setLang } from './i18n'
import KeyFigures from './KeyFigures.vue'
import { mountWithClicks } from './testing'

const figures = [
  { value: 40, unit: { nl: 'artikelen', fr: 'articles' }, label: { nl: 'Verdrag van 2008', fr: 'Traité de 2008' }, was: 100 },
  { value: 1234, label: 'Test' },
]

afterEach(() => setLang(undefined))

describe('<KeyFigures>', () => {
  it('shows each figure with its unit, label and comparison in the build language', () => {
    setLang('fr')
    const { wrapper, warnings } = mountWithClicks(KeyFigures, { figures })
    const items = wrapper.findAll('.bx-kf-item')
    expect(items).toHaveLength(2)
    expect(items[0]!.find('.bx-kf-number').text().replace(/\s+/g, ' ')).toBe('40 articles')
    expect(items[0]!.find('.bx-kf-label').text()).toBe('Traité de 2008')
    expect(items[0]!.find('.bx-kf-was').text()).toBe('contre 100 articles')
    expect(items[1]!.find('.bx-kf-value').text()).toBe('1\u202F234')
    expect(items[1]!.find('.bx-kf-was').exists()).toBe(false)
    expect(warnings).toEqual([])
  })

  it('shows the error box for a single figure', () => {
    const { wrapper } = mountWithClicks(KeyFigures, { figures: [figures[0]] })
    expect(wrapper.find('[data-bx-error="KeyFigures"]').text()).toContain('"figures" needs 2 to 4 figures, got 1')
  })
})
