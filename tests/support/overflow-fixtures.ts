/**
 * A deck that overflows in every way `briefing check` names (tests/tools/overflow.e2e.test.ts):
 * one slide per kind, under .cache/ with the repository root as theme.
 */
import { writeFixtureDeck } from './export-fixtures'

const items = (n: number) => Array.from({ length: n }, (_, i) => `- Punt ${i + 1}: overleg tussen de ministers van de drie landen`).join('\n')

export const OVERFLOW_DECK = `---
theme: ../../..
title: Overloop
lang: nl
favicon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>'
fonts:
  sans: Source Sans 3
  serif: Source Serif 4
  provider: none
---

# Buiten het beeld

<p class="absolute whitespace-nowrap" style="left: 820px; top: 200px">Grensoverschrijdende samenwerking</p>

Tekst die past.

---

# Over de voettekst

Tekst die past.

<p class="absolute" style="left: 52px; bottom: 4px; margin: 0">Meer informatie over de Benelux</p>

---

# Uit het kader

Tekst die past.

<div class="absolute" style="left: 52px; top: 260px; width: 240px; height: 64px; border: 1px solid #888; padding: 6px">Interne markt en economische unie, duurzame ontwikkeling en justitie</div>

---

# Over elkaar

Tekst die past.

<p class="absolute" style="left: 52px; top: 300px; margin: 0">Politiesamenwerking</p>
<p class="absolute" style="left: 70px; top: 306px; margin: 0">Crisisbeheersing</p>

---

# Krap

${items(12)}

---

# Te vol

${items(16)}
`

/** Writes the overflow deck and returns the path of its slides.md. */
export function writeOverflowDeck(): string {
  return writeFixtureDeck('overflow-e2e', 'overflow', OVERFLOW_DECK)
}
