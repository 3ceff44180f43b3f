import { describe, expect, it } from 'vitest'
import StakeholderPanel from './StakeholderPanel.vue'
import { mountWithClicks } from './testing'

const cities = ['Den Haag', 'Rotterdam', 'Dordrecht', 'Breda', 'Eindhoven', 'Antwerpen', 'Gent', 'Genk', 'Sint-Niklaas']
const groups = [
  { role: 'Centrale overheden', members: ['Stedelijk Beleid'], icon: 'i-ph-bank' },
  { role: 'Steden', members: cities, note: 'uit Nederland en Vlaanderen' },
  { role: 'Procesondersteuning', members: ['SG Benelux'] },
]

describe('<StakeholderPanel>', () => {
  it('renders one card per role with a heading and the members as a list', () => {
    const { wrapper, warnings } = mountWithClicks(StakeholderPanel, { groups })
    const cards = wrapper.findAll('ul.bx-panel > li')
    expect(cards.map(c => c.find('h2').text())).toEqual(['Centrale overheden', 'Steden', 'Procesondersteuning'])
    expect(cards[1]!.findAll('ul > li').map(li => li.text())).toEqual(cities)
    expect(cards[1]!.find('.bx-panel-note').text()).toBe('uit Nederland en Vlaanderen')
    expect(cards[0]!.find('.bx-panel-icon').classes()).toContain('i-ph-bank')
    expect(warnings).toEqual([])
  })

  it('gives the nine cities a double-width card with two member columns', () => {
    const { wrapper } = mountWithClicks(StakeholderPanel, { groups })
    const style = wrapper.findAll('ul.bx-panel > li')[1]!.attributes('style')
    expect(style).toContain('grid-column: span 2')
    expect(style).toContain('--bx-member-cols: 2')
  })

  it.each([[undefined, false], ['', true]])('clicks=%j gives each card v-click=%s', (clicks, expected) => {
    expect(mountWithClicks(StakeholderPanel, { groups, clicks }).clickValues).toEqual([expected, expected, expected])
  })

  it('shows the error box and no cards for a group without members', () => {
    const { wrapper, warnings } = mountWithClicks(StakeholderPanel, { groups: [groups[0], { role: 'Steden' }] })
    expect(wrapper.find('[data-bx-error="StakeholderPanel"]').text()).toContain('groups[1].members is missing')
    expect(wrapper.findAll('.bx-panel-card')).toHaveLength(0)
    expect(warnings.join()).toContain('[StakeholderPanel]')
  })
})
