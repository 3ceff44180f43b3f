/**
 * npm run test:visual:update — rebuilds every deck in VISUAL_DECKS and rewrites its
 * baselines (tests/visual/baselines/<deck>/<NN>.png), removing ones for slides that are gone.
 * Usage: npm run test:visual:update [-- deckName ...]
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { launchBrowser } from '../cli/shared/browser'
import { buildDeck } from '../cli/shared/build'
import { loadDeck } from '../cli/shared/deck'
import { serveDist } from '../cli/shared/serve'
import { THEME_ROOT } from '../cli/shared/theme'
import { BASELINE_ROOT, baselineFile, captureSlide, deckEntryPath, newVisualPage, presentDecks, VISUAL_DECKS } from '../tests/support/visual'

async function main() {
  const wanted = process.argv.slice(2)
  const unknown = wanted.filter(name => !VISUAL_DECKS.some(d => d.name === name))
  if (unknown.length)
    throw new Error(`Unknown deck(s): ${unknown.join(', ')}; known: ${VISUAL_DECKS.map(d => d.name).join(', ')}`)
  const { present, notes } = presentDecks(wanted.length ? VISUAL_DECKS.filter(d => wanted.includes(d.name)) : VISUAL_DECKS)
  notes.forEach(note => console.warn(note))
  const tmp = mkdtempSync(join(tmpdir(), 'bx-visual-'))
  const browser = await launchBrowser()
  try {
    const started = Date.now()
    const dists = present.map(deck => join(tmp, deck.name))
    await Promise.all(present.map((deck, i) => buildDeck(deckEntryPath(deck), dists[i]!)))
    console.log(`[visual] built ${present.map(d => d.name).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    const page = await newVisualPage(browser)
    for (const [i, deck] of present.entries()) {
      const { slides } = await loadDeck(deckEntryPath(deck))
      const dir = join(BASELINE_ROOT, deck.name)
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dir, { recursive: true })
      const server = await serveDist(dists[i]!)
      try {
        for (const { no } of slides)
          writeFileSync(baselineFile(deck.name, no), await captureSlide(page, server.url, no))
      }
      finally {
        await server.close()
      }
      console.log(`[visual] ${deck.name}: ${readdirSync(dir).length} baselines in ${relative(THEME_ROOT, dir)}`)
    }
    console.log(`[visual] done in ${((Date.now() - started) / 1000).toFixed(1)} s; review and commit tests/visual/baselines/`)
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
