/** Data, validation and numbering of <ThemeCards>. */
import type { Problems } from './validate'
import { validateClicks } from './clicks'
import { describe, isRecord, optionalIcon, optionalText, optionalTextList, requireArray, requireText, toNumber } from './validate'

export interface ThemeCard {
  title: string
  text?: string
  /** An UnoCSS icon class, e.g. 'i-ph-scales' (Phosphor icons are installed). */
  icon?: string
  items?: string[]
}

export interface ThemeCardsProps {
  themes: ThemeCard[]
  start?: number | string
  clicks?: boolean | string
}

/** The first card's number; 1 when `start` is absent. */
export function startNumber(start: unknown): number {
  return toNumber(start) ?? 1
}

/** Columns of the card grid: all cards in one row up to 4, then rows of 3 (or 4 for 8). */
export function cardColumns(count: number): number {
  if (count <= 4)
    return Math.max(count, 1)
  return count % 4 === 0 ? 4 : 3
}

export function validateThemeCards(props: Partial<Record<keyof ThemeCardsProps, unknown>>): Problems {
  const problems: Problems = [...validateClicks(props.clicks)]
  if (props.start !== undefined) {
    const start = toNumber(props.start)
    if (start === undefined || !Number.isInteger(start) || start < 0)
      problems.push(`"start" must be a whole number, got ${describe(props.start)}`)
  }
  if (!requireArray(props.themes, 'themes', problems))
    return problems
  props.themes.forEach((theme, i) => {
    const where = `themes[${i}]`
    if (!isRecord(theme)) {
      problems.push(`${where} must be an object with a title`)
      return
    }
    requireText(theme, 'title', where, problems)
    optionalText(theme, 'text', where, problems)
    optionalIcon(theme, where, 'i-ph-scales', problems)
    optionalTextList(theme, 'items', where, problems)
  })
  return problems
}
