import { describe, expect, it } from 'vitest'
import { datetimeAttribute, formatTimelineDate, parseTimelineDate, validateTimeline } from './timeline'

describe('parseTimelineDate + formatTimelineDate', () => {
  it.each([
    ['1985', '1985', '1985'],
    ['1950 – 1960', '1950 – 1960', '1950'],
    ['1950-1960', '1950 – 1960', '1950'],
    [' 1950 - 1960 ', '1950 – 1960', '1950'],
    ['2008-06-17', '17 juni 2008', '2008-06-17'],
    ['2012-01-01', '1 januari 2012', '2012-01-01'],
    ['2012-03-27', '27 maart 2012', '2012-03-27'],
    ['2010-12-31', '31 december 2010', '2010-12-31'],
    ['2012-02-29', '29 februari 2012', '2012-02-29'],
  ])('%s -> %s', (text, shown, datetime) => {
    const parsed = parseTimelineDate(text)
    expect(parsed).toBeDefined()
    expect(formatTimelineDate(parsed!)).toBe(shown)
    expect(datetimeAttribute(parsed!)).toBe(datetime)
  })

  it.each(['', 'ooit', '85', '1960 – 1950', '2008-13-01', '2011-02-29', '2008-06-31', '17-06-2008', '1985 en later'])(
    'rejects %j',
    (text) => {
      expect(parseTimelineDate(text)).toBeUndefined()
    },
  )
})

describe('validateTimeline', () => {
  const good = [
    { date: '1950 – 1960', label: 'Vrij verkeer van personen, goederen en kapitaal' },
    { date: '1985', label: 'Akkoord van Schengen', detail: 'ondertekend op 14 juni 1985' },
    { date: '2008-06-17', label: 'Nieuw Benelux-Verdrag' },
  ]

  it('accepts the Benelux history', () => {
    expect(validateTimeline({ events: good })).toEqual([])
    expect(validateTimeline({ events: good, clicks: '' })).toEqual([])
  })

  it.each([
    ['no events', {}, '"events" must be an array, got nothing'],
    ['a text', { events: 'x' }, '"events" must be an array, got the text "x"'],
    ['empty list', { events: [] }, '"events" is empty'],
    ['entry not an object', { events: [good[0], 'x'] }, 'events[1] must be an object with date and label'],
    ['missing date', { events: [{ label: 'a' }] }, 'events[0].date is missing or empty'],
    ['bad date', { events: [good[0], { date: '17/06/2008', label: 'a' }] }, 'events[1].date "17/06/2008" is not a year'],
    ['empty label', { events: [good[0], good[1], { date: '2008', label: ' ' }] }, 'events[2].label is missing or empty'],
    ['detail not text', { events: [{ date: '2008', label: 'a', detail: 3 }] }, 'events[0].detail must be text, got a number'],
    ['bad clicks', { events: good, clicks: 'ja' }, '"clicks" must be true or false'],
  ])('reports %s', (_name, props, message) => {
    const problems = validateTimeline(props)
    expect(problems.join('\n')).toContain(message)
  })
})
