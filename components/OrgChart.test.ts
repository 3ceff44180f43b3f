import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import OrgChart from './OrgChart.vue'

const nodes = [
  { id: 'cvm', label: 'Comité van Ministers', group: 'besluit' },
  { id: 'raad', label: 'Raad', parent: 'cvm', group: 'besluit' },
  { id: 'hof', label: 'Benelux-Gerechtshof' },
]

describe('orgChart', () => {
  it('renders an accessible SVG, the legend and the boxes as a nested list', () => {
    const wrapper = mount(OrgChart, {
      props: { nodes, groups: { besluit: 'Besluitvorming' }, relations: [{ from: 'hof', to: 'cvm', label: 'advies' }], title: 'Structuur' },
    })
    const svg = wrapper.get('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(wrapper.get(`[id="${titleId}"]`).text()).toBe('Structuur')
    expect(wrapper.get(`[id="${descId}"]`).text()).toBe('Organigram: Comité van Ministers, met daaronder Raad; Benelux-Gerechtshof. Stippellijnen: Benelux-Gerechtshof → Comité van Ministers (advies).')
    expect(wrapper.findAll('.bx-org-node')).toHaveLength(3)
    expect(wrapper.findAll('.bx-org-link')).toHaveLength(1)
    expect(wrapper.findAll('.bx-org-relation')).toHaveLength(1)
    expect(wrapper.get('.bx-org-legend').text()).toBe('Besluitvorming')
    const list = wrapper.get('ul.sr-only')
    expect(list.get('li').text()).toContain('Comité van Ministers')
    expect(list.get('li ul li').text()).toBe('Raad')
  })

  it('shows the error box instead of a chart for bad input', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const wrapper = mount(OrgChart, { props: { nodes: [...nodes, { id: 'x', label: 'X', parent: 'nope' }] } })
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.get('[data-bx-error="OrgChart"]').text()).toContain('node "x": parent "nope" does not exist')
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})
