import { describe, expect, it } from 'vitest'
import { mountWithClicks } from './testing'
import Timeline from './Timeline.vue'

const events = [
  { date: '1950 – 1960', label: 'Vrij verkeer van personen, goederen en kapitaal' },
  { date: '1985', label: 'Akkoord van Schengen' },
  { date: '2008-06-17', label: 'Nieuw Benelux-Verdrag', detail: 'ratificatieprocedure nu af' },
]

describe('<Timeline>', () => {
  it('renders every event as a list item with its date and label', () => {
    const { wrapper, warnings } = mountWithClicks(Timeline, { events })
    const items = wrapper.findAll('ol > li')
    expect(items.map(li => li.find('.bx-tl-label').text())).toEqual(events.map(e => e.label))
    expect(items.map(li => li.find('time').text())).toEqual(['1950 – 1960', '1985', '17 juni 2008'])
    expect(items[2]!.find('time').attributes('datetime')).toBe('2008-06-17')
    expect(items[2]!.text()).toContain('ratificatieprocedure nu af')
    expect(wrapper.find('[data-bx-error]').exists()).toBe(false)
    expect(warnings).toEqual([])
  })

  it.each([
    [undefined, false],
    ['', true],
    [true, true],
    ['false', false],
  ])('clicks=%j gives each item v-click=%s', (clicks, expected) => {
    const { clickValues } = mountWithClicks(Timeline, { events, clicks })
    expect(clickValues).toEqual(events.map(() => expected))
  })

  it('shows the error box instead of the axis for a bad date', () => {
    const { wrapper, warnings } = mountWithClicks(Timeline, { events: [events[0], { date: 'juni', label: 'x' }] })
    const error = wrapper.find('[data-bx-error="Timeline"]')
    expect(error.exists()).toBe(true)
    expect(error.text()).toContain('events[1].date "juni" is not a year')
    expect(wrapper.findAll('li.bx-tl-item')).toHaveLength(0)
    expect(warnings.join()).toContain('[Timeline] events[1].date')
  })
})
