import { describe, expect, it } from 'vitest'
import { bilingualNotesHtml, noteParagraphs } from './bilingual-notes'

const render = (md: string) => `<p>${md}</p>`

describe('bilingual notes', () => {
  it('splits notes into paragraphs', () => {
    expect(noteParagraphs('Een.\n\n- a\n- b\n\n  \nTwee.')).toEqual(['Een.', '- a\n- b', 'Twee.'])
  })

  it('pairs the paragraphs of the languages row by row, each column tagged with its language', () => {
    expect(bilingualNotesHtml([{ lang: 'nl', markdown: 'Een.\n\nTwee.' }, { lang: 'fr', markdown: 'Un.\n\nDeux.' }], render)).toBe(
      '<div class="bx-pair"><div lang="nl"><p>Een.</p></div><div lang="fr"><p>Un.</p></div></div>\n'
      + '<div class="bx-pair"><div lang="nl"><p>Twee.</p></div><div lang="fr"><p>Deux.</p></div></div>',
    )
  })

  it('puts uneven notes in one row, and gives nothing for none', () => {
    expect(bilingualNotesHtml([{ lang: 'nl', markdown: 'Een.\n\nTwee.' }, { lang: 'fr', markdown: 'Un et deux.' }], render))
      .toBe('<div class="bx-pair"><div lang="nl"><p>Een.\n\nTwee.</p></div><div lang="fr"><p>Un et deux.</p></div></div>')
    expect(bilingualNotesHtml([{ lang: 'nl', markdown: '' }, { lang: 'fr', markdown: ' ' }], render)).toBe('')
  })
})
