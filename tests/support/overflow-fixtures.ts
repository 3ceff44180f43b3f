/**
 * Content that overflows in every way `briefing check` names, one slide per kind, with the
 * finding each must give (cli/shared/findings.ts fitProblems). tests/deck/fit.e2e.test.ts
 * puts each slide's body into a content slide of the already built main deck (no build of
 * its own); OVERFLOW_DECK is the same content as a deck, for `briefing check`, `export`,
 * `build` and `screenshots` by hand.
 */
import { writeFixtureDeck } from './export-fixtures'

const items = (n: number) => `<ul>\n${Array.from({ length: n }, (_, i) => `  <li>Punt ${i + 1}: overleg tussen de ministers van de drie landen</li>`).join('\n')}\n</ul>`

export interface OverflowSlide {
  title: string
  /** The slide's body (HTML, as markdown would render it), under its title. */
  body: string
  /** The one finding the slide must give. */
  finding: RegExp
  warning?: boolean
}

export const OVERFLOW_SLIDES: OverflowSlide[] = [
  {
    title: 'Buiten het beeld',
    body: `<p class="absolute whitespace-nowrap" style="left: 820px; top: 200px">Grensoverschrijdende samenwerking</p>\n<p>Tekst die past.</p>`,
    finding: /^content outside the canvas: p\.absolute\.whitespace-nowrap "Grensoverschrijdende samenwerking" runs \d+(\.\d)? px past the slide's right edge$/,
  },
  {
    title: 'Over de voettekst',
    body: `<p>Tekst die past.</p>\n<p class="absolute" style="left: 52px; bottom: 4px; margin: 0">Meer informatie over de Benelux</p>`,
    finding: /^text over the footer: p\.absolute "Meer informatie over de Benelux" runs \d+(\.\d)? px into it$/,
  },
  {
    title: 'Uit het kader',
    body: `<p>Tekst die past.</p>\n<div class="absolute" style="left: 52px; top: 260px; width: 240px; height: 64px; border: 1px solid #888; padding: 6px">Interne markt en economische unie, duurzame ontwikkeling en justitie</div>`,
    finding: /^text runs out of its box: div\.absolute "Interne markt en economische unie, duurz" runs \d+(\.\d)? px out of div\.absolute$/,
  },
  {
    title: 'Over elkaar',
    body: `<p>Tekst die past.</p>\n<p class="absolute" style="left: 52px; top: 300px; margin: 0">Politiesamenwerking</p>\n<p class="absolute" style="left: 70px; top: 306px; margin: 0">Crisisbeheersing</p>`,
    finding: /^overlapping text: p\.absolute "Politiesamenwerking" and p\.absolute "Crisisbeheersing" overlap by \d+(\.\d)? px$/,
  },
  {
    title: 'Krap',
    body: items(12),
    finding: /^text shrunk to (19|20|21) px to fit$/,
    warning: true,
  },
  {
    title: 'Te vol',
    body: items(16),
    finding: /^does not fit its body even with its text shrunk to 18 px: li "Punt 16: overleg tussen de ministers van" runs \d+(\.\d)? px below the body; split the slide in two$/,
  },
]

export const OVERFLOW_DECK = `---
theme: ../../..
title: Overloop
lang: nl
favicon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>'
fonts:
  sans: Source Sans 3
  serif: Source Serif 4
  provider: none
layout: default
---

${OVERFLOW_SLIDES.map(s => `# ${s.title}\n\n${s.body}\n`).join('\n---\n\n')}`

/** Writes the overflow deck and returns the path of its slides.md. */
export function writeOverflowDeck(): string {
  return writeFixtureDeck('overflow-e2e', 'overflow', OVERFLOW_DECK)
}
