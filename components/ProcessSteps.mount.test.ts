import { describe, expect, it } from 'vitest'
import ProcessSteps from './ProcessSteps.vue'
import { mountWithClicks } from './testing'

const steps = [
  { date: '05/2010', label: 'Bestuurlijke Bijeenkomst Urbiscoop', detail: 'Startpunt' },
  { label: 'Gemeenschappelijke verklaring' },
  { label: 'Aanduiding prioriteiten', items: ['Thema 1', 'Thema 2'] },
  { label: 'Commissie Urbiscoop' },
]

describe('<ProcessSteps>', () => {
  it('renders an ordered list of numbered steps with date, detail and items', () => {
    const { wrapper, warnings } = mountWithClicks(ProcessSteps, { steps })
    const items = wrapper.findAll('ol > li')
    expect(items.map(li => li.find('.bx-step-label').text())).toEqual(steps.map(s => s.label))
    expect(items.map(li => li.find('.bx-step-no').text())).toEqual(['1', '2', '3', '4'])
    expect(items[0]!.find('.bx-step-date').text()).toBe('05/2010')
    expect(items[0]!.find('.bx-step-detail').text()).toBe('Startpunt')
    expect(items[2]!.findAll('ul > li').map(li => li.text())).toEqual(['Thema 1', 'Thema 2'])
    expect(wrapper.find('ol').classes()).toContain('bx-steps-horizontal')
    expect(warnings).toEqual([])
  })

  it('lays out vertically and numbers from start', () => {
    const { wrapper } = mountWithClicks(ProcessSteps, { steps, direction: 'vertical', start: '3' })
    expect(wrapper.find('ol').classes()).toContain('bx-steps-vertical')
    expect(wrapper.findAll('.bx-step-no').map(n => n.text())).toEqual(['3', '4', '5', '6'])
  })

  it.each([[undefined, false], ['', true]])('clicks=%j gives each step v-click=%s', (clicks, expected) => {
    expect(mountWithClicks(ProcessSteps, { steps, clicks }).clickValues).toEqual(steps.map(() => expected))
  })

  it('shows the error box and no steps for an unknown direction', () => {
    const { wrapper, warnings } = mountWithClicks(ProcessSteps, { steps, direction: 'diagonal' })
    expect(wrapper.find('[data-bx-error="ProcessSteps"]').text()).toContain('"direction" must be "horizontal" or "vertical"')
    expect(wrapper.findAll('.bx-step')).toHaveLength(0)
    expect(warnings.join()).toContain('[ProcessSteps]')
  })
})
