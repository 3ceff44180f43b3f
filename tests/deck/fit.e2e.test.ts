/**
 * Fit and collisions through the shared inspection (cli/shared/inspect.ts scanFit, the
 * findings of `check`, `export`, `build` and `screenshots`): the main deck in Dutch and
 * French and the gallery are clean in the 16:9 view (screen media) and in print; the
 * overflow fixture (tests/support/overflow-fixtures.ts), put into content slides of the
 * built main deck, gives one finding per slide, named slide by slide. No build of its own:
 * the global setup's builds. Monaco editors are in before anything is measured.
 */
import type { Browser, Page } from 'playwright-core'
import type { CheckProblem } from '../../cli/shared/findings'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../cli/shared/browser'
import { loadDeck } from '../../cli/shared/deck'
import { fitProblems } from '../../cli/shared/findings'
import { openPrintPage, scanFit, waitForPrintPage } from '../../cli/shared/inspect'
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

describe('monaco editors', () => {
  it('are in, at their full height, once the print page is ready to be measured', async () => {
    const entry = 'tests/fixtures/every-layout/slides.md'
    const count = (await loadDeck(join(THEME_ROOT, entry))).slides.length
    const server = await serveDist(inject('visualDists')['every-layout']!)
    const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}print`, { waitUntil: 'load' })
      await waitForPrintPage(page, count)
      const boxes = await page.evaluate(() => Array.from(document.querySelectorAll('.slidev-monaco-container'), box => ({
        lines: box.querySelectorAll('.monaco-editor .view-line').length,
        height: box.getBoundingClientRect().height,
      })))
      expect(boxes.length).toBeGreaterThan(0)
      // Two lines of 23 px and the editor's padding; the box is 19 px before the editor exists.
      for (const box of boxes)
        expect(box).toMatchObject({ lines: 2, height: expect.toSatisfy((h: number) => h > 60) })
    }
    finally {
      await context.close()
      await server.close()
    }
  })
})

describe('a picture beside the content', () => {
  it('narrows, after the text and the code have shrunk, until a wide code block fits', async () => {
    const fit = await onPrintPage(inject('visualDists')['every-layout']!, 'tests/fixtures/every-layout/slides.md', undefined, async (page) => {
      const no = await page.evaluate(() => {
        const slide = document.querySelector('[data-slidev-no] .slidev-layout.image-right')!.closest('[data-slidev-no]')!
        const layout = slide.querySelector('.slidev-layout')!
        for (const child of [...layout.children]) {
          if (child.tagName !== 'H1' && !child.classList.contains('bx-footer') && !child.classList.contains('bx-side-media'))
            child.remove()
        }
        // 14 lines of 52 characters: at 14 px they need 60 % of the slide's width; in half of
        // it, they wrap to twice as many rows, taller than the body.
        const line = 'const grensarbeiders = { BE: 41_000, NL: 38_500 } //'
        layout.querySelector('h1')!.insertAdjacentHTML('afterend', `<div class="slidev-code-wrapper"><pre class="shiki slidev-code"><code>${Array.from({ length: 14 }).fill(`<span class="line">${line}</span>`).join('\n')}</code></pre></div>`)
        return Number(slide.getAttribute('data-slidev-no'))
      })
      const scans = await scanFit(page)
      return scans.filter(s => s.no === no)
    })
    for (const scan of fit) {
      expect(scan, scan.media).toMatchObject({ size: 18, dense: 14 })
      expect([40, 34], scan.media).toContain(scan.side)
      expect(scan.overflow, scan.media).toBeUndefined()
    }
    expect(fit).toHaveLength(2)
  })
})
