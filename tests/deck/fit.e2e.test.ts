import { describe, expect, it } from 'vitest'
import { openSlide, PLAY_BOX } from '../../cli/shared/slide-page'
import { useMainDeck } from '../support/main-deck'
import { formatOverflow, measureOverflow } from '../support/slide-reading'

const main = useMainDeck()

describe('every slide fits the 16:9 canvas', () => {
  it('in the browser: nothing lies outside a slide or runs into its footer', async () => {
    const page = await main.browser.newPage({ viewport: { width: 1280, height: 720 } })
    const problems: string[] = []
    for (const slide of main.deck.slides) {
      await openSlide(page, main.server.url, slide.no)
      problems.push(...formatOverflow(slide.no, await measureOverflow(page, PLAY_BOX, slide.no)))
    }
    await page.close()
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([])
  })

  // The built site has no /print route (download: false); `slidev export` prints the same
  // slide components with print media, so each slide is measured again under print media.
  it('in print media: the same holds for every slide', async () => {
    const page = await main.browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.emulateMedia({ media: 'print' })
    const problems: string[] = []
    for (const slide of main.deck.slides) {
      await openSlide(page, main.server.url, slide.no)
      problems.push(...formatOverflow(slide.no, await measureOverflow(page, PLAY_BOX, slide.no)))
    }
    await page.close()
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([])
  })
})
