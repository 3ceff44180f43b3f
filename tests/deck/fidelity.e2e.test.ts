import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLICKS_MAX, gotoSlide, PLAY_BOX } from '../../cli/shared/slide-page'
import { THEME_ROOT } from '../../cli/shared/theme'
import { missingPhrases, sourcePhrases } from '../support/fidelity'
import { useMainDeck } from '../support/main-deck'
import { slideText } from '../support/slide-reading'

const SOURCE = resolve(THEME_ROOT, '../shared/seed/000_7a95b5aac696f7e8.txt')

const main = useMainDeck()

describe('fidelity of the main deck to the source briefing', () => {
  it('shows every phrase of the source on some slide (final click state)', async () => {
    const phrases = sourcePhrases(readFileSync(SOURCE, 'utf8'))
    const page = await main.browser.newPage({ viewport: { width: 1280, height: 720 } })
    const texts: string[] = []
    for (const slide of main.deck.slides) {
      // Every click revealed; the text is there before the reveals have faded in.
      await gotoSlide(page, main.server.url, slide.no, CLICKS_MAX)
      texts.push(await slideText(page, PLAY_BOX, slide.no))
    }
    await page.close()
    const missing = missingPhrases(phrases, texts)
    expect(missing, `${missing.length} of ${phrases.length} source phrases are on no slide:\n  - ${missing.join('\n  - ')}\n`).toEqual([])
  })
})
