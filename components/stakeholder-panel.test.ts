import { describe, expect, it } from 'vitest'
import { memberColumns, panelLayout, validateStakeholderPanel } from './stakeholder-panel'

const groups = [
  { role: 'Centrale overheden', members: ['Stedelijk Beleid', 'uitbreiding Integratiebeleid & Migratiebeleid'] },
  { role: 'Steden', members: ['Den Haag', 'Rotterdam', 'Dordrecht', 'Breda', 'Eindhoven', 'Antwerpen', 'Gent', 'Genk', 'Sint-Niklaas'] },
  { role: 'Onderzoeksteam', members: ['EUKN', 'NICIS', 'Kenniscentrum Vlaamse Steden', 'CIPU'] },
  { role: 'Financiële steun', members: ['Ministerie BZK (NL)'] },
  { role: 'Procesondersteuning', members: ['SG Benelux'], icon: 'i-ph-handshake' },
]

describe('memberColumns', () => {
  it.each([[1, 1], [5, 1], [6, 2], [9, 2], [10, 2], [11, 3], [17, 3]])('%d members -> %d columns', (n, cols) => {
    expect(memberColumns(n)).toBe(cols)
  })
})

describe('panelLayout', () => {
  it.each([
    ['three small groups in one row', [2, 1, 1], { columns: 3, spans: [1, 1, 1], dense: false }],
    ['thema 1: nine cities get a double-width card, two rows of three', [2, 9, 4, 1, 1], { columns: 3, spans: [1, 2, 1, 1, 1], dense: true }],
    ['benelux+: seventeen cities in three member columns', [3, 2, 17, 2, 1, 1], { columns: 4, spans: [1, 1, 2, 1, 1, 1], dense: true }],
    ['one big group alone', [12], { columns: 2, spans: [2], dense: false }],
  ])('%s', (_name, counts, expected) => {
    const layout = panelLayout(counts)
    expect(layout.columns).toBe(expected.columns)
    expect(layout.cards.map(c => c.span)).toEqual(expected.spans)
    expect(layout.dense).toBe(expected.dense)
  })
})

describe('validateStakeholderPanel', () => {
  it('accepts the Thema 1 partners', () => {
    expect(validateStakeholderPanel({ groups })).toEqual([])
    expect(validateStakeholderPanel({ groups, clicks: 'true' })).toEqual([])
  })

  it.each([
    ['no groups', {}, '"groups" must be an array, got nothing'],
    ['empty groups', { groups: [] }, '"groups" is empty'],
    ['group not an object', { groups: ['Steden'] }, 'groups[0] must be an object with role and members'],
    ['missing role', { groups: [groups[0], { members: ['a'] }] }, 'groups[1].role is missing or empty'],
    ['missing members', { groups: [groups[0], { role: 'Steden' }] }, 'groups[1].members is missing (a list of names)'],
    ['no members', { groups: [{ role: 'Steden', members: [] }] }, 'groups[0].members is empty'],
    ['empty member', { groups: [{ role: 'Steden', members: ['Gent', ' '] }] }, 'groups[0].members[1] is missing or empty'],
    ['bad icon', { groups: [{ role: 'a', members: ['b'], icon: 'city' }] }, 'groups[0].icon "city" is not an icon class'],
    ['note not text', { groups: [{ role: 'a', members: ['b'], note: 2 }] }, 'groups[0].note must be text'],
  ])('reports %s', (_name, props, message) => {
    expect(validateStakeholderPanel(props).join('\n')).toContain(message)
  })
})
