/**
 * Shared input checking for the briefing components. Each component has a pure
 * `validateX(props)` that returns problems; `useProblems` turns them into a visible
 * error box (ComponentError.vue), a console warning and a marker that `npm run check`
 * finds in the rendered slide.
 */
import type { MaybeRefOrGetter } from 'vue'
import { computed, toValue, watch } from 'vue'

export type Problems = string[]

/** A value written in markdown may arrive as a string: "3" -> 3. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : undefined
  }
  return undefined
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0
}

/** Checks that `value` is a non-empty array; pushes a problem naming `prop` when not. */
export function requireArray(value: unknown, prop: string, problems: Problems): value is unknown[] {
  if (!Array.isArray(value)) {
    problems.push(`"${prop}" must be an array, got ${describe(value)}`)
    return false
  }
  if (value.length === 0) {
    problems.push(`"${prop}" is empty`)
    return false
  }
  return true
}

/** Checks a required text field of an entry: `events[2].label is missing`. */
export function requireText(entry: unknown, field: string, where: string, problems: Problems): boolean {
  const value = isRecord(entry) ? entry[field] : undefined
  if (!isNonEmptyString(value)) {
    problems.push(`${where}.${field} is missing or empty`)
    return false
  }
  return true
}

/** Checks an optional text field: absent is fine, anything but a string is not. */
export function optionalText(entry: unknown, field: string, where: string, problems: Problems): void {
  const value = isRecord(entry) ? entry[field] : undefined
  if (value !== undefined && typeof value !== 'string')
    problems.push(`${where}.${field} must be text, got ${describe(value)}`)
}

/** Each entry of a list must be non-empty text: `columns[1].items[2] is missing or empty`. */
export function requireTextEntries(list: unknown[], where: string, problems: Problems): void {
  list.forEach((item, j) => {
    if (!isNonEmptyString(item))
      problems.push(`${where}[${j}] is missing or empty`)
  })
}

/** An optional list of texts (e.g. `items`): absent is fine, anything else must be a list of non-empty texts. */
export function optionalTextList(entry: Record<string, unknown>, field: string, where: string, problems: Problems): void {
  const value = entry[field]
  if (value === undefined)
    return
  if (!Array.isArray(value))
    problems.push(`${where}.${field} must be a list of texts`)
  else
    requireTextEntries(value, `${where}.${field}`, problems)
}

const RE_ICON_CLASS = /^i-[a-z0-9]+-[a-z0-9-]+$/

/** An optional `icon`: a UnoCSS icon class such as `example` ("i-ph-scales"). */
export function optionalIcon(entry: Record<string, unknown>, where: string, example: string, problems: Problems): void {
  optionalText(entry, 'icon', where, problems)
  if (isNonEmptyString(entry.icon) && !RE_ICON_CLASS.test(entry.icon))
    problems.push(`${where}.icon "${entry.icon}" is not an icon class like "${example}"`)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function describe(value: unknown): string {
  if (value === undefined)
    return 'nothing'
  if (value === null)
    return 'null'
  if (Array.isArray(value))
    return 'an array'
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  return `a ${typeof value}`
}

/**
 * Reactive problems of a component. Warns once per distinct set of problems, with the
 * component's name, so a broken slide is visible in the console as well as on screen.
 */
export function useProblems(component: string, check: MaybeRefOrGetter<Problems>) {
  const problems = computed(() => toValue(check))
  watch(problems, (list) => {
    if (list.length)
      console.warn(`[${component}] ${list.join('; ')}`)
  }, { immediate: true })
  return problems
}
