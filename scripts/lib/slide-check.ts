/** What can be wrong with a rendered slide, and how the export names it. */

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
      problems.push({ no, problem: `shows a component error: ${state.componentError.replace(/\s+/g, ' ').trim()}` })
    else if (state.empty)
      problems.push({ no, problem: 'is empty (no text or media rendered)' })
  }
  return problems
}

export function formatProblems(slides: { no: number, title: string }[], problems: SlideProblem[]): string {
  return problems.map(p => `  - ${describeSlide(slides, p.no)} ${p.problem}`).join('\n')
}
