import type { Deck } from '../../cli/shared/deck'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../cli/shared/deck'
import { THEME_ROOT } from '../../cli/shared/theme'

// No browser needed: what the parser sees is what navigation, outline and presenter get.
let deck: Deck

beforeAll(async () => {
  deck = await loadDeck(join(THEME_ROOT, 'slides.md'))
})

/** Rough sentence count: text that ends in . ! or ? before a space or the end. */
function sentences(note: string): number {
  return note.replace(/\[click\]/g, '').split(/(?<=[.!?])\s+(?=[\p{Lu}[("“‘])/u).filter(s => s.trim().length > 2).length
}

describe('main deck metadata', () => {
  it('has its title, author, language and description in the headmatter', () => {
    expect(deck.title).toBe('Benelux-samenwerking actief en actueel')
    expect(deck.author).not.toBe('')
    expect(deck.lang).toBe('nl')
    expect(deck.description.length).toBeGreaterThan(40)
  })

  it('has a title on every slide', () => {
    const untitled = deck.slides.filter(s => !s.title).map(s => s.no)
    expect(untitled, 'slides without a # title').toEqual([])
  })

  it('has speaker notes of at least three sentences on every slide', () => {
    const thin = deck.slides
      .filter(s => sentences(s.note) < 3)
      .map(s => `slide ${s.no} "${s.title}": ${sentences(s.note)} sentence(s)`)
    expect(thin, `\n${thin.join('\n')}\n`).toEqual([])
  })
})
