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

// A deck whose charts have each kind of bad data `check` names, with its data/ folder.
const CHART_DECK = `${BROKEN_DECK.slice(0, BROKEN_DECK.indexOf('---\n\n# Begin'))}---

# Begin

---

# Pendel

<Chart type="line" title="Pendel" src="data/pendel.csv" x="jaar" />

---

# Ongelijk

<Chart type="column" title="Ongelijk" :categories="['2010', '2020', '2030']" :series="[{ label: 'BE', values: [1, 2, 3] }, { label: 'NL', values: [4, 5] }]" />

---

# Gestapeld

<Chart type="column" stacked title="Gestapeld" :categories="['2010', '2020']" :series="[{ label: 'BE', values: [1, 2] }, { label: 'NL', values: [-4, 5] }]" />

---

# Kolom

<Chart type="line" title="Kolom" src="data/pendel.csv" x="jaar" :series="['BE→NL', 'LU→BE']" />

---

# Te veel

<Chart type="bar" height="200" title="Te veel" :categories="['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']" :series="[{ label: 'BE', values: [1, 2, 3, 4, 5, 6, 7, 8] }]" />

---

# Bestand

<Chart type="line" title="Bestand" src="data/pendel.json" />

---

# Goed

<Chart type="line" title="Goed" src="data/pendel.csv" :series="['BE→NL']" :reference="{ value: 30, label: 'doel' }" clicks />
`
const CHART_CSV = 'jaar,BE→NL,NL→BE\n2016,37.1,11.2\n2018,38.4,n.b.\n2020,36.0,12.1\n'

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

  it('names slide, series and row of each kind of bad chart data, and exits 1', () => {
    const dir = join(FIXTURE_DIR, 'charts')
    mkdirSync(join(dir, 'data'), { recursive: true })
    writeFileSync(join(dir, 'charts.md'), CHART_DECK.replace('theme: ../..', 'theme: ../../..'))
    writeFileSync(join(dir, 'data/pendel.csv'), CHART_CSV)
    const { code, output } = check('.cache/check-fixture/charts/charts.md')
    expect(output, 'a value that is not a number').toContain('slide 2 "Pendel": Chart: data/pendel.csv line 3 (jaar "2018"): "NL→BE" is the text "n.b.", not a number')
    expect(output, 'series of unequal length').toContain('slide 3 "Ongelijk": Chart: series[1] "NL" has 2 values, "categories" has 3: every series needs one value per category')
    expect(output, 'a stacked chart with a negative value').toContain('slide 4 "Gestapeld": Chart: series[1] "NL" values[0] (row "2010") is -4: a stacked chart cannot show negative values')
    expect(output, 'a CSV column that does not exist').toContain('slide 5 "Kolom": Chart: data/pendel.csv: no column "LU→BE" for series[1] (columns: jaar, BE→NL, NL→BE)')
    expect(output, 'more categories than labels fit').toContain('slide 6 "Te veel": Chart: 8 categories are more than a bar chart 200 px high can label at 18 px (at most 5); raise "height" or show fewer')
    expect(output, 'a data file that does not exist').toContain('slide 7 "Bestand": Chart: data/pendel.json: no such file beside the deck (found: data/pendel.csv)')
    expect(output, 'the good slides').not.toMatch(/slide [18] /)
    expect(output).toContain('check: 6 problems on 6 slides of 8')
    expect(code).toBe(1)
  })

  it('fails clearly on a missing deck', () => {
    const { code, output } = check('nope/missing.md')
    expect(output).toMatch(/briefing check: deck not found: .*nope\/missing\.md/)
    expect(code).toBe(2)
  })
})
