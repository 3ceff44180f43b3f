/**
 * Opening a slide of a built Slidev 52 deck in Chromium in a known, settled state: the one
 * way every browser task (screenshots, the inspection, the deck tests) gets to a slide.
 * Selectors follow @slidev/client: pages/play.vue (#slide-content), internals/SlideWrapper.vue
 * ([data-slidev-no]), modules/v-click.ts (.slidev-vclick-* classes), composables/useNav.ts
 * (?clicks=N in the URL, clamped to the slide's total once it is mounted).
 */
import type { Page } from 'playwright-core'
import { waitForSlide } from './inspect'

/** Slidev's own upper bound for clicks (CLICKS_MAX in @slidev/client/constants.ts). */
export const CLICKS_MAX = 999999

/** Kills transitions, animations and the caret so that screenshots are repeatable. */
export const FREEZE_CSS = `
*, *::before, *::after {
  transition: none !important;
  animation: none !important;
  caret-color: transparent !important;
  view-transition-name: none !important;
}
::view-transition-group(*), ::view-transition-old(*), ::view-transition-new(*) { animation: none !important; }
`

const RE_PRESENTER = /^presenter\//

export function slideSelector(no: number, scope = '#slide-content'): string {
  return `${scope} [data-slidev-no="${no}"]`
}

/** Where the app is: slide number and click step, read from the URL (/N?clicks=K). */
export function parseLocation(url: string, base: string): { no: number, clicks: number } {
  const u = new URL(url)
  const rest = u.pathname.slice(new URL(base).pathname.length).replace(RE_PRESENTER, '')
  const no = Number.parseInt(rest, 10)
  const clicks = Number.parseInt(u.searchParams.get('clicks') ?? '0', 10)
  return { no: Number.isNaN(no) ? Number.NaN : no, clicks: Number.isNaN(clicks) ? 0 : clicks }
}

// The waits for a rendered slide are shared by every browser task (cli/shared/inspect.ts):
// a slide that threw counts as rendered once it shows its error box.
export { settle, waitForSlide } from './inspect'

/** Opens `<base>N` (optionally at a click step) and waits for the slide. */
export async function gotoSlide(page: Page, base: string, no: number, clicks?: number): Promise<void> {
  const query = clicks === undefined ? '' : `?clicks=${clicks}`
  await page.goto(`${base}${no}${query}`, { waitUntil: 'load' })
  await waitForSlide(page, no)
}

/**
 * The number of click steps of slide `no`, as the running app computes it: Slidev clamps
 * an oversized ?clicks= to the slide's total after mount and writes it back to the URL.
 */
export async function detectClicksTotal(page: Page, base: string, no: number): Promise<number> {
  await gotoSlide(page, base, no, CLICKS_MAX)
  await page.waitForFunction(max => !location.search.includes(`clicks=${max}`), CLICKS_MAX, { timeout: 5000 })
  return parseLocation(page.url(), base).clicks
}

/** The slide box of the play view, and a slide's layout root inside a slide box. */
export const PLAY_BOX = '#slide-content'
export function layoutSelector(no: number): string {
  return `[data-slidev-no="${no}"] .slidev-layout`
}

/** The play view of slide `no` with every click revealed. */
export function slideUrl(base: string, no: number): string {
  return `${base}${no}?clicks=${CLICKS_MAX}`
}

/** Opens slide `no` with all clicks revealed and waits until it has settled and its reveals have faded in. */
export async function openSlide(page: Page, base: string, no: number): Promise<void> {
  await gotoSlide(page, base, no, CLICKS_MAX)
  // v-click reveals fade in; let them finish before reading or taking a picture.
  await page.waitForTimeout(450)
}
