/**
 * `briefing check` on a two-language fixture deck with untranslated parts: it fails and
 * names the slide and the field of each (title, attribute, notes, component data).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { THEME_ROOT } from '../../cli/shared/theme'
import { briefing } from '../support/cli'

// Inside the repository (so `theme: ../..` finds the components); .cache is git-ignored.
const FIXTURE_DIR = join(THEME_ROOT, '.cache/check-translations')

const DECK = `---
theme: ../..
title: '{nl: Vertaaltest | fr: Test de traduction}'
lang: nl
languages: [nl, fr]
favicon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>'
fonts:
  sans: Source Sans 3
  serif: Source Serif 4
  provider: none
---

# {nl: Begin | fr: Début}

<!--
:::nl
Welkom.
:::fr
Bienvenue.
:::
-->

---

# {nl: Structuur}

<script setup lang="ts">
import { org } from './data/org'
</script>

<OrgChart :nodes="org.nodes" title="{nl: Organigram | de: Organigramm}" />

<!--
:::nl
Alleen in het Nederlands.
:::
-->
`

const DATA = `import { bilingual } from '../../../components/i18n'

export const org = bilingual<{ nodes: { id: string, label: string }[] }>({
  nodes: [
    { id: 'raad', label: { nl: 'Raad', fr: 'Conseil' } },
    { id: 'hof', label: { nl: 'Benelux-Gerechtshof' } },
  ],
})
`

describe('briefing check, translations', () => {
  it('fails naming slide and field of every text that lacks a language or names an unknown one', () => {
    mkdirSync(join(FIXTURE_DIR, 'data'), { recursive: true })
    writeFileSync(join(FIXTURE_DIR, 'slides.md'), DECK)
    writeFileSync(join(FIXTURE_DIR, 'data/org.ts'), DATA)
    // One language is enough: the translation check reads every language from the source.
    const run = briefing(['check', '.cache/check-translations/slides.md', '--lang', 'nl'], { timeout: 180_000 })
    expect(run.output).toContain('slide 2 "Structuur": title, inline text "Structuur" (line 25) lacks fr')
    expect(run.output).toContain('slide 2 "Structuur": attribute title, inline text "Organigram" (line 31) lacks fr and names unknown language de')
    expect(run.output).toContain('slide 2 "Structuur": notes, block "Alleen in het Nederlands." (line 34) lacks fr')
    expect(run.output).toContain('slide 2 "Structuur": data org.nodes[1].label (data/org.ts) lacks fr')
    expect(run.output).not.toContain('slide 1 ')
    expect(run.output).toMatch(/check: 4 problems on 1 slide of 2/)
    expect(run.status).toBe(1)
  })

  it('refuses a --lang the deck does not declare', () => {
    const run = briefing(['check', '.cache/check-translations/slides.md', '--lang', 'de'])
    expect(run.output).toContain('briefing check: --lang: Language "de" is not one of the deck\'s languages (nl, fr)')
    expect(run.status).toBe(2)
  })
})
