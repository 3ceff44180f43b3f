import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import CityMap from './CityMap.vue'

describe('cityMap', () => {
  it('renders the theme1 cities from data/cities.csv with legend, credit and a list for screen readers', () => {
    const wrapper = mount(CityMap, { props: { groups: ['theme1'], legend: { theme1: 'Steden thema 1' }, title: 'Thema 1' } })
    const svg = wrapper.get('svg[role="img"]')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(wrapper.get(`[id="${titleId}"]`).text()).toBe('Thema 1')
    expect(wrapper.get(`[id="${descId}"]`).text()).toContain('9 steden: Den Haag, Rotterdam')
    expect(wrapper.findAll('.bx-map-label').map(t => t.text())).toEqual(['Den Haag', 'Rotterdam', 'Dordrecht', 'Breda', 'Eindhoven', 'Antwerpen', 'Gent', 'Genk', 'Sint-Niklaas'])
    expect(wrapper.findAll('.bx-map-focus')).toHaveLength(3)
    expect(wrapper.findAll('.bx-map-neighbour')).toHaveLength(2)
    expect(wrapper.get('.bx-map-legend').text()).toBe('Steden thema 1')
    expect(wrapper.get('.bx-map-credit').text()).toBe('Kaart: Natural Earth · Plaatsen: GeoNames (CC BY 4.0)')
    expect(wrapper.findAll('ul.sr-only li')).toHaveLength(9)
    expect(wrapper.get('ul.sr-only li').text()).toBe('Den Haag (NL): Steden thema 1')
  })

  it('takes its own cities instead of the CSV', () => {
    const wrapper = mount(CityMap, { props: { groups: 'x', cities: [{ name: 'Brussel (Brussels Hoofdstedelijk Gewest)', country: 'BE', lat: 50.85, lon: 4.35, groups: ['x'] }] } })
    expect(wrapper.findAll('.bx-map-label').map(t => t.text())).toEqual(['Brussel'])
    expect(wrapper.get('ul.sr-only li').text()).toBe('Brussel (Brussels Hoofdstedelijk Gewest) (BE): x')
  })

  it('shows the error box for an unknown group', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const wrapper = mount(CityMap, { props: { groups: ['thema9'] } })
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.get('[data-bx-error="CityMap"]').text()).toContain('unknown group "thema9" (known: theme1, benelux+)')
    warn.mockRestore()
  })
})
