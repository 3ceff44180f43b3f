/**
 * Accessibility of the built main deck in Chromium: axe-core (WCAG 2.x A/AA) on every slide
 * and on the presenter view, the document language, a sane heading outline per slide, and
 * text contrast. Contrast: axe's color-contrast rule runs too, but on Slidev slides it returns
 * every text as "incomplete" (overlapped by Slidev's layers), so it never fails there; the
 * gate is tests/support/text-contrast.ts, which measures each visible text node against its
 * effective background in the page (on top of the palette pairs in styles/contrast.test.ts).
 */
import type { BrowserContext, Page } from 'playwright-chromium'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLICKS_MAX, FREEZE_CSS, gotoSlide, slideSelector, waitForSlide } from '../../cli/shared/slide-page'
import { axeViolations, formatFindings } from '../support/axe'
import { headingProblems } from '../support/headings'
import { useMainDeck } from '../support/main-deck'
import { contrastProblems, sampleTextContrast } from '../support/text-contrast'

const main = useMainDeck()
let context: BrowserContext

beforeAll(async () => {
  context = await main.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
})

/** Heading levels of the slide in document order, e.g. [1, 2, 2]. */
async function headingLevels(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).first().evaluate(root =>
    Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'), h => h.getAttribute('aria-level') ? Number(h.getAttribute('aria-level')) : Number(h.tagName.slice(1))),
  )
}

async function freeze(page: Page) {
  await page.addStyleTag({ content: FREEZE_CSS })
}

describe('accessibility of the main deck', () => {
  it('declares Dutch as the document language', async () => {
    expect(main.deck.lang, 'slides.md headmatter lang').toBe('nl')
    const page = await context.newPage()
    await gotoSlide(page, main.server.url, 1)
    expect(await page.getAttribute('html', 'lang'), '<html lang>').toBe('nl')
    const findings = await axeViolations(page, { include: ['html'], rules: ['html-has-lang', 'html-lang-valid', 'document-title'] })
    expect(findings, formatFindings('document', findings).join('\n')).toEqual([])
    await page.close()
  })

  it('has no serious or critical axe violation, a sane heading outline and AA text contrast on every slide', async () => {
    const page = await context.newPage()
    const problems: string[] = []
    for (const { no } of main.deck.slides) {
      // Final click state: everything the slide can show is visible. Only the slide itself is
      // checked: Slidev's navigation controls around it are the framework's, not this deck's.
      await gotoSlide(page, main.server.url, no, CLICKS_MAX)
      await freeze(page)
      const slide = slideSelector(no)
      problems.push(...formatFindings(`slide ${no}`, await axeViolations(page, { include: [slide] })))
      problems.push(...headingProblems(await headingLevels(page, slide)).map(p => `slide ${no}: heading outline ${p}`))
      const samples = await sampleTextContrast(page, slide)
      if (!samples.length)
        problems.push(`slide ${no}: no visible text found for the contrast check`)
      problems.push(...contrastProblems(samples).map(p => `slide ${no}: ${p}`))
    }
    await page.close()
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('has no serious or critical axe violation in the presenter view\'s slides and notes', async () => {
    const page = await context.newPage()
    const problems: string[] = []
    for (const { no } of main.deck.slides) {
      await page.goto(`${main.server.url}presenter/${no}`, { waitUntil: 'load' })
      await waitForSlide(page, no, '.grid-section.main')
      await freeze(page)
      // Scope: the current slide, the next preview and the notes, which are this deck's content.
      // Slidev's own toolbar, timer and resize handles (icon buttons without text) are left out;
      // they are framework UI that this project does not ship or style.
      const include = [slideSelector(no, '.grid-section.main'), '.grid-section.note .slidev-note']
      if (no < main.deck.slides.length)
        include.push('.grid-section.next [data-slidev-no]')
      problems.push(...formatFindings(`presenter ${no}`, await axeViolations(page, { include })))
      const notes = await sampleTextContrast(page, '.grid-section.note .slidev-note')
      problems.push(...contrastProblems(notes).map(p => `presenter ${no} notes: ${p}`))
    }
    await page.close()
    expect(problems, problems.join('\n')).toEqual([])
  })
})
