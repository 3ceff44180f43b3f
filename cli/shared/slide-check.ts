/** What can be wrong with a rendered slide, and how the export names it. */

const RE_SPACE = /\s+/g

export interface SlideState {
  no: number
  /** Text of a ComponentError box ([data-bx-error]) on the slide, if any. */
  componentError: string
  /** No layout, or a layout without text or media. */
  empty: boolean
}

export interface SlideProblem {
  no: number
  problem: string
}

export function describeSlide(slides: { no: number, title: string }[], no: number): string {
  if (no === 0)
    return 'outside any slide:'
  const title = slides.find(slide => slide.no === no)?.title
  return title ? `slide ${no} "${title}"` : `slide ${no}`
}

/** Problems found on the print page, in slide order; slides missing from it count too. */
export function slideProblems(expected: number[], states: SlideState[]): SlideProblem[] {
  const problems: SlideProblem[] = []
  for (const no of expected) {
    const state = states.find(s => s.no === no)
    if (!state)
      problems.push({ no, problem: 'was not rendered' })
    else if (state.componentError)
      problems.push({ no, problem: `shows a component error: ${state.componentError.replace(RE_SPACE, ' ').trim()}` })
    else if (state.empty)
      problems.push({ no, problem: 'is empty (no text or media rendered)' })
  }
  return problems
}

export function formatProblems(slides: { no: number, title: string }[], problems: SlideProblem[]): string {
  return problems.map(p => `  - ${describeSlide(slides, p.no)} ${p.problem}`).join('\n')
}

export interface SlideError {
  /** 0 when the failing component is not inside a slide. */
  no: number
  message: string
}

declare global {
  interface Window { __bxSlideErrors?: SlideError[] }
}

/**
 * Init script for the print page: once Slidev's Vue app is mounted, routes every component
 * error into `window.__bxSlideErrors` with the number of the slide it happened on (the
 * nearest parent component with a `route` prop), so that a failing slide can be named.
 * Runs in the browser; must not reference anything outside its own body.
 */
export function installSlideErrorHook(): void {
  window.__bxSlideErrors = []
  const observer = new MutationObserver(() => {
    const app = (document.getElementById('app') as (HTMLElement & { __vue_app__?: { config: { errorHandler?: unknown } } }) | null)?.__vue_app__
    if (!app)
      return
    observer.disconnect()
    // Vue passes the component's public instance: $props and $parent.
    app.config.errorHandler = (error: unknown, instance: { $props?: { route?: { no?: number } }, $parent?: unknown } | null) => {
      let no = 0
      for (let node = instance; node && !no; node = node.$parent as typeof instance)
        no = Number(node.$props?.route?.no ?? 0)
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      window.__bxSlideErrors!.push({ no, message })
      console.warn(`[bx-export] slide ${no}: ${message}`)
    }
  })
  observer.observe(document, { childList: true, subtree: true })
}

/**
 * Runs in the browser: whether the print page shows `count` slides and every one of them
 * has rendered (each slide is a chunk of its own that loads after the page, so a slide's
 * page stays empty until then) or has failed with an error recorded by installSlideErrorHook.
 * Must not reference anything outside its own body.
 */
export function printPageReady(count: number): boolean {
  const containers = Array.from(document.querySelectorAll('.print-slide-container'))
  if (containers.length < count || document.querySelector('.slidev-slide-loading'))
    return false
  const failed = new Set((window.__bxSlideErrors ?? []).map(error => error.no))
  return containers.every(el => failed.has(Number(el.id.split('-')[0])) || !!el.querySelector('.slidev-page > *'))
}
