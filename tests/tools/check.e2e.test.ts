import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { THEME_ROOT } from '../../cli/shared/theme'
import { briefing } from '../support/cli'

function check(...args: string[]) {
  const run = briefing(['check', ...args], { timeout: 180_000 })
  return { code: run.status, output: run.output }
}

// Inside the repository (so `theme: ../..` finds the components); .cache is git-ignored.
const FIXTURE_DIR = join(THEME_ROOT, '.cache/check-fixture')
// One deck with each kind of problem, checked once for the two tests that read its findings
// (a build and a browser run less than a deck per test).
const BROKEN_DECK = `---
theme: ../..
title: Kapot
lang: nl
favicon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>'
fonts:
  sans: Source Sans 3
  serif: Source Serif 4
  provider: none
---

# Begin

---

# 1958 >< 2008

<Comparison :columns="[{ heading: '1958', items: ['Gedetailleerd'] }, { heading: '2008' }]" />

---

# Geschiedenis

<Timelin :events="[{ date: '1985', label: 'Akkoord van Schengen' }]" />

---

# Bronnen

- Benelux-Verdrag van 17 juni 2008

<p style="font-size: 12px">Bron: Secretariaat-Generaal Benelux</p>

---

# Bovenaan

<div class="bx-fill">

- Gezamenlijke uitdaging

</div>

---

# Einde
`

let broken: ReturnType<typeof check> | undefined
function checkBroken() {
  if (!broken) {
    mkdirSync(FIXTURE_DIR, { recursive: true })
    writeFileSync(join(FIXTURE_DIR, 'broken.md'), BROKEN_DECK)
    broken = check('.cache/check-fixture/broken.md')
  }
  return broken
}

describe('briefing check', () => {
  it('passes the main deck, in each of its languages', () => {
    const { code, output } = check()
    expect(output).toMatch(/check \(nl\): \d+ slides, no problems/)
    expect(output).toMatch(/check \(fr\): \d+ slides, no problems/)
    expect(code).toBe(0)
  })

  it('names the slide of a bad prop and of a misspelt component, and exits 1', () => {
    const { code, output } = checkBroken()
    expect(output).toContain('slide 2 "1958 >< 2008": Comparison: columns[1].items is missing')
    expect(output).toContain('slide 3 "Geschiedenis": <timelin> is not a known HTML element or component')
    expect(code).toBe(1)
  })

  it('names slide, element and size of a text under its minimum, and a top-heavy slide', () => {
    const { code, output } = checkBroken()
    expect(output).toContain('slide 4 "Bronnen": text too small: p "Bron: Secretariaat-Generaal Benelux" is 12 px, the minimum for text is 18 px')
    expect(output).toMatch(/slide 5 "Bovenaan": top-heavy slide: the content ends at \d+ % of the body/)
    expect(output, 'the slides without a problem').not.toMatch(/slide [16] /)
    expect(output).toContain('check: 4 problems on 4 slides of 6')
    expect(code).toBe(1)
  })

  it('fails clearly on a missing deck', () => {
    const { code, output } = check('nope/missing.md')
    expect(output).toMatch(/briefing check: deck not found: .*nope\/missing\.md/)
    expect(code).toBe(2)
  })
})
