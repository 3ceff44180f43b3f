/**
 * Visual regression: which decks have baselines, where they live, and how a slide is
 * rendered for them (fixed viewport, fonts loaded, no motion, final click state).
 * Used by tests/deck/visual.e2e.test.ts (compare) and scripts/visual-update.ts (write).
 */
import type { Browser, Page } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { waitForFit } from '../../cli/shared/inspect'
import { CLICKS_MAX, FREEZE_CSS, gotoSlide } from '../../cli/shared/slide-page'
import { THEME_ROOT } from '../../cli/shared/theme'

export interface VisualDeck {
  /** Folder name under tests/visual/baselines/. */
  name: string
  /** Deck entry, relative to the project root. */
  entry: string
}

/** Every deck with visual baselines. A deck whose entry file is missing is skipped with a note. */
export const VISUAL_DECKS: VisualDeck[] = [
  { name: 'main', entry: 'slides.md' },
  { name: 'gallery', entry: 'gallery.md' },
  // Every layout and every kind of standard markdown content (issue 19), checked clean.
  { name: 'every-layout', entry: 'tests/fixtures/every-layout/slides.md' },
]

export const UPDATE_COMMAND = 'npm run test:visual:update'
export const BASELINE_ROOT = join(THEME_ROOT, 'tests/visual/baselines')
export const OUTPUT_ROOT = join(THEME_ROOT, 'tests/visual/output')
export const VIEWPORT = { width: 1280, height: 720 }

export function deckEntryPath(deck: VisualDeck): string {
  return join(THEME_ROOT, deck.entry)
}

/** Splits the deck list into the ones present and a note for each one that is not. */
export function presentDecks(decks: VisualDeck[] = VISUAL_DECKS): { present: VisualDeck[], notes: string[] } {
  const present: VisualDeck[] = []
  const notes: string[] = []
  for (const deck of decks) {
    if (existsSync(deckEntryPath(deck)))
      present.push(deck)
    else
      notes.push(`[visual] skipping deck "${deck.name}": ${deck.entry} does not exist (yet).`)
  }
  return { present, notes }
}

export function baselineFile(deck: string, no: number): string {
  return join(BASELINE_ROOT, deck, `${String(no).padStart(2, '0')}.png`)
}

export function outputFile(deck: string, no: number, kind: 'actual' | 'diff'): string {
  return join(OUTPUT_ROOT, deck, `${String(no).padStart(2, '0')}.${kind}.png`)
}

/** A page set up for repeatable renders: fixed viewport, no motion, reduced motion preferred. */
export async function newVisualPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' })
  const page = await context.newPage()
  await page.addInitScript((css) => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style')
      style.textContent = css
      document.head.append(style)
    })
  }, FREEZE_CSS)
  return page
}

const STABLE_GAP_MS = 120
const STABLE_TRIES = 25

/** Renders slide `no` in its final click state and returns the PNG of the slide area. */
export async function captureSlide(page: Page, base: string, no: number) {
  await gotoSlide(page, base, no, CLICKS_MAX)
  await page.mouse.move(0, 0)
  await waitForFit(page)
  const shoot = () => page.locator('#slide-content').screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' })
  // A Monaco editor paints in steps after it has its size (it colours its lines a few at a
  // time): on a slide with one, the picture is the first that two shots STABLE_GAP_MS apart
  // agree on, as Playwright's toHaveScreenshot waits. Other slides are still once fitted.
  let last = await shoot()
  if (!(await page.locator('#slide-content .slidev-monaco-container').count()))
    return last
  for (let i = 0; i < STABLE_TRIES; i++) {
    await page.waitForTimeout(STABLE_GAP_MS)
    const next = await shoot()
    if (next.equals(last))
      return next
    last = next
  }
  throw new Error(`slide ${no} did not settle: ${STABLE_TRIES + 1} screenshots ${STABLE_GAP_MS} ms apart all differed`)
}
