import { describe, expect, it } from 'vitest'
import { exportBaseName, exportFileName, tempFileName } from './export-names'

describe('exportBaseName', () => {
  it.each([
    ['/x/slides.md', 'benelux-briefing', 'benelux-briefing'],
    ['/x/slides.md', '@team/deck', 'deck'],
    ['/x/decks/urbiscoop/slides.md', 'benelux-briefing', 'urbiscoop'],
    ['/x/slides.md', '', 'x'],
    ['/x/urbiscoop 2012.md', 'benelux-briefing', 'urbiscoop-2012'],
    ['/x/-- .md', '', 'deck'],
  ])('%s with package %s -> %s', (entry, pkg, expected) => {
    expect(exportBaseName(entry, pkg, '/x')).toBe(expected)
  })
})

describe('exportFileName', () => {
  it.each([
    ['slides', 'deck.pdf'],
    ['handout', 'deck-handout.pdf'],
    ['handout-3up', 'deck-handout-3up.pdf'],
  ] as const)('%s -> %s', (kind, expected) => {
    expect(exportFileName('deck', kind)).toBe(expected)
  })
})

describe('tempFileName', () => {
  it('is a hidden file beside the target', () => {
    expect(tempFileName('/out/deck-handout.pdf', 42)).toBe('/out/.deck-handout.42.tmp.pdf')
    expect(tempFileName('/out/deck.pptx', 7)).toBe('/out/.deck.7.tmp.pptx')
  })
})
