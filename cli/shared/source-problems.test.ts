import { describe, expect, it } from 'vitest'
import { mergeLanguages } from './source-problems'

describe('mergeLanguages', () => {
  it('lists a problem of every language once and names the languages of the others', () => {
    const both = { slide: 1, text: 'link "x" to /9 leads to no slide: the deck has slides 1 to 3' }
    expect(mergeLanguages([
      { lang: 'nl', problems: [both, { slide: 2, text: 'link "de bijlage" to /99 leads to no slide' }] },
      { lang: 'fr', problems: [both, { slide: 2, text: 'link "l\'annexe" to /99 leads to no slide' }] },
    ])).toEqual([
      both,
      { slide: 2, text: 'link "de bijlage" to /99 leads to no slide (in nl)' },
      { slide: 2, text: 'link "l\'annexe" to /99 leads to no slide (in fr)' },
    ])
  })

  it('adds nothing in a deck of one language', () => {
    const problem = { slide: 3, text: 'link "a" to /4 leads to no slide' }
    expect(mergeLanguages([{ lang: 'nl', problems: [problem] }])).toEqual([problem])
  })
})
