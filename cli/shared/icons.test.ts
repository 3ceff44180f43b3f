import { describe, expect, it } from 'vitest'
import { iconChecker, levenshtein, loadIconSet, nearestNames } from './icons'

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['handshake', 'handshake', 0],
    ['handshakes', 'handshake', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s / %s -> %d', (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d)
    expect(levenshtein(b, a)).toBe(d)
  })
})

describe('nearestNames', () => {
  it('orders by distance, then name, and drops far names', () => {
    expect(nearestNames('handshakes', ['hand', 'handshake', 'handshake-bold', 'handshaker', 'zebra'])).toEqual(['handshake', 'handshaker'])
  })
})

describe('iconChecker', () => {
  const sets = { ph: { prefix: 'ph', title: 'Phosphor', names: new Set(['handshake', 'scales', 'leaf']) } }
  const check = iconChecker(prefix => sets[prefix as keyof typeof sets])
  it.each([
    ['i-ph-handshake', undefined],
    ['i-ph-handshakes', 'icon "i-ph-handshakes" is not in the installed Phosphor set (@iconify-json/ph); nearest: i-ph-handshake'],
    ['i-mdi-home', 'icon "i-mdi-home": no icon set "mdi" is installed (npm package @iconify-json/mdi)'],
    ['i-ph', '"i-ph" is not an icon class like "i-ph-scales"'],
  ])('%s', (name, expected) => {
    expect(check(name)).toBe(expected)
  })

  it('reads the installed Phosphor set', () => {
    const ph = loadIconSet('ph')!
    expect(ph.names.has('handshake')).toBe(true)
    expect(iconChecker()('i-ph-handshakes')).toBe('icon "i-ph-handshakes" is not in the installed Phosphor set (@iconify-json/ph); nearest: i-ph-handshake')
    expect(iconChecker()('i-ph-scales')).toBeUndefined()
  })
})
