/** Data, validation and card layout of <StakeholderPanel>. */
import type { Problems } from './validate'
import { validateClicks } from './clicks'
import { isRecord, optionalIcon, optionalText, requireArray, requireText, requireTextEntries } from './validate'

export interface StakeholderGroup {
  /** e.g. 'Centrale overheden', 'Steden', 'Onderzoeksteam', 'Financiële steun', 'Procesondersteuning' */
  role: string
  members: string[]
  note?: string
  /** An UnoCSS icon class, e.g. 'i-ph-buildings'. */
  icon?: string
}

export interface StakeholderPanelProps {
  groups: StakeholderGroup[]
  clicks?: boolean | string
}

export interface PanelLayout {
  /** Grid columns of the panel. */
  columns: number
  /** Per group: how many grid columns its card spans and in how many columns it lists members. */
  cards: { span: number, memberColumns: number }[]
  /** Smaller type when the panel holds many names. */
  dense: boolean
}

/** Member columns inside one card: long lists (9 cities, 17 cities) are split. */
export function memberColumns(count: number): number {
  if (count <= 5)
    return 1
  return count <= 10 ? 2 : 3
}

/**
 * A group with a long member list gets a wider card; the panel has as many columns as
 * the spans need in one row (at most 4), else it wraps into two balanced rows.
 */
export function panelLayout(memberCounts: number[]): PanelLayout {
  const cards = memberCounts.map((n) => {
    const cols = memberColumns(n)
    return { span: cols === 1 ? 1 : 2, memberColumns: cols }
  })
  const total = cards.reduce((sum, c) => sum + c.span, 0)
  const columns = total <= 4 ? total : Math.max(Math.ceil(total / 2), ...cards.map(c => c.span))
  const names = memberCounts.reduce((sum, n) => sum + n, 0)
  return { columns, cards, dense: names > 14 || memberCounts.length > 4 }
}

export function validateStakeholderPanel(props: Partial<Record<keyof StakeholderPanelProps, unknown>>): Problems {
  const problems: Problems = [...validateClicks(props.clicks)]
  if (!requireArray(props.groups, 'groups', problems))
    return problems
  props.groups.forEach((group, i) => {
    const where = `groups[${i}]`
    if (!isRecord(group)) {
      problems.push(`${where} must be an object with role and members`)
      return
    }
    requireText(group, 'role', where, problems)
    optionalText(group, 'note', where, problems)
    optionalIcon(group, where, 'i-ph-buildings', problems)
    if (!Array.isArray(group.members)) {
      problems.push(`${where}.members is missing (a list of names)`)
    }
    else if (group.members.length === 0) {
      problems.push(`${where}.members is empty`)
    }
    else {
      requireTextEntries(group.members, `${where}.members`, problems)
    }
  })
  return problems
}
