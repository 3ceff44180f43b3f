/** Small decks for the export tests, written under .cache/ and using the repo root as theme. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../scripts/lib/build'

const HEAD = `---
theme: ../../..
title: Exporttest
author: Testteam
lang: nl
info: Een kleine deck voor de exporttests.
favicon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>'
fonts:
  sans: Source Sans 3
  serif: Source Serif 4
  provider: none
layout: cover
---
`

export const FIXTURES = {
  /** Clicks and formatted notes: the PDF must show the final click state. */
  clicks: `${HEAD}
# Exporttest

<!--
Notities met **vet** en een lijst:

- eerste punt
- tweede punt
-->

---

# Stap voor stap

<v-clicks>

- Zichtbaar vanaf het begin
- Pas na de laatste klik zichtbaar

</v-clicks>

<!--
Deze dia heeft twee kliks.
-->
`,
  /** Slide 2's script throws, slide 3's component reports bad input: the export must fail and name both. */
  failing: `${HEAD}
# Werkt

---

# Kapotte dia

<script setup lang="ts">
throw new Error('kapot in setup')
</script>

Tekst

---

# Foute invoer

<ComponentError component="Tijdlijn" :problems="['jaartal ontbreekt']" />
`,
} as const

export type FixtureName = keyof typeof FIXTURES

/** Writes a fixture deck and returns the path of its slides.md. */
export function writeFixture(name: FixtureName): string {
  const dir = join(PROJECT_ROOT, '.cache/export-e2e', name)
  mkdirSync(dir, { recursive: true })
  const entry = join(dir, 'slides.md')
  writeFileSync(entry, FIXTURES[name])
  return entry
}
