/** Data, validation and date handling of <Timeline>. */
import type { Problems } from './validate'
import { validateClicks } from './clicks'
import { currentLang, formatDay } from './i18n'
import { isRecord, optionalText, requireArray, requireText } from './validate'

export interface TimelineEvent {
  /** '1985', '1950 – 1960' (en dash or hyphen) or an ISO date '2008-06-17'. */
  date: string
  label: string
  detail?: string
}

export interface TimelineProps {
  events: TimelineEvent[]
  clicks?: boolean | string
}

export type TimelineDate
  = | { kind: 'year', year: number }
    | { kind: 'range', from: number, to: number }
    | { kind: 'day', year: number, month: number, day: number }

const RE_YEAR = /^(\d{4})$/
const RE_RANGE = /^(\d{4})\s*[–-]\s*(\d{4})$/
const RE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/

/** Parses the accepted date forms; undefined when the text is none of them. */
export function parseTimelineDate(text: string): TimelineDate | undefined {
  const value = text.trim()
  let m = value.match(RE_YEAR)
  if (m)
    return { kind: 'year', year: Number(m[1]) }
  m = value.match(RE_RANGE)
  if (m) {
    const from = Number(m[1])
    const to = Number(m[2])
    return from <= to ? { kind: 'range', from, to } : undefined
  }
  m = value.match(RE_ISO)
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const probe = new Date(Date.UTC(year, month - 1, day))
    const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
    return real ? { kind: 'day', year, month, day } : undefined
  }
  return undefined
}

/** '2008-06-17' -> '17 juni 2008' (fr: '17 juin 2008'); '1950-1960' -> '1950 – 1960'; '1985' -> '1985'. */
export function formatTimelineDate(date: TimelineDate, lang: string = currentLang()): string {
  switch (date.kind) {
    case 'year':
      return String(date.year)
    case 'range':
      return `${date.from} – ${date.to}`
    case 'day':
      return formatDay(date.day, date.month, date.year, lang)
  }
}

/** Machine-readable value for <time datetime>. */
export function datetimeAttribute(date: TimelineDate): string {
  switch (date.kind) {
    case 'year':
      return String(date.year)
    case 'range':
      return String(date.from)
    case 'day':
      return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
  }
}

export function validateTimeline(props: Partial<Record<keyof TimelineProps, unknown>>): Problems {
  const problems: Problems = [...validateClicks(props.clicks)]
  if (!requireArray(props.events, 'events', problems))
    return problems
  props.events.forEach((event, i) => {
    const where = `events[${i}]`
    if (!isRecord(event)) {
      problems.push(`${where} must be an object with date and label`)
      return
    }
    if (requireText(event, 'date', where, problems) && !parseTimelineDate(event.date as string))
      problems.push(`${where}.date "${event.date}" is not a year (1985), a range (1950 – 1960) or a date (2008-06-17)`)
    requireText(event, 'label', where, problems)
    optionalText(event, 'detail', where, problems)
  })
  return problems
}
