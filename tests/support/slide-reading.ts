/**
 * Reading a rendered slide in the deck tests: its text, what lies outside it, its click
 * state. Getting to the slide is cli/shared/slide-page.ts's job.
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

export type OverflowKind = 'slide' | 'footer' | 'scroll' | 'text'

export interface Overflow {
  /** e.g. `li.bx-card "Team Markt"` */
  element: string
  /** How far it lies outside, in slide pixels (980 x 552 canvas), per side. */
  left: number
  right: number
  top: number
  bottom: number
  /**
   * What it overflows: the slide box, the footer, the layout's own scroll box, or its own
   * box (text wider than the card or cell it sits in).
   */
  kind: OverflowKind
}

/**
 * Every visible element of slide `no` that lies outside the slide box (or runs into the
 * footer), plus a layout that scrolls. `boxSelector` is the element that is the slide:
 * `#slide-content` in the play view, one `.print-slide-container` in the print view.
 */
export async function measureOverflow(page: Page, boxSelector: string, no: number, tolerance = 0.5): Promise<Overflow[]> {
  return page.evaluate(({ box: boxSel, layout: layoutSel, tolerance }) => {
    const box = document.querySelector(boxSel) as HTMLElement | null
    const layout = box?.querySelector(layoutSel) as HTMLElement | null
    if (!box || !layout)
      return [{ element: `${boxSel} ${layoutSel} (not found)`, left: 0, right: 0, top: 0, bottom: 0, kind: 'slide' as const }]
    const b = box.getBoundingClientRect()
    const scale = b.width / box.offsetWidth || 1
    const round = (n: number) => Math.round(n / scale * 10) / 10
    // This function runs in the page, so its regular expressions cannot live at module scope.
    /* eslint-disable e18e/prefer-static-regex */
    const describe = (el: Element) => {
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)
      return `${el.tagName.toLowerCase()}${cls}${text ? ` "${text}"` : ''}`
    }
    /* eslint-enable e18e/prefer-static-regex */
    // Text for screen readers only (UnoCSS sr-only: clipped to nothing) is not on the slide.
    const hidden = new Map<Element, boolean>()
    const visuallyHidden = (el: Element): boolean => {
      if (el === layout)
        return false
      const known = hidden.get(el)
      if (known !== undefined)
        return known
      const style = getComputedStyle(el)
      const clipped = style.clip.startsWith('rect(0px, 0px, 0px, 0px)') || style.clipPath === 'inset(50%)'
      const result = clipped || (el.parentElement ? visuallyHidden(el.parentElement) : false)
      hidden.set(el, result)
      return result
    }
    const found: { element: string, left: number, right: number, top: number, bottom: number, kind: 'slide' | 'footer' | 'scroll' | 'text' }[] = []
    const footer = layout.querySelector('.bx-footer')
    const footerTop = footer?.getBoundingClientRect().top
    for (const el of layout.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.width < 0.5 || r.height < 0.5)
        continue
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || visuallyHidden(el))
        continue
      const out = { left: b.left - r.left, right: r.right - b.right, top: b.top - r.top, bottom: r.bottom - b.bottom }
      if (Object.values(out).some(v => v > tolerance * scale)) {
        found.push({ element: describe(el), left: round(out.left), right: round(out.right), top: round(out.top), bottom: round(out.bottom), kind: 'slide' })
        continue
      }
      if (footer && footerTop !== undefined && !footer.contains(el) && !el.contains(footer) && r.bottom - footerTop > tolerance * scale) {
        found.push({ element: describe(el), left: 0, right: 0, top: 0, bottom: round(r.bottom - footerTop), kind: 'footer' })
        continue
      }
      // Text wider than its own box: a long word sticking out of a card or cell.
      const ownText = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim())
      if (ownText && el instanceof HTMLElement && el.scrollWidth - el.clientWidth > 1 && el.clientWidth > 0)
        found.push({ element: describe(el), left: 0, right: el.scrollWidth - el.clientWidth, top: 0, bottom: 0, kind: 'text' })
    }
    const dx = layout.scrollWidth - layout.clientWidth
    const dy = layout.scrollHeight - layout.clientHeight
    if (dx > 1 || dy > 1)
      found.push({ element: `${describe(layout).slice(0, 40)} (scrolls)`, left: 0, right: Math.max(0, dx), top: 0, bottom: Math.max(0, dy), kind: 'scroll' })
    return found
  }, { box: boxSelector, layout: layoutSelector(no), tolerance })
}

const WHERE: Record<OverflowKind, string> = {
  slide: 'lies outside the slide',
  footer: 'runs into the footer',
  scroll: 'makes the layout scroll',
  text: 'has text wider than its box',
}

/** One line per overflow, for failure messages. */
export function formatOverflow(no: number, list: Overflow[]): string[] {
  return list.map(({ element, left, right, top, bottom, kind }) => {
    const sides = Object.entries({ left, right, top, bottom })
      .filter(([, v]) => v > 0)
      .map(([side, v]) => `${side} +${v}px`)
      .join(', ')
    return `slide ${no}: ${element} ${WHERE[kind]}: ${sides}`
  })
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
