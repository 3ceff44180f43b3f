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
    body: `<p>Tekst die past.</p>\n<div class="absolute" style="left: 52px; top: 360px; width: 240px; height: 64px; border: 1px solid #888; padding: 6px">Interne markt en economische unie, duurzame ontwikkeling en justitie</div>`,
    finding: /^text runs out of its box: div\.absolute "Interne markt en economische unie, duurz" runs \d+(\.\d)? px out of div\.absolute$/,
  },
  {
    title: 'Over elkaar',
    body: `<p>Tekst die past.</p>\n<p class="absolute" style="left: 52px; top: 380px; margin: 0">Politiesamenwerking</p>\n<p class="absolute" style="left: 70px; top: 386px; margin: 0">Crisisbeheersing</p>`,
    finding: /^overlapping text: p\.absolute "Politiesamenwerking" and p\.absolute "Crisisbeheersing" overlap by \d+(\.\d)? px$/,
  },
  {
    title: 'Op het codeblok',
    // A v-drag box or an absolute label lying on a code block of the flow (the starter deck's "Double-click me!").
    body: `<pre class="slidev-code" style="height: 300px; margin: 0"><code>const rij = 'BE;2012;11000000'</code></pre>\n<p class="absolute" style="left: 600px; top: 280px; margin: 0">Dubbelklik mij</p>`,
    finding: /^overlapping text: p\.absolute "Dubbelklik mij" and pre overlap by \d+(\.\d)? px$/,
  },
  {
    title: 'Deels buiten beeld',
    // A corner decoration placed past the bottom edge on purpose (the starter deck's arrow): cut off, a warning.
    body: `<p>Tekst die past.</p>\n<img class="absolute" alt="" style="left: 20px; bottom: -36px; width: 320px; height: 200px" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 320 200'%3E%3Cpath d='M10 190 L310 10' stroke='%23888' stroke-width='6'/%3E%3C/svg%3E">`,
    finding: /^picture partly outside the canvas: img\.absolute runs 36 px past the slide's bottom edge and is cut off there/,
    warning: true,
  },
  {
    title: 'Veel code',
    // Too much code for 18 px: code alone shrinks on, to 16 or 14 px (setup/fit.ts DENSE_SIZES).
    body: `<pre class="slidev-code"><code>${Array.from({ length: 16 }, (_, i) => `const regel${i + 1} = 'Benelux-samenwerking actief en actueel'`).join('\n')}</code></pre>`,
    finding: /^text shrunk to 18 px and code and formulas to 1[46] px to fit$/,
    warning: true,
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
