/**
 * npm run legibility [-- deck.md]
 * Builds a deck and prints, per slide in its final click state: the smallest text (the
 * footer left out), how many texts are under 18 px, and where the content ends in the body
 * (content slides), then the totals. The figures of issue #11's before/after table; the
 * measuring is check's own (cli/check/legibility.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { legibilityProblems, slideFigures } from '../cli/check/legibility'
import { scanLegibility } from '../cli/check/legibility-page'
import { launchBrowser } from '../cli/shared/browser'
import { buildDeck } from '../cli/shared/build'
import { loadDeck } from '../cli/shared/deck'
import { serveDist } from '../cli/shared/serve'

async function main() {
  const entry = resolve(process.argv.slice(2).find(a => a !== '--') ?? 'slides.md')
  const deck = await loadDeck(entry)
  const tmp = mkdtempSync(join(tmpdir(), 'bx-legibility-'))
  const browser = await launchBrowser()
  try {
    await buildDeck(entry, tmp)
    const server = await serveDist(tmp)
    const scans = await scanLegibility(browser, server.url, deck.slides.length)
    await server.close()
    const rows = scans.sort((a, b) => a.no - b.no).map(slideFigures)
    console.log('slide  layout    smallest  <18px/texts  content ends')
    for (const r of rows) {
      const end = r.end === undefined ? '' : `${Math.round(r.end * 100)} %${r.balanced ? '' : ' (top-heavy)'}`
      console.log(`${String(r.no).padStart(5)}  ${r.layout.padEnd(8)}  ${(r.smallest === undefined ? '-' : `${r.smallest} px`).padStart(8)}  ${`${r.under18}/${r.total}`.padStart(11)}  ${end}`)
    }
    const small = rows.filter(r => r.under18 > 0).map(r => r.no)
    const high = rows.filter(r => r.end !== undefined && r.end < 0.6).map(r => r.no)
    const heavy = rows.filter(r => r.balanced === false).map(r => r.no)
    const content = rows.filter(r => r.end !== undefined).length
    console.log(`slides with text under 18 px (footer left out): ${small.length} of ${rows.length}${small.length ? ` (${small.join(', ')})` : ''}`)
    console.log(`smallest text: ${Math.min(...rows.map(r => r.smallest ?? Infinity))} px`)
    const under = rows.filter(r => r.underMinimum > 0).map(r => r.no)
    console.log(`slides with text under its role's minimum (18 px text, 16 px map label, 14 px credit, 12 px footer): ${under.length}${under.length ? ` (${under.join(', ')})` : ''}`)
    console.log(`content slides whose content ends above 60 % of the body: ${high.length} of ${content}${high.length ? ` (${high.join(', ')})` : ''}`)
    console.log(`of those, not centred either (top-heavy): ${heavy.length}${heavy.length ? ` (${heavy.join(', ')})` : ''}`)
    for (const p of legibilityProblems(scans))
      console.log(`  slide ${p.slide}: ${p.text}`)
  }
  finally {
    await browser.close()
    rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(`legibility: ${(error as Error).message}`)
  process.exit(1)
})
