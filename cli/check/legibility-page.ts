/**
 * The browser side of check's legibility rule: the deck's print page (every slide mounted
 * in its final click state, on the 980 x 552 canvas), measured by LEGIBILITY_SCAN.
 */
import type { Browser } from 'playwright-chromium'
import type { CheckProblem } from './findings'
import type { SlideLegibility } from './legibility'
import { isLocalUrl } from '../shared/guard'
import { LEGIBILITY_SCAN, legibilityProblems } from './legibility'

/** Every slide's texts and body, read from the print page of the deck served at `url`. */
export async function scanLegibility(browser: Browser, url: string, count: number): Promise<SlideLegibility[] | undefined> {
  const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
  try {
    await context.route('**/*', route =>
      isLocalUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient'))
    const page = await context.newPage()
    await page.goto(`${url}print`, { waitUntil: 'networkidle' })
    const ready = await page.waitForFunction(n => document.querySelectorAll('.print-slide-container [data-slidev-no]').length >= n, count, { timeout: 20_000 })
      .then(() => true, () => false)
    if (!ready)
      return undefined
    await page.evaluate(() => document.fonts.ready)
    // Components that size themselves to their room lay out again once measured.
    await page.waitForTimeout(300)
    return await page.evaluate<SlideLegibility[]>(LEGIBILITY_SCAN)
  }
  finally {
    await context.close()
  }
}

/** check's findings for text under its role's minimum, components that do not fit and top-heavy slides. */
export async function measureLegibility(browser: Browser, url: string, count: number): Promise<CheckProblem[]> {
  const scans = await scanLegibility(browser, url, count)
  if (!scans)
    return [{ slide: 0, text: `legibility not measured: the deck has no print page (${url}print) with its ${count} slides; a deck must use this project's theme` }]
  return legibilityProblems(scans)
}
