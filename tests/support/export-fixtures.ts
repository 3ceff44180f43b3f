/** Small decks for the export tests, written under .cache/ and using the repo root as theme. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { THEME_ROOT } from '../../cli/shared/theme'

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

/** Thirty paragraphs and a 25-item list: about four handout pages of notes. */
export const LONG_NOTES = `Alinea 1: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 2: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 3: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 4: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 5: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 6: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 7: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 8: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 9: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 10: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 11: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 12: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 13: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 14: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 15: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 16: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 17: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 18: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 19: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 20: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 21: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 22: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 23: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 24: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 25: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 26: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 27: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 28: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 29: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

Alinea 30: de Benelux werkt samen over de grenzen heen, met overleg tussen ministers, ambtenaren en deskundigen uit de drie landen.

1. Punt 1 van de opsomming
2. Punt 2 van de opsomming
3. Punt 3 van de opsomming
4. Punt 4 van de opsomming
5. Punt 5 van de opsomming
6. Punt 6 van de opsomming
7. Punt 7 van de opsomming
8. Punt 8 van de opsomming
9. Punt 9 van de opsomming
10. Punt 10 van de opsomming
11. Punt 11 van de opsomming
12. Punt 12 van de opsomming
13. Punt 13 van de opsomming
14. Punt 14 van de opsomming
15. Punt 15 van de opsomming
16. Punt 16 van de opsomming
17. Punt 17 van de opsomming
18. Punt 18 van de opsomming
19. Punt 19 van de opsomming
20. Punt 20 van de opsomming
21. Punt 21 van de opsomming
22. Punt 22 van de opsomming
23. Punt 23 van de opsomming
24. Punt 24 van de opsomming
25. Punt 25 van de opsomming`

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
  /** Links between slides and to the web; speaker notes too long for one handout page. */
  links: `${HEAD}
# Koppelingen

[Naar de derde dia](/3), [de Benelux-website](https://www.benelux.int/) en <Link to="2">dia twee</Link>.

---

# Lange notities

Deze dia heeft notities die over meerdere pagina's van de hand-out lopen.

<!--
${LONG_NOTES}
-->

---

# Slot

Einde.
`,
} as const

export type FixtureName = keyof typeof FIXTURES

/** Writes a fixture deck and returns the path of its slides.md. */
export function writeFixture(name: FixtureName): string {
  return writeFixtureDeck('export-e2e', name, FIXTURES[name])
}

/**
 * Writes a fixture deck to .cache/<suite>/<name>/slides.md, two folders below the repo root
 * (what its `theme: ../../..` expects), and returns that path.
 */
export function writeFixtureDeck(suite: string, name: string, markdown: string): string {
  const dir = join(THEME_ROOT, '.cache', suite, name)
  mkdirSync(dir, { recursive: true })
  const entry = join(dir, 'slides.md')
  writeFileSync(entry, markdown)
  return entry
}
