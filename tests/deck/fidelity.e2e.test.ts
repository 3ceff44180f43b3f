import type { Browser } from 'playwright-chromium'
import type { Deck } from '../../scripts/lib/deck'
import type { StaticServer } from '../../scripts/lib/serve'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { PROJECT_ROOT } from '../../scripts/lib/build'
import { loadDeck } from '../../scripts/lib/deck'
import { missingPhrases, sourcePhrases } from '../../scripts/lib/fidelity'
import { serveDist } from '../../scripts/lib/serve'
import { openSlide, PLAY_BOX, slideText } from '../../scripts/lib/slide-page'

const SOURCE = resolve(PROJECT_ROOT, '../shared/seed/000_7a95b5aac696f7e8.txt')

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

describe('fidelity of the main deck to the source briefing', () => {
  it('shows every phrase of the source on some slide (final click state)', async () => {
    const phrases = sourcePhrases(readFileSync(SOURCE, 'utf8'))
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const texts: string[] = []
    for (const slide of deck.slides) {
      await openSlide(page, server.url, slide.no)
      texts.push(await slideText(page, PLAY_BOX, slide.no))
    }
    await page.close()
    const missing = missingPhrases(phrases, texts)
    expect(missing, `${missing.length} of ${phrases.length} source phrases are on no slide:\n  - ${missing.join('\n  - ')}\n`).toEqual([])
  })
})
