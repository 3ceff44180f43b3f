/** Small broken decks for the fault tests (tests/tools/faults.e2e.test.ts), under .cache/ with the repo root as theme. */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { writeFixtureDeck } from './export-fixtures'

function head(title = 'Fouttest') {
  return `---
theme: ../../..
title: ${title}
lang: nl
favicon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>'
fonts:
  sans: Source Sans 3
  serif: Source Serif 4
  provider: none
---
`
}

export const FAULT_DECKS = {
  /** Three plain slides: the deck of the browser and Ctrl-C cases (tests/tools/browser-faults.e2e.test.ts), built once for all of them. */
  tiny: `${head('Kleine deck')}
# Begin

Een eerste dia.

---

# Midden

Een tweede dia.

---

# Einde

Een derde dia.
`,
  /** An unknown icon, a slide whose script throws, a misspelt component, unequal comparison columns, an image layout without image. */
  faults: `${head()}
# Thema's

<ThemeCards :themes="[{ title: 'Samenwerking', icon: 'i-ph-handshakes' }, { title: 'Duurzaam', icon: 'i-ph-leaf' }]" />

---

# Kapotte dia

<script setup lang="ts">
throw new Error('kapot in setup')
</script>

Tekst

---

# Vergelijking

<Timline :events="[{ date: '1985', label: 'Schengen' }]" />

<Comparison :columns="[{ heading: '1958', items: ['a', 'b', 'c'] }, { heading: '2008', items: ['a', 'b'] }]" />

---
layout: image-right
---

# Kaart

Een beeldlay-out zonder image.
`,
  /** Invalid YAML: an unclosed quote in the headmatter and in a slide's frontmatter. */
  yaml: `---
theme: ../../..
title: "Jaarverslag 2026
lang: nl
---

# Begin

---
layout: "two-cols
---

# Links

::right::

Rechts
`,
  /** Slide 2 imports a data file that does not exist. */
  missing: `${head()}
# Begin

---

# Cijfers

<script setup lang="ts">
import cijfers from './data/cijfers.json'
</script>

{{ cijfers }}
`,
  /** Slide 2's script does not parse. */
  syntax: `${head()}
# Begin

---

# Cijfers

<script setup lang="ts">
const a = 1
const b = (a +
</script>

Tekst
`,
  /**
   * Two languages, with a link to slide 99 (in each language's text), a link to a slide name
   * no slide has, links in code (not links), an unclosed language choice, a language the
   * headmatter does not list, an untranslated text and a `:::fr` block without its end.
   */
  links: `${head('Koppelingen').replace('lang: nl\n', 'lang: nl\nlanguages: [nl, fr]\n')}
# {nl: Structuur | fr: Structure

Tekst.

---

# {nl: Bijlagen | fr: Annexes}

{nl: Zie [de bijlage](/99). | fr: Voir [l'annexe](/99).}

<Link to="begin">↩</Link> \`[in code](/98)\`

\`\`\`md
[ook code](/97)
\`\`\`

---

# {nl: Slot | fr: Fin}

{nl: Tekst | de: Text}

{nl: Alleen Nederlands}

:::nl
Slotwoord.
:::fr
Mot de la fin.
`,
} as const

/** Writes a fault deck and returns the path of its slides.md. */
export function writeFaultDeck(name: keyof typeof FAULT_DECKS): string {
  return writeFixtureDeck('faults-e2e', name, FAULT_DECKS[name])
}

/**
 * The tiny deck for `briefing dev`, with a Vite config that makes its Slidev hostile: it
 * ignores SIGINT and SIGTERM and has started a process in a group of its own (a terminal's
 * Ctrl-C does not reach it). Returns the path of its slides.md.
 */
export function writeHostileDevDeck(): string {
  const entry = writeFixtureDeck('faults-e2e', 'dev', FAULT_DECKS.tiny)
  writeFileSync(join(dirname(entry), 'vite.config.ts'), `// Loaded in Slidev's own process (tests/support/fault-fixtures.ts).
import { spawn } from 'node:child_process'
import process from 'node:process'

process.on('SIGINT', () => {})
process.on('SIGTERM', () => {})
spawn('sleep', ['600'], { detached: true, stdio: 'ignore' }).unref()

export default {}
`)
  return entry
}
