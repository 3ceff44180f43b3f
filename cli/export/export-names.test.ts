import { describe, expect, it } from 'vitest'
import { bilingualFileName, exportBaseName, exportFileName, tempFileName } from './export-names'

describe('exportBaseName', () => {
  it.each([
    ['/x/slides.md', {}, 'x'],
    ['/x/slides.md', { packageName: 'my-briefing' }, 'my-briefing'],
    ['/x/slides.md', { packageName: '@team/deck' }, 'deck'],
    ['/x/slides.md', { exportFilename: 'benelux-briefing', packageName: 'slidev-theme-benelux' }, 'benelux-briefing'],
    ['/x/urbiscoop 2012.md', { packageName: 'my-briefing' }, 'urbiscoop-2012'],
    ['/x/urbiscoop.md', { exportFilename: 'jaarverslag 2026' }, 'jaarverslag-2026'],
    ['/x/-- .md', {}, 'deck'],
  ])('%s with %o -> %s', (entry, names, expected) => {
    expect(exportBaseName(entry, names)).toBe(expected)
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

  it.each([
    ['slides', 'benelux-briefing.fr.pdf'],
    ['handout', 'benelux-briefing.fr-handout.pdf'],
    ['handout-3up', 'benelux-briefing.fr-handout-3up.pdf'],
  ] as const)('%s in another language -> %s', (kind, expected) => {
    expect(exportFileName('benelux-briefing', kind, 'fr')).toBe(expected)
  })

  it('names the bilingual handout after its languages, slide language first', () => {
    expect(bilingualFileName('benelux-briefing', ['nl', 'fr'])).toBe('benelux-briefing.nl-fr-handout.pdf')
  })
})

describe('tempFileName', () => {
  it('is a hidden file beside the target', () => {
    expect(tempFileName('/out/deck-handout.pdf', 42)).toBe('/out/.deck-handout.42.tmp.pdf')
    expect(tempFileName('/out/deck.pptx', 7)).toBe('/out/.deck.7.tmp.pptx')
  })
})
