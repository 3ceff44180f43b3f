import type { TestProject } from 'vitest/node'
import type { PrintBuild } from '../../cli/shared/build'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findBrowser } from '../../cli/shared/browser'
import { buildDeck, startPrintBuild } from '../../cli/shared/build'
import { THEME_ROOT } from '../../cli/shared/theme'
import { briefing } from './cli'
import { writeFixture } from './export-fixtures'
import { deckEntryPath, presentDecks } from './visual'

declare module 'vitest' {
  export interface ProvidedContext {
    mainDist: string
    /** The main deck built with --base SUBPATH_BASE. */
    subpathDist: string
    /** The main deck's print builds (the same deck and print page as `slidev build`), in Dutch and French, from the build cache. */
    nlPrintDist: string
    frPrintDist: string
    /** Built folder of every visual-regression deck whose entry exists, by deck name. */
    visualDists: Record<string, string>
    /** `briefing export` of the main deck and of the links fixture, run once for the files that read their PDFs. */
    sharedExports: Record<'main' | 'links', SharedExport>
  }
}

/** One `briefing export` run: where it wrote, and what it said. */
export interface SharedExport {
  entry: string
  out: string
  status: number | null
  stdout: string
  stderr: string
}

function exportOnce(entry: string, out: string): SharedExport {
  const run = briefing(['export', entry, '--out', out])
  return { entry, out, status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** The sub-path the static-hosting check serves the deck under (README: npm run build:subpath). */
export const SUBPATH_BASE = '/briefing/'

// Builds the main deck once for every end-to-end file and hands its folder over,
// plus a sub-path build, the French print build and the other visual-regression decks, and
// exports the decks whose PDFs more than one file reads.
export default async function setup(project: TestProject) {
  await findBrowser() // fail fast, with what to install, before building anything
  const dir = mkdtempSync(join(tmpdir(), 'bx-e2e-'))
  const mainDist = join(dir, 'main')
  const subpathDist = join(dir, 'subpath')
  const visualDists: Record<string, string> = {}
  const { present, notes } = presentDecks()
  notes.forEach(note => console.warn(note))
  const extra = present.filter(deck => deck.name !== 'main')
  // One after the other: concurrent Slidev builds of decks on one theme rewrite the same
  // generated module (node_modules/.slidev/virtual/import-glob.*.ts), and a build that reads
  // it while another rewrites it fails with MISSING_EXPORT (seen once under load).
  await buildDeck(join(THEME_ROOT, 'slides.md'), mainDist)
  await buildDeck(join(THEME_ROOT, 'slides.md'), subpathDist, { base: SUBPATH_BASE })
  // The print builds go through the build cache (cli/shared/build-cache.ts), as the
  // commands' do: `check` and `export` of the main deck in the files below, and the exports
  // further down, then reuse them instead of building again.
  const prints: PrintBuild[] = []
  for (const lang of ['nl', 'fr'] as const) {
    const print = startPrintBuild(join(THEME_ROOT, 'slides.md'), lang, { command: 'the e2e global setup' })
    await print.done
    prints.push(print)
  }
  for (const deck of extra)
    await buildDeck(deckEntryPath(deck), (visualDists[deck.name] = join(dir, `visual-${deck.name}`)))
  // Failures are the reading files' to report (they expect status 0, with stderr).
  const sharedExports = {
    main: exportOnce(join(THEME_ROOT, 'slides.md'), join(dir, 'export-main')),
    links: exportOnce(writeFixture('links'), join(dir, 'export-links')),
  }
  if (present.some(deck => deck.name === 'main'))
    visualDists.main = mainDist
  project.provide('mainDist', mainDist)
  project.provide('subpathDist', subpathDist)
  project.provide('nlPrintDist', prints[0]!.dir)
  project.provide('frPrintDist', prints[1]!.dir)
  project.provide('visualDists', visualDists)
  project.provide('sharedExports', sharedExports)
  return async () => {
    await Promise.all(prints.map(print => print.dispose())) // the cached builds stay for the next run
    rmSync(dir, { recursive: true, force: true })
  }
}
