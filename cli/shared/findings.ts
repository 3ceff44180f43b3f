/**
 * Pure parts of `npm run check`: what the browser found, turned into one line per
 * problem that names the slide (`slide 4 "1958 >< 2008": Comparison: columns[1].items is missing`).
 */

/** What the browser reports for one rendered slide. */
export interface SlideScan {
  no: number
  /** Error boxes of components: `[data-bx-error]`, with their listed problems. */
  errors: { component: string, problems: string[] }[]
  /** Lower-case tag names of elements that are no known HTML/SVG element nor a defined custom element. */
  unknownTags: string[]
}

export interface CheckProblem {
  /** 0 when the problem cannot be tied to one slide. */
  slide: number
  text: string
}

export interface ConsoleMessage {
  kind: 'warning' | 'error' | 'page error'
  text: string
}

const RE_COMPONENT_WARNING = /^\[(\w+)\] /
const RE_WHITESPACE = /\s+/g

/** Problems found in the DOM of the rendered slides, plus slides that did not render. */
export function domProblems(scans: SlideScan[], slideCount: number): CheckProblem[] {
  const problems: CheckProblem[] = []
  const seen = new Set(scans.map(s => s.no))
  for (let no = 1; no <= slideCount; no++) {
    if (!seen.has(no))
      problems.push({ slide: no, text: 'the slide did not render' })
  }
  for (const scan of [...scans].sort((a, b) => a.no - b.no)) {
    for (const error of scan.errors) {
      const list = error.problems.length ? error.problems : ['invalid input']
      for (const problem of list)
        problems.push({ slide: scan.no, text: `${error.component}: ${problem}` })
    }
    for (const tag of [...new Set(scan.unknownTags)])
      problems.push({ slide: scan.no, text: `<${tag}> is not a known HTML element or component (misspelt or missing component?)` })
  }
  return problems
}

/**
 * Console output that the DOM scan does not already explain: a component's own warning
 * (`[Timeline] events[1]...`) is dropped when an error box of that component is on screen.
 * Identical messages are kept once.
 */
export function unexplainedMessages(messages: ConsoleMessage[], scans: SlideScan[]): ConsoleMessage[] {
  const boxed = new Set(scans.flatMap(s => s.errors.map(e => e.component)))
  const seen = new Set<string>()
  return messages.filter((m) => {
    const component = m.text.match(RE_COMPONENT_WARNING)?.[1]
    if (m.kind === 'warning' && component && boxed.has(component))
      return false
    const key = messageKey(m)
    if (seen.has(key))
      return false
    seen.add(key)
    return true
  })
}

export function messageKey(m: ConsoleMessage): string {
  return `${m.kind}: ${m.text}`
}

/**
 * Which slide a console message belongs to, from the single-slide visits it appeared in.
 * Showing slide n also mounts n-1 and n+1 (Slidev preloads neighbours), so a message of
 * slide s shows up on the visits s-1, s, s+1: the middle one, or the end of the deck.
 * 0 when it cannot be tied to one slide.
 */
export function attributeSlide(visits: number[], slideCount: number): number {
  const sorted = [...new Set(visits)].sort((a, b) => a - b)
  // Seen on every visit of a longer deck: it belongs to the deck, not to one slide.
  if (sorted.length === 0 || (slideCount > 3 && sorted.length === slideCount))
    return 0
  if (sorted.length === 2 && slideCount > 2) {
    if (sorted[0] === 1)
      return 1
    if (sorted[1] === slideCount)
      return slideCount
  }
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

export function formatProblem(problem: CheckProblem, titles: Map<number, string>): string {
  const where = problem.slide > 0 ? `slide ${problem.slide} "${titles.get(problem.slide) ?? ''}"` : 'deck'
  return `${where}: ${problem.text.replace(RE_WHITESPACE, ' ').trim()}`
}

export function formatMessage(m: ConsoleMessage): string {
  const first = m.text.split('\n')[0]!.trim()
  return `console ${m.kind === 'page error' ? 'page error (uncaught)' : m.kind}: ${first}`
}

/** The report's lines and exit code. */
export function report(problems: CheckProblem[], titles: Map<number, string>, slideCount: number): { lines: string[], code: number } {
  if (problems.length === 0)
    return { lines: [`check: ${slideCount} slides, no problems`], code: 0 }
  const sorted = [...problems].sort((a, b) => a.slide - b.slide)
  const lines = sorted.map(p => formatProblem(p, titles))
  const slides = new Set(sorted.map(p => p.slide)).size
  lines.push(`check: ${problems.length} problem${problems.length === 1 ? '' : 's'} on ${slides} slide${slides === 1 ? '' : 's'} of ${slideCount}`)
  return { lines, code: 1 }
}
