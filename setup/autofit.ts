/**
 * Autofit, as PowerPoint's: a slide whose content is taller or wider than its body, or
 * whose text runs out of a card, panel or cell, gets its text shrunk step by step
 * (setup/fit.ts FIT_STEPS, 22 to 18 px body text; styles/fit.css scales the other sizes),
 * never below the type scale's minimum; then code and formulas alone, to 14 px; then, on an
 * image-left/right or iframe-left/right slide, the picture's half narrows to 40 and 34 %. Applied by the theme's per-slide layer
 * (slide-top.vue) to every slide's `.slidev-layout`, whatever its layout, on screen and
 * in print.
 *
 * Deterministic: every fit starts again from the full size and tries the sizes in order,
 * all within one frame (the measurements force layout synchronously, nothing is painted
 * in between), so the result depends on the content only. A fit runs when the slide is
 * shown or resized, when its content or the fonts change, and when print media starts.
 *
 * What it did is written on the layout for `briefing check`: `data-bx-fit="19"` (the body
 * size it shrank to), `data-bx-fit-dense="14"` (the size code and formulas shrank to),
 * `data-bx-fit-media="34"` (the side picture's share of the width, in %) and, when even the minimum does not fit, `data-bx-fit-overflow` (JSON
 * of setup/fit.ts Overflow: what still overflows, by how much).
 */
import type { FitStep, Overflow } from './fit'
import { BODY_SIZE, chooseFit, fitOverflow, fitSteps } from './fit'
import { slideGeometry } from './geometry'

export const FIT_ATTR = 'data-bx-fit'
export const DENSE_ATTR = 'data-bx-fit-dense'
export const MEDIA_ATTR = 'data-bx-fit-media'
export const OVERFLOW_ATTR = 'data-bx-fit-overflow'

declare global {
  interface Window {
    /** Fits scheduled and not yet run (the inspection waits for 0). */
    __bxFitPending?: number
  }
}

function applyStep(layout: HTMLElement, step: FitStep): void {
  if (step.size === BODY_SIZE)
    layout.removeAttribute(FIT_ATTR)
  else
    layout.setAttribute(FIT_ATTR, String(step.size))
  if (step.dense)
    layout.setAttribute(DENSE_ATTR, String(step.dense))
  else
    layout.removeAttribute(DENSE_ATTR)
  if (step.media)
    layout.setAttribute(MEDIA_ATTR, String(step.media))
  else
    layout.removeAttribute(MEDIA_ATTR)
}

/** Fits one layout now; undefined when it is not displayed (nothing to measure). */
export function fitLayout(layout: HTMLElement): (FitStep & { overflow?: Overflow }) | undefined {
  if (!layout.isConnected || layout.offsetWidth === 0 || layout.offsetHeight === 0)
    return undefined
  const tried: (FitStep & { overflow?: Overflow })[] = []
  // The last steps shrink code and formulas, only on a slide that has some, then narrow a
  // picture or page beside the content.
  const steps = fitSteps({
    dense: layout.querySelector('pre, .katex') !== null,
    media: layout.querySelector(':scope > .bx-side-media') !== null,
  })
  for (const step of steps) {
    applyStep(layout, step)
    const overflow = fitOverflow(slideGeometry(layout, true))
    tried.push({ ...step, overflow })
    if (!overflow)
      break
  }
  const chosen = chooseFit(tried) ?? { size: BODY_SIZE }
  applyStep(layout, chosen)
  const overflow = chosen.overflow
  if (overflow)
    layout.setAttribute(OVERFLOW_ATTR, JSON.stringify(overflow))
  else
    layout.removeAttribute(OVERFLOW_ATTR)
  return chosen
}

/**
 * Refits without a content change at most this often in a row, and at most MAX_FITS a
 * second in all: a component that lays itself out again on every fit cannot loop.
 */
const MAX_QUIET_REFITS = 6
const MAX_FITS = 20

/**
 * Keeps the layout inside `wrapper` (a slide's `[data-slidev-no]` element) fitted: finds
 * it once the slide's chunk has rendered, then refits on the triggers above. Returns the
 * function that stops it.
 */
export function watchFit(wrapper: HTMLElement): () => void {
  let layout: HTMLElement | undefined
  let frame = 0
  let quiet = 0
  const pending = (delta: number) => {
    window.__bxFitPending = Math.max(0, (window.__bxFitPending ?? 0) + delta)
  }
  let recent: number[] = []
  const fitNow = () => {
    const now = performance.now()
    recent = recent.filter(t => now - t < 1000)
    if (!layout || recent.length >= MAX_FITS)
      return
    recent.push(now)
    fitLayout(layout)
  }
  const run = () => {
    frame = 0
    pending(-1)
    if (quiet++ < MAX_QUIET_REFITS)
      fitNow()
  }
  const schedule = (content = false) => {
    if (content) {
      quiet = 0
      for (const child of layout?.children ?? [])
        // eslint-disable-next-line ts/no-use-before-define -- only called once resize exists
        resize.observe(child)
    }
    if (!frame) {
      pending(1)
      frame = requestAnimationFrame(run)
    }
  }
  const resize = new ResizeObserver(() => schedule())
  const find = () => {
    const found = wrapper.querySelector<HTMLElement>(':scope > .slidev-layout') ?? wrapper.querySelector<HTMLElement>('.slidev-layout') ?? undefined
    if (found === layout)
      return
    resize.disconnect()
    layout = found
    if (layout) {
      resize.observe(layout)
      for (const child of layout.children)
        resize.observe(child)
      schedule(true)
    }
  }
  const mutations = new MutationObserver((records) => {
    find()
    // Our own attributes are not observed; text and elements that change are content.
    if (records.some(r => r.type !== 'attributes'))
      schedule(true)
  })
  mutations.observe(wrapper, { childList: true, subtree: true, characterData: true })
  const fonts = () => schedule(true)
  document.fonts?.addEventListener('loadingdone', fonts)
  void document.fonts?.ready.then(fonts)
  // Print lays out in print media right away: fit at once.
  const printNow = () => {
    quiet = 0
    fitNow()
  }
  const print = window.matchMedia?.('print')
  print?.addEventListener('change', printNow)
  window.addEventListener('beforeprint', printNow)
  find()
  return () => {
    resize.disconnect()
    mutations.disconnect()
    document.fonts?.removeEventListener('loadingdone', fonts)
    print?.removeEventListener('change', printNow)
    window.removeEventListener('beforeprint', printNow)
    if (frame) {
      cancelAnimationFrame(frame)
      pending(-1)
    }
  }
}
