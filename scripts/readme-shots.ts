/**
 * npm run screenshots:readme — builds the main deck and saves a few key slides for the README
 * into docs/screenshots/key-1.png … key-4.png (stable names the README links to): the slide
 * numbers given as arguments, else the first slide and the first slide of each further layout.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { launchBrowser } from '../cli/shared/browser'
import { buildDeck } from '../cli/shared/build'
import { loadDeck } from '../cli/shared/deck'
import { serveDist } from '../cli/shared/serve'
import { THEME_ROOT } from '../cli/shared/theme'
import { captureSlide, newVisualPage } from '../tests/support/visual'

const OUT = join(THEME_ROOT, 'docs/screenshots')
const MAX_SHOTS = 4

async function main() {
  const entry = join(THEME_ROOT, 'slides.md')
  const deck = await loadDeck(entry)
  const wanted = process.argv.slice(2).map(Number)
  const bad = wanted.filter(no => !deck.slides.some(s => s.no === no))
  if (bad.length)
    throw new Error(`No slide ${bad.join(', ')} in ${entry} (it has ${deck.slides.length})`)
  const seen = new Set<string>()
  const picked = wanted.length
    ? deck.slides.filter(s => wanted.includes(s.no)).slice(0, MAX_SHOTS)
    : deck.slides.filter((slide) => {
        if (seen.has(slide.layout) || seen.size >= MAX_SHOTS)
          return false
        seen.add(slide.layout)
        return true
      })
  const tmp = mkdtempSync(join(tmpdir(), 'bx-shots-'))
  const browser = await launchBrowser()
  try {
    await buildDeck(entry, join(tmp, 'dist'))
    const server = await serveDist(join(tmp, 'dist'))
    const page = await newVisualPage(browser)
    mkdirSync(OUT, { recursive: true })
    for (const old of readdirSync(OUT).filter(f => f.endsWith('.png')))
      rmSync(join(OUT, old))
    for (const [i, slide] of picked.entries()) {
      writeFileSync(join(OUT, `key-${i + 1}.png`), await captureSlide(page, server.url, slide.no))
      console.log(`docs/screenshots/key-${i + 1}.png  slide ${slide.no} (${slide.layout}): ${slide.title}`)
    }
    await server.close()
  }
  finally {
    await browser.close()
    rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
