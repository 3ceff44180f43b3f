import { describe, expect, it } from 'vitest'
import { deckLanguages, describeGap, fenceTracker, findLanguageSyntaxErrors, findTranslationGaps, selectInline, selectLanguage } from './bilingual'

const BOTH = { lang: 'nl', languages: ['nl', 'fr'] }
const deck = (text: string) => text.split('\n')

describe('deckLanguages', () => {
  it('takes languages from the headmatter, lead language first, and --lang over lang', () => {
    expect(deckLanguages({ lang: 'fr', languages: ['nl', 'fr'] })).toEqual({ languages: ['fr', 'nl'], lang: 'fr' })
    expect(deckLanguages({ lang: 'nl', languages: 'nl, fr' }, 'fr')).toEqual({ languages: ['nl', 'fr'], lang: 'fr' })
    expect(deckLanguages({ lang: 'nl' })).toEqual({ languages: ['nl'], lang: 'nl' })
    expect(deckLanguages({})).toEqual({ languages: ['nl'], lang: 'nl' })
  })

  it('refuses a language the deck does not declare, naming both', () => {
    expect(() => deckLanguages({ lang: 'nl' }, 'fr')).toThrow(/"fr" is not one of the deck's languages \(nl\)/)
  })

  it('names a headmatter lang that its languages do not list as the headmatter\'s mistake', () => {
    expect(() => deckLanguages({ lang: 'de', languages: ['nl', 'fr'] })).toThrow('The headmatter\'s lang "de" is not one of its languages (nl, fr): set lang to one of them or add it: languages: [nl, fr, de]')
  })
})

describe('selectLanguage', () => {
  const source = deck(`---
title: '{nl: Welkom | fr: Bienvenue}'
lang: nl
languages: [nl, fr]
info: |
  :::nl
  Een briefing.
  :::fr
  Une présentation.
  :::
---

# {nl: Structuur van de Benelux | fr: Structure du Benelux}

<Timeline :events="history" />

:::nl
- Eén
- Twee
:::fr
- Un
- Deux
:::

\`\`\`md
{nl: code | fr: code} stays
:::nl
\`\`\`

<!--
:::nl
[click] Notitie.
:::fr
[click] Note.
:::
-->`)

  it('keeps the chosen language of blocks, inline texts and the headmatter, and shared lines', () => {
    const fr = selectLanguage(source, { ...BOTH, lang: 'fr' }).join('\n')
    expect(fr).toContain(`title: 'Bienvenue'\nlang: fr\ninfo: |\n  Une présentation.\n---`)
    expect(fr).toContain('# Structure du Benelux\n\n<Timeline :events="history" />\n\n- Un\n- Deux\n')
    expect(fr).toContain('<!--\n[click] Note.\n-->')
    expect(fr).not.toMatch(/Twee|Notitie|Welkom|:::fr/)
    const nl = selectLanguage(source, BOTH).join('\n')
    expect(nl).toContain('# Structuur van de Benelux')
    expect(nl).toContain('- Eén\n- Twee\n')
    expect(nl).toContain('lang: nl')
  })

  it('leaves fenced code as written', () => {
    expect(selectLanguage(source, { ...BOTH, lang: 'fr' }).join('\n')).toContain('```md\n{nl: code | fr: code} stays\n:::nl\n```')
  })

  it('falls back to the lead language where the chosen one is missing', () => {
    expect(selectLanguage(deck(':::nl\nAlleen Nederlands\n:::'), { ...BOTH, lang: 'fr' })).toEqual(['Alleen Nederlands'])
    expect(selectInline('# {nl: Alleen}', 'fr', ['nl', 'fr'])).toBe('# Alleen')
  })

  it('leaves ordinary braces alone: JS objects, Vue, a single undeclared code', () => {
    for (const text of [`{ theme1: 'x' }`, '{{ $page }}', `{id: 'x'}`, `:legend="{ 'benelux+': 'B+' }"`])
      expect(selectInline(text, 'fr', ['nl', 'fr'])).toBe(text)
    expect(selectInline(`{ title: '{nl: Raad | fr: Conseil}', icon: 'i-ph-x' }`, 'fr', ['nl', 'fr'])).toBe(`{ title: 'Conseil', icon: 'i-ph-x' }`)
  })

  it('drops languages (in either YAML form) from the built headmatter', () => {
    expect(selectLanguage(deck('---\nlanguages:\n  - nl\n  - fr\nlang: nl\n---\n# A'), BOTH)).toEqual(['---', 'lang: nl', '---', '# A'])
  })

  it('adds lang to a headmatter that has none, and leaves a deck without headmatter as it is', () => {
    expect(selectLanguage(deck('---\ntitle: x\n---\n# A'), { languages: ['fr'], lang: 'fr' })).toEqual(['---', 'lang: fr', 'title: x', '---', '# A'])
    expect(selectLanguage(deck('# A'), { languages: ['nl'], lang: 'nl' })).toEqual(['# A'])
  })
})

describe('findTranslationGaps', () => {
  it('finds blocks and inline texts that lack a language or name an unknown one, by line', () => {
    const gaps = findTranslationGaps(deck(`# {nl: Titel | fr: Titre}
# {nl: Alleen Nederlands}
:::nl
Tekst
:::
:::nl
Tekst
:::de
Text
:::fr
Texte
:::
<li>{nl: Een | de: Eins}</li>`), ['nl', 'fr'])
    expect(gaps).toEqual([
      { line: 2, what: 'inline text "Alleen Nederlands"', missing: ['fr'], unknown: [] },
      { line: 3, what: 'block "Tekst"', missing: ['fr'], unknown: [] },
      { line: 6, what: 'block "Tekst"', missing: [], unknown: ['de'] },
      { line: 13, what: 'inline text "Een"', missing: ['fr'], unknown: ['de'] },
    ])
    expect(describeGap(gaps[3]!)).toBe('lacks fr and names unknown language de')
  })

  it('finds nothing in a one-language deck, nor in code', () => {
    expect(findTranslationGaps(deck('# Titel\n\nTekst {id: 1}\n```\n:::nl\n```'), ['nl'])).toEqual([])
  })
})

describe('fenceTracker', () => {
  it('marks fence lines and what lies between them, closing only on the same character, at least as long', () => {
    const inFence = fenceTracker()
    const lines = ['text', '````md', '```', '~~~~', '````', 'after', '~~~', 'code', '~~~~', 'end']
    expect(lines.map(inFence)).toEqual([false, true, true, true, true, false, true, true, true, false])
  })
})

describe('findLanguageSyntaxErrors', () => {
  const errors = (text: string) => findLanguageSyntaxErrors(deck(text), ['nl', 'fr'])

  it('finds nothing in well-formed forms, code and ordinary braces', () => {
    expect(errors([
      '# {nl: Structuur | fr: Structure}',
      ':::nl',
      'Tekst',
      ':::fr',
      'Texte',
      ':::',
      '`{nl: in code`',
      '```ts',
      'const o = {nl: 1',
      ':::fr',
      '```',
      '{id: 1} {de: iets}',
    ].join('\n'))).toEqual([])
  })

  it('names an inline choice without its closing brace, by line', () => {
    expect(errors('---\ntitle: x\n---\n\n# {nl: Structuur | fr: Structure\n\nen {nl: {{ n }} leden | fr: membres}')).toEqual([
      { line: 5, text: 'language choice "{nl: Structuur | fr: Structure" is not closed: a `{nl: … | …}` ends with `}` on its own line and holds no other braces' },
      { line: 7, text: 'language choice "{nl: {{ n }} leden | fr: membres}" is not closed: a `{nl: … | …}` ends with `}` on its own line and holds no other braces' },
    ])
  })

  it('finds an unclosed choice inside a block too', () => {
    expect(errors(':::nl\n{nl: a\n:::fr\nb\n:::').map(e => e.line)).toEqual([2])
  })

  it('names a block that the file ends in, or that runs past its slide', () => {
    expect(errors('# A\n\n:::nl\nTekst\n:::fr\nTexte')).toEqual([
      { line: 3, text: 'block `:::nl` has no closing `:::`: the rest of the file goes to its last language only' },
    ])
    expect(errors('# A\n\n:::nl\nTekst\n:::fr\nTexte\n\n---\n\n# B\n\n:::nl\nx\n:::fr\ny\n:::')).toEqual([
      { line: 3, text: 'block `:::nl` runs past the end of its slide (the `---` on line 8): close it with `:::` before the slide ends' },
      { line: 3, text: 'block `:::nl` names nl twice (lines 3 and 12): a `:::` is missing before line 12' },
    ])
  })

  it('reads a `---` in fenced code inside a block as code', () => {
    expect(errors(':::nl\n```yaml\n---\n```\n:::fr\nx\n:::')).toEqual([])
  })
})
