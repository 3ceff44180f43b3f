import type { Browser } from 'playwright-chromium'
import type { Deck } from '../../scripts/lib/deck'
import type { StaticServer } from '../../scripts/lib/serve'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { PROJECT_ROOT } from '../../scripts/lib/build'
import { loadDeck } from '../../scripts/lib/deck'
import { serveDist } from '../../scripts/lib/serve'
import { formatOverflow, measureOverflow, openSlide, PLAY_BOX } from '../../scripts/lib/slide-page'

let browser: Browser
let server: StaticServer
let deck: Deck

beforeAll(async () => {
  deck = await loadDeck(join(PROJECT_ROOT, 'slides.md'))
  server = await serveDist(inject('mainDist'))
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('every slide fits the 16:9 canvas', () => {
  it('in the browser: nothing lies outside a slide or runs into its footer', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const problems: string[] = []
    for (const slide of deck.slides) {
      await openSlide(page, server.url, slide.no)
      problems.push(...formatOverflow(slide.no, await measureOverflow(page, PLAY_BOX, slide.no)))
    }
    await page.close()
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([])
  })

  // The built site has no /print route (download: false); `slidev export` prints the same
  // slide components with print media, so each slide is measured again under print media.
  it('in print media: the same holds for every slide', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.emulateMedia({ media: 'print' })
    const problems: string[] = []
    for (const slide of deck.slides) {
      await openSlide(page, server.url, slide.no)
      problems.push(...formatOverflow(slide.no, await measureOverflow(page, PLAY_BOX, slide.no)))
    }
    await page.close()
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([])
  })
})
