import { describe, expect, it } from 'vitest'
import { mountWithClicks } from './testing'
import ThemeCards from './ThemeCards.vue'

const themes = [
  { title: 'Interne Markt en Economische Unie', icon: 'i-ph-storefront' },
  { title: 'Duurzame ontwikkeling', text: 'Energie en ruimte', icon: 'i-ph-leaf' },
  { title: 'Justitie en Binnenlandse Zaken', items: ['Politiesamenwerking', 'Crisisbeheersing'] },
]

describe('<ThemeCards>', () => {
  it('renders a numbered list of cards with title, icon, text and items', () => {
    const { wrapper, warnings } = mountWithClicks(ThemeCards, { themes })
    const cards = wrapper.findAll('ol > li')
    expect(cards.map(c => c.find('h2').text())).toEqual(themes.map(t => t.title))
    expect(cards.map(c => c.find('.bx-card-no').text())).toEqual(['1', '2', '3'])
    expect(cards[0]!.find('.bx-card-icon').classes()).toContain('i-ph-storefront')
    expect(cards[1]!.find('p').text()).toBe('Energie en ruimte')
    expect(cards[2]!.findAll('ul > li').map(li => li.text())).toEqual(['Politiesamenwerking', 'Crisisbeheersing'])
    expect(cards[2]!.find('.bx-card-icon').exists()).toBe(false)
    expect(warnings).toEqual([])
  })

  it('numbers from start, also when start comes from markdown as text', () => {
    const { wrapper } = mountWithClicks(ThemeCards, { themes, start: '4' })
    expect(wrapper.findAll('.bx-card-no').map(n => n.text())).toEqual(['4', '5', '6'])
    expect(wrapper.find('ol').attributes('start')).toBe('4')
  })

  it.each([[undefined, false], [true, true]])('clicks=%j gives each card v-click=%s', (clicks, expected) => {
    expect(mountWithClicks(ThemeCards, { themes, clicks }).clickValues).toEqual([expected, expected, expected])
  })

  it('shows the error box and no cards for a theme without title', () => {
    const { wrapper, warnings } = mountWithClicks(ThemeCards, { themes: [themes[0], { icon: 'i-ph-leaf' }] })
    expect(wrapper.find('[data-bx-error="ThemeCards"]').text()).toContain('themes[1].title is missing or empty')
    expect(wrapper.findAll('.bx-card-item')).toHaveLength(0)
    expect(warnings.join()).toContain('[ThemeCards]')
  })
})
