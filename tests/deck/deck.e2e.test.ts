import type { BrowserContext } from 'playwright-chromium'
import type { PageLog } from '../../cli/shared/guard'
import { beforeAll, describe, expect, it } from 'vitest'
import { blockOffHost, recordErrors } from '../../cli/shared/guard'
import { useMainDeck } from '../support/main-deck'

const main = useMainDeck()
let context: BrowserContext
const problems: PageLog = { offHost: [], errors: [] }

beforeAll(async () => {
  context = await main.browser.newContext({ viewport: { width: 1280, height: 720 } })
  await blockOffHost(context, problems)
})

describe('built main deck in Chromium', () => {
  it('has slides to visit', () => {
    expect(main.deck.slides.length).toBeGreaterThan(1)
  })

  it('renders every slide with its title, no console error and no off-host request', async () => {
    const page = await context.newPage()
    recordErrors(page, problems)
    for (const slide of main.deck.slides) {
      await page.goto(`${main.server.url}${slide.no}`, { waitUntil: 'load' })
      const content = page.locator(`#slide-content [data-slidev-no="${slide.no}"] .slidev-layout`)
      await content.waitFor({ state: 'visible', timeout: 10_000 })
      const text = ((await content.textContent()) ?? '').replace(/\s+/g, ' ')
      expect(text.length, `slide ${slide.no} is blank`).toBeGreaterThan(0)
      const firstTitleWord = slide.title.split(/\s+/)[0]!
      expect(text.toLowerCase(), `slide ${slide.no} lacks its title "${slide.title}"`).toContain(firstTitleWord.toLowerCase())
    }
    await page.evaluate(() => document.fonts.ready)
    await page.waitForLoadState('networkidle') // what the last slide still fetches is recorded too
    await page.close()
    expect(problems.offHost, 'requests that left localhost').toEqual([])
    expect(problems.errors, 'console errors and uncaught exceptions').toEqual([])
  })

  it('uses the bundled typefaces, not a system fallback', async () => {
    const page = await context.newPage()
    await page.goto(`${main.server.url}2`, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')),
    )
    expect(loaded).toEqual(expect.arrayContaining(['Source Sans 3', 'Source Serif 4']))
    await page.close()
  })

  it('sets the document language and title from the headmatter', async () => {
    const page = await context.newPage()
    await page.goto(`${main.server.url}1`, { waitUntil: 'networkidle' })
    expect(await page.getAttribute('html', 'lang')).toBe(main.deck.lang)
    expect(await page.title()).toContain(main.deck.title)
    await page.close()
  })
})
