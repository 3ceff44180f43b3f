/**
 * Fit and collisions through the shared inspection (cli/shared/inspect.ts scanFit, the
 * findings of `check`, `export`, `build` and `screenshots`): the main deck in Dutch and
 * French and the gallery are clean in the 16:9 view (screen media) and in print; the
 * overflow fixture (tests/support/overflow-fixtures.ts), put into content slides of the
 * built main deck, gives one finding per slide, named slide by slide. No build of its own:
 * the global setup's builds.
 */
import type { Browser, Page } from 'playwright-core'
import type { CheckProblem } from '../../cli/shared/findings'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../cli/shared/browser'
import { loadDeck } from '../../cli/shared/deck'
import { fitProblems } from '../../cli/shared/findings'
import { openPrintPage, scanFit } from '../../cli/shared/inspect'
import { serveDist } from '../../cli/shared/serve'
import { THEME_ROOT } from '../../cli/shared/theme'
import { OVERFLOW_SLIDES } from '../support/overflow-fixtures'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Opens the print page of a built deck, runs `use` on it, closes it. */
async function onPrintPage<T>(dist: string, entry: string, lang: string | undefined, use: (page: Page, count: number) => Promise<T>): Promise<T> {
  const count = (await loadDeck(join(THEME_ROOT, entry), lang)).slides.length
  const server = await serveDist(dist)
  const { context, page } = await openPrintPage(browser, server.url, count)
  try {
    return await use(page, count)
  }
  finally {
    await context.close()
    await server.close()
  }
}

const errors = (problems: CheckProblem[]) => problems.filter(p => !p.warning).map(p => `slide ${p.slide}: ${p.text}`)

describe.each([
  { deck: 'the main deck in Dutch', entry: 'slides.md', lang: undefined, dist: () => inject('mainDist') },
  { deck: 'the main deck in French', entry: 'slides.md', lang: 'fr', dist: () => inject('frPrintDist') },
  { deck: 'the gallery', entry: 'gallery.md', lang: undefined, dist: () => inject('visualDists').gallery! },
])('$deck', ({ entry, lang, dist }) => {
  it('fits every slide, on screen and in print: nothing off the canvas, over the footer, out of its box or overlapping', async () => {
    const { problems, scanned, count } = await onPrintPage(dist(), entry, lang, async (page, count) => {
      const scans = await scanFit(page)
      return { problems: fitProblems(scans), scanned: new Set(scans.map(s => `${s.media} ${s.no}`)).size, count }
    })
    // Every slide measured, in both media: a slide not yet rendered would pass unmeasured.
    expect(scanned).toBe(2 * count)
    expect(errors(problems), `\n${errors(problems).join('\n')}\n`).toEqual([])
  })
})

describe('the overflow fixture', () => {
  it('gives one finding per slide, naming the element and the px, on screen and in print', async () => {
    const problems = await onPrintPage(inject('mainDist'), 'slides.md', undefined, async (page) => {
      // The first content slides of the deck (default layout, title and footer) get the fixture's bodies.
      const used = await page.evaluate((bodies) => {
        const slides = [...document.querySelectorAll('[data-slidev-no]')].filter(s => s.querySelector('.slidev-layout.default > h1 + *') && s.querySelector('.bx-footer'))
        return bodies.map((body, i) => {
          const slide = slides[i]!
          const layout = slide.querySelector('.slidev-layout')!
          for (const child of [...layout.children]) {
            if (child.tagName !== 'H1' && !child.classList.contains('bx-footer'))
              child.remove()
          }
          layout.querySelector('h1')!.insertAdjacentHTML('afterend', body)
          return Number(slide.getAttribute('data-slidev-no'))
        })
      }, OVERFLOW_SLIDES.map(s => s.body))
      const found = fitProblems(await scanFit(page)).filter(p => used.includes(p.slide))
      return used.map(no => found.filter(p => p.slide === no))
    })
    OVERFLOW_SLIDES.forEach((slide, i) => {
      const found = problems[i]!
      expect(found, `${slide.title}: ${found.map(p => p.text).join('; ')}`).toHaveLength(1)
      expect(found[0]!.text).toMatch(slide.finding)
      expect(Boolean(found[0]!.warning), slide.title).toBe(Boolean(slide.warning))
    })
  })
})
