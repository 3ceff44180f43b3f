import { describe, expect, it } from 'vitest'
import { cardColumns, startNumber, validateThemeCards } from './theme-cards'

const themes = [
  { title: 'Interne Markt en Economische Unie', icon: 'i-ph-storefront' },
  { title: 'Duurzame ontwikkeling', icon: 'i-ph-leaf' },
  { title: 'Justitie en Binnenlandse Zaken', icon: 'i-ph-scales', items: ['Politiesamenwerking'] },
]

describe('startNumber', () => {
  it.each([[undefined, 1], [1, 1], ['3', 3], [0, 0]])('%j -> %d', (start, n) => {
    expect(startNumber(start)).toBe(n)
  })
})

describe('cardColumns', () => {
  it.each([[1, 1], [3, 3], [4, 4], [5, 3], [6, 3], [8, 4], [9, 3]])('%d cards -> %d columns', (count, columns) => {
    expect(cardColumns(count)).toBe(columns)
  })
})

describe('validateThemeCards', () => {
  it('accepts the three themes', () => {
    expect(validateThemeCards({ themes })).toEqual([])
    expect(validateThemeCards({ themes, start: '2', clicks: '' })).toEqual([])
  })

  it.each([
    ['no themes', {}, '"themes" must be an array, got nothing'],
    ['empty themes', { themes: [] }, '"themes" is empty'],
    ['theme not an object', { themes: ['Markt'] }, 'themes[0] must be an object with a title'],
    ['missing title', { themes: [themes[0], { icon: 'i-ph-leaf' }] }, 'themes[1].title is missing or empty'],
    ['bad icon', { themes: [{ title: 'a', icon: 'leaf' }] }, 'themes[0].icon "leaf" is not an icon class'],
    ['items not a list', { themes: [{ title: 'a', items: 'x' }] }, 'themes[0].items must be a list of texts'],
    ['empty item', { themes: [{ title: 'a', items: ['b', ''] }] }, 'themes[0].items[1] is missing or empty'],
    ['text not text', { themes: [{ title: 'a', text: 1 }] }, 'themes[0].text must be text'],
    ['start not a number', { themes, start: 'een' }, '"start" must be a whole number, got the text "een"'],
    ['negative start', { themes, start: -1 }, '"start" must be a whole number'],
  ])('reports %s', (_name, props, message) => {
    expect(validateThemeCards(props).join('\n')).toContain(message)
  })
})
