/**
 * Presenting the built main deck: keyboard navigation through every slide and click step and
 * back, deep links, the presenter view (current, next, notes) and the overview.
 * Generic over the deck: slides, titles and notes come from loadDeck(); click counts are
 * read from the running app (see detectClicksTotal).
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { Deck } from '../../cli/shared/deck'
import type { StaticServer } from '../../cli/shared/serve'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { normaliseText, noteToText } from '../../cli/export/note-text'
import { launchBrowser } from '../../cli/shared/browser'
import { loadDeck } from '../../cli/shared/deck'
import { serveDist } from '../../cli/shared/serve'
import { detectClicksTotal, gotoSlide, parseLocation, slideSelector, waitForSlide } from '../../cli/shared/slide-page'
import { THEME_ROOT } from '../../cli/shared/theme'
import { clickSignature, declaredClicks, renderedText } from '../support/slide-reading'

let browser: Browser
let context: BrowserContext
let server: StaticServer
let deck: Deck
/** clicks[no - 1] = number of click steps of slide `no`. */
let clicks: number[]

beforeAll(async () => {
  deck = await loadDeck(join(THEME_ROOT, 'slides.md'))
  server = await serveDist(inject('mainDist'))
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
  const page = await context.newPage()
  clicks = []
  for (const slide of deck.slides) {
    const total = await detectClicksTotal(page, server.url, slide.no)
    const declared = await declaredClicks(page, slideSelector(slide.no))
    expect(declared, `slide ${slide.no}: v-click elements declare ${declared} steps, the app counts ${total}`).toBeLessThanOrEqual(total)
    clicks.push(total)
  }
  console.warn(`[presenting] click steps per slide: ${clicks.map((k, i) => `${i + 1}:${k}`).join(' ')}`)
  await page.close()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Text of a rendered slide, compared case-insensitively (layouts may uppercase via CSS). */
async function slideText(page: Page, selector: string): Promise<string> {
  return normaliseText(await renderedText(page, selector)).toLowerCase()
}
const titleOf = (no: number) => normaliseText(deck.slides[no - 1]!.title).toLowerCase()

type Step = readonly [no: number, clicks: number]
const fmt = ([no, k]: Step) => `slide ${no} click ${k}`

function allSteps(): Step[] {
  return deck.slides.flatMap(({ no }) => Array.from({ length: clicks[no - 1]! + 1 }, (_, k) => [no, k] as const))
}

async function where(page: Page): Promise<Step> {
  const { no, clicks } = parseLocation(page.url(), server.url)
  return [no, clicks]
}

/** Presses a key and waits until the URL moved away from `from` (or times out on a dead key). */
async function press(page: Page, key: string, from: string, timeout = 3000): Promise<void> {
  await page.keyboard.press(key)
  await page.waitForURL(url => url.href !== from, { timeout }).catch(() => {})
}

async function walk(page: Page, key: string, expected: Step[]): Promise<void> {
  let signature = await clickSignature(page, slideSelector(expected[0]![0]))
  for (let i = 1; i < expected.length; i++) {
    const before = page.url()
    await press(page, key, before)
    const step = expected[i]!
    expect(await where(page), `${key} from ${fmt(expected[i - 1]!)} should reach ${fmt(step)}`).toEqual(step)
    await waitForSlide(page, step[0])
    const now = await clickSignature(page, slideSelector(step[0]))
    if (step[0] === expected[i - 1]![0])
      expect(now, `${fmt(step)}: the slide looks the same as at the step before`).not.toBe(signature)
    signature = now
  }
  const end = page.url()
  await press(page, key, end, 1000)
  expect(page.url(), `${key} past the end of the walk should stay put`).toBe(end)
}

describe('presenting the main deck', () => {
  it('walks forward through every slide and click step with ArrowRight, and back with ArrowLeft', async () => {
    const steps = allSteps()
    const page = await context.newPage()
    await gotoSlide(page, server.url, 1)
    await walk(page, 'ArrowRight', steps)
    await walk(page, 'ArrowLeft', [...steps].reverse())
    await page.close()
  })

  it('steps with Space and back with Shift+Space', async () => {
    const [first, second] = allSteps()
    const page = await context.newPage()
    await gotoSlide(page, server.url, first![0], first![1])
    await press(page, 'Space', page.url())
    expect(await where(page)).toEqual(second)
    await press(page, 'Shift+Space', page.url())
    expect(await where(page)).toEqual(first)
    await page.close()
  })

  it('lands on slide N from a deep link /N', async () => {
    const page = await context.newPage()
    for (const slide of [...deck.slides].reverse()) {
      await gotoSlide(page, server.url, slide.no)
      expect(await where(page)).toEqual([slide.no, 0])
      expect(await slideText(page, slideSelector(slide.no)), `deep link /${slide.no} shows another slide`).toContain(titleOf(slide.no))
    }
    await page.close()
  })

  it('shows the current slide, the next frame and the notes in the presenter view, for every slide', async () => {
    const page = await context.newPage()
    for (const slide of deck.slides) {
      const { no } = slide
      await page.goto(`${server.url}presenter/${no}`, { waitUntil: 'load' })
      await waitForSlide(page, no, '.grid-section.main')
      expect(await slideText(page, slideSelector(no, '.grid-section.main')), `presenter ${no}: current slide`).toContain(titleOf(no))

      const notes = normaliseText(await renderedText(page, '.grid-section.note .slidev-note'))
      expect(notes, `presenter ${no}: notes`).toBe(slide.note ? noteToText(slide.note) : 'No notes.')

      if (clicks[no - 1]! > 0) {
        // Next frame = this slide at click 1: its click state differs from the current view's.
        await waitForSlide(page, no, '.grid-section.next')
        const nextState = await clickSignature(page, slideSelector(no, '.grid-section.next'))
        const currentState = await clickSignature(page, slideSelector(no, '.grid-section.main'))
        expect(nextState, `presenter ${no}: next preview should show click 1`).not.toBe(currentState)
      }
      else if (no < deck.slides.length) {
        await waitForSlide(page, no + 1, '.grid-section.next')
        expect(await slideText(page, slideSelector(no + 1, '.grid-section.next')), `presenter ${no}: next preview`).toContain(titleOf(no + 1))
      }
      else {
        expect(await renderedText(page, '.grid-section.next')).toContain('End of the presentation')
      }
    }
    await page.close()
  })

  it('moves the presenter view with the keyboard', async () => {
    const [first, second] = allSteps()
    const page = await context.newPage()
    await page.goto(`${server.url}presenter/${first![0]}`, { waitUntil: 'load' })
    await waitForSlide(page, first![0], '.grid-section.main')
    await press(page, 'ArrowRight', page.url())
    expect(page.url()).toContain('/presenter/')
    expect(await where(page)).toEqual(second)
    await page.close()
  })

  it('lists every slide in the overview page and in the o-key quick overview', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}overview`, { waitUntil: 'load' })
    await page.locator('.overview-slide-block').first().waitFor()
    expect(await page.locator('.overview-slide-block').count()).toBe(deck.slides.length)
    for (const slide of deck.slides) {
      const card = page.locator(`.overview-slide-block [data-slidev-no="${slide.no}"]`).first()
      await card.scrollIntoViewIfNeeded()
      expect(normaliseText(await renderedText(page, `.overview-slide-block [data-slidev-no="${slide.no}"]`)).toLowerCase(), `overview card ${slide.no}`).toContain(titleOf(slide.no))
    }

    await gotoSlide(page, server.url, 1)
    await page.keyboard.press('o')
    const quick = page.locator('.z-modal [data-slidev-no]')
    await quick.first().waitFor({ timeout: 5000 }).catch(() => {
      throw new Error('pressing "o" on a slide did not open the quick overview')
    })
    const shown = await quick.evaluateAll(els => els.map(el => Number((el as HTMLElement).dataset.slidevNo)))
    expect([...new Set(shown)].sort((a, b) => a - b)).toEqual(deck.slides.map(s => s.no))
    await page.keyboard.press('Escape')
    await expect.poll(() => quick.count()).toBe(0)
    await page.close()
  })
})
