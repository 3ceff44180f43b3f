/**
 * Reading a rendered slide in the deck tests: its text and its click state (what does not
 * fit is the shared inspection's: cli/shared/inspect.ts scanFit). Getting to the slide is
 * cli/shared/slide-page.ts's job.
 */
import type { Page } from 'playwright-core'
import { layoutSelector } from '../../cli/shared/slide-page'

/**
 * The visible text of a slide: the layout's innerText (blocks on their own lines) plus
 * the text of its SVG figures, a line per <text>, with its <tspan> lines joined by spaces.
 */
export async function slideText(page: Page, boxSelector: string, no: number): Promise<string> {
  return page.evaluate(({ box, layout }) => {
    const root = document.querySelector(box)?.querySelector(layout) as HTMLElement | null
    if (!root)
      return ''
    const svgText = Array.from(root.querySelectorAll('svg text'), (t) => {
      const spans = [...t.querySelectorAll('tspan')]
      return spans.length ? spans.map(s => s.textContent ?? '').join(' ') : (t.textContent ?? '')
    })
    // innerText, not textContent: it puts block elements on their own lines, so that the
    // last word of a title does not run into the first word of the text below it.
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content
    return [root.innerText, ...svgText].join('\n')
  }, { box: boxSelector, layout: layoutSelector(no) })
}

/**
 * A fingerprint of the click state of the slide inside `selector`: the v-click classes of
 * every click target, in document order. Two click steps of a slide must differ in it.
 */
export async function clickSignature(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate(root =>
    Array.from(root.querySelectorAll('.slidev-vclick-target'), el => [...el.classList].filter(c => c.startsWith('slidev-vclick-')).sort().join('.'))
      .join('|'),
  )
}

/** Rendered text of the first match, as a reader sees it (CSS text-transform applied, blocks separated). */
export async function renderedText(page: Page, selector: string): Promise<string> {
  // eslint-disable-next-line unicorn/prefer-dom-node-text-content -- rendered text is the point here
  return page.locator(selector).first().innerText()
}

/** Highest click step the v-click directives of the slide inside `selector` declare. */
export async function declaredClicks(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate(root =>
    Math.max(0, ...Array.from(root.querySelectorAll<HTMLElement>('[data-slidev-clicks-start]'), el => Math.max(Number(el.dataset.slidevClicksStart), Number(el.dataset.slidevClicksEnd ?? 0)))
      .filter(Number.isFinite)),
  )
}
