/**
 * The browser side of check's legibility rule: the deck's print page (every slide mounted
 * in its final click state, on the 980 x 552 canvas), measured by LEGIBILITY_SCAN.
 */
import type { Browser, Page } from 'playwright-core'
import type { CheckProblem } from '../shared/findings'
import type { SlideLegibility } from './legibility'
import { openPrintPage } from '../shared/inspect'
import { LEGIBILITY_SCAN, legibilityProblems } from './legibility'

/** Every slide's texts and body, read from a rendered print page. */
export async function scanLegibilityOnPage(page: Page): Promise<SlideLegibility[]> {
  await page.evaluate(() => document.fonts.ready)
  // Components that size themselves to their room lay out again once measured.
  await page.waitForTimeout(300)
  return page.evaluate<SlideLegibility[]>(LEGIBILITY_SCAN)
}

/** check's findings for text under its role's minimum, components that do not fit and top-heavy slides. */
export async function legibilityOnPage(page: Page): Promise<CheckProblem[]> {
  return legibilityProblems(await scanLegibilityOnPage(page))
}

/** The legibility scan of the deck served at `url` (for the legibility report). */
export async function scanLegibility(browser: Browser, url: string, count: number): Promise<SlideLegibility[]> {
  const { context, page } = await openPrintPage(browser, url, count)
  try {
    return await scanLegibilityOnPage(page)
  }
  finally {
    await context.close()
  }
}
