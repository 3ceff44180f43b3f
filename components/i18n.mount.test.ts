import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import CityMap from './CityMap.vue'
import { setLang } from './i18n'
import OrgChart from './OrgChart.vue'
import Timeline from './Timeline.vue'

afterEach(() => setLang(undefined))

describe('components in French', () => {
  it('cityMap: country names, legend, credit and screen-reader description', () => {
    setLang('fr')
    const wrapper = mount(CityMap, { props: { groups: ['theme1'], legend: { theme1: 'Villes du thème 1' } } })
    expect(wrapper.findAll('.bx-map-country').map(t => t.text())).toEqual(['PAYS-BAS', 'BELGIQUE', 'LUX.', 'ALLEMAGNE', 'FRANCE'])
    expect(wrapper.get('.bx-map-legend').attributes('aria-label')).toBe('Légende')
    expect(wrapper.get('.bx-map-credit').text()).toBe('Carte\u00A0: Natural Earth · Lieux\u00A0: GeoNames (CC BY 4.0)')
    expect(wrapper.get('title').text()).toBe('Carte des villes')
    expect(wrapper.get('desc').text()).toMatch(/^Carte des Pays-Bas, de la Belgique et du Luxembourg, avec l’Allemagne et la France voisines\. 9 villes\u00A0: Den Haag, /)
  })

  it('orgChart: the screen-reader summary and legend label', () => {
    setLang('fr')
    const wrapper = mount(OrgChart, {
      props: { nodes: [{ id: 'c', label: 'Comité de Ministres', group: 'b' }, { id: 'r', label: 'Conseil', parent: 'c', group: 'b' }], groups: { b: 'Décision' }, relations: [] },
    })
    expect(wrapper.get('desc').text()).toBe('Organigramme\u00A0: Comité de Ministres, avec en dessous Conseil.')
    expect(wrapper.get('.bx-org-legend').attributes('aria-label')).toBe('Légende')
  })

  it('timeline: French month names', () => {
    setLang('fr')
    const wrapper = mount(Timeline, { props: { events: [{ date: '2008-06-17', label: 'Nouveau Traité Benelux' }] } })
    expect(wrapper.text()).toContain('17 juin 2008')
  })

  it('the same components in Dutch by default', () => {
    const wrapper = mount(CityMap, { props: { groups: ['theme1'] } })
    expect(wrapper.findAll('.bx-map-country').map(t => t.text())).toEqual(['NEDERLAND', 'BELGIË', 'LUX.', 'DUITSLAND', 'FRANKRIJK'])
    expect(mount(Timeline, { props: { events: [{ date: '2008-06-17', label: 'x' }] } }).text()).toContain('17 juni 2008')
  })
})
