import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { slideImports, sourceTranslationProblems, translationProblems } from './translations'

const DECK = `---
title: '{nl: Test | fr: Essai}'
languages: [nl, fr]
info: |
  :::nl
  Alleen Nederlands.
  :::
---

# {nl: Begin | fr: Début}

<!--
:::nl
Notitie.
:::fr
Note.
:::
-->

---
layout: quote
---

# {nl: Citaat}

<SourcedQuote source="{nl: Bron | xx: Quelle}">
:::nl
Tekst.
:::fr
Texte.
:::
</SourcedQuote>

<script setup lang="ts">
import { history, type Row } from './slides/data/history'
import { ref } from 'vue'
</script>

<!--
:::fr
Seulement en français.
:::
-->
`

describe('sourceTranslationProblems', () => {
  it('names the slide and the field of every text that lacks a language or names an unknown one', () => {
    expect(sourceTranslationProblems(DECK, ['nl', 'fr'])).toEqual([
      { slide: 1, text: 'headmatter info, block "Alleen Nederlands." (line 5) lacks fr' },
      { slide: 2, text: 'title, inline text "Citaat" (line 24) lacks fr' },
      { slide: 2, text: 'attribute source, inline text "Bron" (line 26) lacks fr and names unknown language xx' },
      { slide: 2, text: 'notes, block "Seulement en français." (line 40) lacks nl' },
    ])
  })

  it('names each mistake in the language syntax by slide, field and line, before the gaps', () => {
    const deck = '---\ntitle: T\nlanguages: [nl, fr]\n---\n\n# {nl: Structuur | fr: Structure\n\n---\n\n# B\n\n<!--\n:::nl\nNotitie.\n:::fr\nNote.\n-->\n'
    expect(sourceTranslationProblems(deck, ['nl', 'fr'])).toEqual([
      { slide: 1, text: 'title, language choice "{nl: Structuur | fr: Structure" is not closed: a `{nl: … | …}` ends with `}` on its own line and holds no other braces (line 6)' },
      { slide: 2, text: 'notes, block `:::nl` has no closing `:::`: the rest of the file goes to its last language only (line 13)' },
    ])
  })

  it('finds nothing in a deck in one language', () => {
    expect(sourceTranslationProblems('---\ntitle: Een\nlang: nl\n---\n\n# Titel\n\n<!--\nNotitie.\n-->\n', ['nl'])).toEqual([])
  })

  it('flags a deck in one language that names another', () => {
    expect(sourceTranslationProblems('# {nl: Titel | fr: Titre}\n', ['nl'])).toEqual([
      { slide: 1, text: 'title, inline text "Titel" (line 1) names unknown language fr' },
    ])
  })
})

describe('slideImports', () => {
  it('lists the relative named imports of each slide, types left out', () => {
    expect(slideImports(DECK)).toEqual([{ slide: 2, specifier: './slides/data/history', names: ['history'] }])
  })
})

describe('translationProblems', () => {
  it('reads the slide files the deck imports too, numbering their slides as the deck does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bx-translations-'))
    try {
      mkdirSync(join(dir, 'pages'))
      writeFileSync(join(dir, 'slides.md'), '---\ntitle: T\nlanguages: [nl, fr]\n---\n\n# {nl: Begin | fr: Début}\n\n---\nhide: true\n---\n\n# Verborgen\n\n---\nsrc: ./pages/deel.md\n---\n')
      writeFileSync(join(dir, 'pages/deel.md'), '---\nlayout: default\n---\n\n# {nl: Deel | fr: Partie\n\n---\n\n# {nl: Slot}\n')
      expect(await translationProblems(join(dir, 'slides.md'))).toEqual([
        { slide: 2, text: 'title, language choice "{nl: Deel | fr: Partie" is not closed: a `{nl: … | …}` ends with `}` on its own line and holds no other braces (pages/deel.md:5)' },
        { slide: 3, text: 'title, inline text "Slot" (pages/deel.md:9) lacks fr' },
      ])
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
