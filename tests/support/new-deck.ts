import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { readSamples, writeSampleData } from '../../cli/new/command'
import { renderNewDeck } from '../../cli/new/scaffold'
import { THEME_ROOT } from '../../cli/shared/theme'

/**
 * A deck as `briefing new` writes it (its sample slides, one per component, and the data files they read), in
 * `.cache/<folder>/nieuwe-briefing/slides.md`, on this checkout's theme by path so that it
 * needs no install. Returns the deck's entry.
 */
export function writeNewDeck(folder: string): string {
  const dir = join(THEME_ROOT, '.cache', folder, 'nieuwe-briefing')
  mkdirSync(dir, { recursive: true })
  const entry = join(dir, 'slides.md')
  const samples = readSamples()
  writeFileSync(entry, renderNewDeck({ title: 'Nieuwe briefing', themePath: relative(dir, THEME_ROOT), samples }))
  writeSampleData(samples, dir)
  return entry
}
