import type { TestProject } from 'vitest/node'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findBrowser } from '../../cli/shared/browser'
import { buildDeck, buildForPrint } from '../../cli/shared/build'
import { THEME_ROOT } from '../../cli/shared/theme'
import { deckEntryPath, presentDecks } from './visual'

declare module 'vitest' {
  export interface ProvidedContext {
    mainDist: string
    /** The main deck built with --base SUBPATH_BASE. */
    subpathDist: string
    /** The main deck in French (a print build: the same deck and print page as `slidev build`). */
    frPrintDist: string
    /** Built folder of every visual-regression deck whose entry exists, by deck name. */
    visualDists: Record<string, string>
  }
}

/** The sub-path the static-hosting check serves the deck under (README: npm run build:subpath). */
export const SUBPATH_BASE = '/briefing/'

// Builds the main deck once for every end-to-end file and hands its folder over,
// plus a sub-path build, the French print build and the other visual-regression decks.
export default async function setup(project: TestProject) {
  await findBrowser() // fail fast, with what to install, before building anything
  const dir = mkdtempSync(join(tmpdir(), 'bx-e2e-'))
  const mainDist = join(dir, 'main')
  const subpathDist = join(dir, 'subpath')
  const frPrintDist = join(dir, 'fr')
  const visualDists: Record<string, string> = {}
  const { present, notes } = presentDecks()
  notes.forEach(note => console.warn(note))
  const extra = present.filter(deck => deck.name !== 'main')
  // One after the other: concurrent Slidev builds of decks on one theme rewrite the same
  // generated module (node_modules/.slidev/virtual/import-glob.*.ts), and a build that reads
  // it while another rewrites it fails with MISSING_EXPORT (seen once under load).
  await buildDeck(join(THEME_ROOT, 'slides.md'), mainDist)
  await buildDeck(join(THEME_ROOT, 'slides.md'), subpathDist, { base: SUBPATH_BASE })
  await buildForPrint(join(THEME_ROOT, 'slides.md'), frPrintDist, undefined, 'fr')
  for (const deck of extra)
    await buildDeck(deckEntryPath(deck), (visualDists[deck.name] = join(dir, `visual-${deck.name}`)))
  if (present.some(deck => deck.name === 'main'))
    visualDists.main = mainDist
  project.provide('mainDist', mainDist)
  project.provide('subpathDist', subpathDist)
  project.provide('frPrintDist', frPrintDist)
  project.provide('visualDists', visualDists)
  return () => rmSync(dir, { recursive: true, force: true })
}
