import { describe, expect, it } from 'vitest'
import { replaceLine, scaleDeck, treeRssKiB } from './bench-tools'

describe('scaleDeck', () => {
  const snippets = [{ name: 'timeline', body: '<Timeline :events="[]" />\n' }, { name: 'comparison', body: '<Comparison />' }]

  it('makes the asked number of slides, cycling through the snippets, each with notes', () => {
    const deck = scaleDeck(snippets, 5, '../..')
    expect(deck.startsWith('---\ntheme: ../..\n')).toBe(true)
    expect(deck.match(/^# /gm)).toHaveLength(5)
    expect(deck.match(/<Timeline/g)).toHaveLength(2)
    expect(deck.match(/<Comparison/g)).toHaveLength(2)
    expect(deck.match(/<!--/g)).toHaveLength(5)
    expect(deck).toContain('# Dia 5: comparison')
  })

  it('refuses no snippets', () => {
    expect(() => scaleDeck([], 3, '.')).toThrow(/no snippets/)
  })
})

describe('replaceLine', () => {
  it('replaces the one occurrence', () => {
    expect(replaceLine('a\nnote one\nb', 'note one', 'note two')).toBe('a\nnote two\nb')
  })
  it('refuses a line that is missing or not unique', () => {
    expect(() => replaceLine('x', 'y', 'z')).toThrow(/exactly once/)
    expect(() => replaceLine('y y', 'y', 'z')).toThrow(/exactly once/)
  })
})

describe('treeRssKiB', () => {
  it('counts this process', () => {
    expect(treeRssKiB(process.pid)).toBeGreaterThan(10_000)
  })
})
