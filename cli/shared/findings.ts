/**
 * Pure parts of the inspection of a rendered deck (cli/shared/inspect.ts), shared by
 * `check`, `export`, `build` and `screenshots`: what the browser found, turned into one
 * line per problem that names the slide
 * (`slide 4 "1958 >< 2008": Comparison: columns[1].items is missing`).
 */

import type { Collision, Overflow } from '../../setup/fit'

/** What the browser reports for one rendered slide (inspect.ts scanSlides). */
export interface SlideScan {
  no: number
  /** Error boxes of components: `[data-bx-error]`, with their listed problems. */
  errors: { component: string, problems: string[] }[]
  /** Lower-case tag names of elements that are no known HTML/SVG element nor a defined custom element. */
  unknownTags: string[]
  /** The error the slide threw while rendering (slide-top.vue's `[data-bx-thrown]`), or ''. */
  thrown?: string
  /** No layout, or a layout without text or media, and no error shown. */
  empty?: boolean
  /** Icon classes on the slide (`i-ph-scales`) and where they come from (`ThemeCards: themes[2].icon`, or '' in markdown). */
  icons?: { name: string, where: string }[]
  /** Warnings of components (`[data-bx-warning]`): input that renders but is probably a mistake. */
  warnings?: { component: string, text: string }[]
  /** Absolute URLs of the files the slide names (src, srcset, poster, data, SVG href, CSS background images). */
  urls?: string[]
}

export interface CheckProblem {
  /** 0 when the problem cannot be tied to one slide. */
  slide: number
  text: string
  /** A finding that does not fail the command (e.g. unequal comparison columns). */
  warning?: boolean
}

/** Checks an icon class against the installed icon sets: a problem text, or undefined when it exists. */
export type IconCheck = (name: string) => string | undefined

export interface ConsoleMessage {
  kind: 'warning' | 'error' | 'page error'
  text: string
}

const RE_COMPONENT_WARNING = /^\[(\w+)\] /
const RE_WHITESPACE = /\s+/g

/** Problems found in the DOM of the rendered slides, plus slides that did not render. */
export function domProblems(scans: SlideScan[], slideCount: number, iconCheck?: IconCheck): CheckProblem[] {
  const problems: CheckProblem[] = []
  const seen = new Set(scans.map(s => s.no))
  for (let no = 1; no <= slideCount; no++) {
    if (!seen.has(no))
      problems.push({ slide: no, text: 'the slide did not render' })
  }
  for (const scan of [...scans].sort((a, b) => a.no - b.no)) {
    if (scan.thrown)
      problems.push({ slide: scan.no, text: `threw while rendering: ${scan.thrown}` })
    else if (scan.empty && !scan.errors.length)
      problems.push({ slide: scan.no, text: 'is empty (no text or media rendered)' })
    for (const error of scan.errors) {
      const list = error.problems.length ? error.problems : ['invalid input']
      for (const problem of list)
        problems.push({ slide: scan.no, text: `${error.component}: ${problem}` })
    }
    for (const tag of [...new Set(scan.unknownTags)])
      problems.push({ slide: scan.no, text: `<${tag}> is not a known HTML element or component (misspelt or missing component?)` })
    const icons = new Map((scan.icons ?? []).map(icon => [`${icon.where}\0${icon.name}`, icon]))
    for (const { name, where } of icons.values()) {
      const problem = iconCheck?.(name)
      if (problem)
        problems.push({ slide: scan.no, text: `${where || 'icon class'}: ${problem}` })
    }
    for (const warning of scan.warnings ?? [])
      problems.push({ slide: scan.no, text: `${warning.component}: ${warning.text}`, warning: true })
  }
  return problems
}

/** Errors the theme's error handler recorded (window.__bxSlideErrors) that no slide shows: outside any slide, or not boxed. */
export function unboxedErrors(errors: { no: number, message: string }[], scans: SlideScan[]): CheckProblem[] {
  const boxed = new Set(scans.filter(s => s.thrown).map(s => s.no))
  const seen = new Set<string>()
  return errors.filter((e) => {
    const key = `${e.no}\0${e.message}`
    if (boxed.has(e.no) || seen.has(key))
      return false
    seen.add(key)
    return true
  }).map(e => ({ slide: e.no, text: `threw while rendering: ${e.message}` }))
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
  return `${where}: ${problem.warning ? 'warning: ' : ''}${problem.text.replace(RE_WHITESPACE, ' ').trim()}`
}

export function formatMessage(m: ConsoleMessage): string {
  const first = m.text.split('\n')[0]!.trim()
  return `console ${m.kind === 'page error' ? 'page error (uncaught)' : m.kind}: ${first}`
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * The report's lines and exit code, for `label` (check, export, build). Warnings are
 * listed but do not fail: exit 1 only when there is at least one problem.
 */
export function report(problems: CheckProblem[], titles: Map<number, string>, slideCount: number, label = 'check'): { lines: string[], code: number } {
  const errors = problems.filter(p => !p.warning)
  const warnings = problems.filter(p => p.warning)
  if (problems.length === 0)
    return { lines: [`${label}: ${slideCount} slides, no problems`], code: 0 }
  const sorted = [...errors, ...warnings].sort((a, b) => a.slide - b.slide)
  const lines = sorted.map(p => formatProblem(p, titles))
  const count = (list: CheckProblem[]) => new Set(list.map(p => p.slide)).size
  const parts = [
    ...(errors.length ? [`${plural(errors.length, 'problem')} on ${plural(count(errors), 'slide')} of ${slideCount}`] : [`${slideCount} slides, no problems`]),
    ...(warnings.length ? [plural(warnings.length, 'warning')] : []),
  ]
  lines.push(`${label}: ${parts.join(', ')}`)
  return { lines, code: errors.length ? 1 : 0 }
}

/** `slide 3 "Title"` (or `slide 3` when it has none), for messages outside the report. */
export function describeSlide(slides: { no: number, title: string }[], no: number): string {
  if (no === 0)
    return 'outside any slide:'
  const title = slides.find(slide => slide.no === no)?.title
  return title ? `slide ${no} "${title}"` : `slide ${no}`
}

/** What fits and what collides on one slide, in one medium (inspect.ts scanFit). */
export interface FitScan {
  no: number
  /** `screen`: the slide as presented (the 16:9 view); `print`: as the PDF prints it. */
  media: 'screen' | 'print'
  /** The body text size autofit shrank the slide to (setup/autofit.ts), when it did. */
  size?: number
  /** The size code and formulas shrank to besides (setup/fit.ts DENSE_SIZES), when they did. */
  dense?: number
  /** The share of the width (%) the picture or page beside the content narrowed to (setup/fit.ts MEDIA_SHARES), when it did. */
  side?: number
  /** What still overflows the body at the size autofit kept, when nothing fitted. */
  overflow?: Overflow
  collisions: Collision[]
}

const EDGE: Record<Overflow['where'], string> = { bottom: 'below the body', right: 'past the body\'s right edge', left: 'past the body\'s left edge', top: 'above the body', box: 'out of its box' }

/** `19 px`, `18 px and code and formulas to 14 px`, `… and the picture beside it narrowed to 34 %`. */
const shrunk = (scan: FitScan) => `${scan.size} px${scan.dense ? ` and code and formulas to ${scan.dense} px` : ''}${scan.side ? ` and the picture beside it narrowed to ${scan.side} % of the width` : ''}`

const quoted = (element: string, text?: string) => `${element}${text ? ` "${text}"` : ''}`

/** The wording of one collision (without the slide). */
export function collisionText(c: Collision): string {
  const what = quoted(c.element, c.text)
  switch (c.kind) {
    case 'canvas':
      return c.partly
        ? `picture partly outside the canvas: ${what} runs ${c.by} px past the slide's ${c.edge} edge and is cut off there (fine for a corner decoration)`
        : `content outside the canvas: ${what} runs ${c.by} px past the slide's ${c.edge} edge`
    case 'footer':
      return `${c.text ? 'text' : 'content'} over the footer: ${what} runs ${c.by} px into it`
    case 'box':
      return c.clipped
        ? `text runs out of its box: ${what} is cut off by ${c.other} (${c.by} px)`
        : `text runs out of its box: ${what} runs ${c.by} px out of ${c.other}`
    case 'overlap':
      return `overlapping text: ${what} and ${quoted(c.other ?? '?', c.otherText)} overlap by ${c.by} px`
  }
}

/**
 * The fit's findings, screen and print merged: a warning for a slide autofit shrank, an
 * error for one that does not fit even at the minimum (what overflows, by how much), and
 * one error per collision. A finding seen in only one medium says which.
 */
export function fitProblems(scans: FitScan[]): CheckProblem[] {
  const lines = new Map<string, { slide: number, text: string, warning?: boolean, media: Set<string> }>()
  const add = (no: number, media: string, text: string, warning?: boolean) => {
    const key = `${no}\0${text}`
    const seen = lines.get(key) ?? { slide: no, text, warning, media: new Set<string>() }
    seen.media.add(media)
    lines.set(key, seen)
  }
  const mediaCount = new Set(scans.map(s => s.media)).size
  for (const scan of [...scans].sort((a, b) => a.no - b.no)) {
    if (scan.overflow) {
      const o = scan.overflow
      const where = o.where === 'box' ? `out of ${o.box ?? 'its box'}` : EDGE[o.where]
      const tried = scan.size ? `even with its text shrunk to ${shrunk(scan)}` : 'and shrinking its text does not help'
      add(scan.no, scan.media, `does not fit its body ${tried}: ${quoted(o.element, o.text)} runs ${o.by} px ${where}; split the slide in two`)
    }
    else if (scan.size) {
      add(scan.no, scan.media, `text shrunk to ${shrunk(scan)} to fit`, true)
    }
    // Content past the canvas, over the footer or out of one box is usually many lines of one cause: the worst, and how many more.
    // A slide that does not fit: its content in the flow past the footer or the canvas, or its
    // texts out of the box named above, are that same cause.
    const o = scan.overflow
    const sameCause = (c: Collision) => !!o && ((c.flow && (c.kind === 'canvas' || c.kind === 'footer')) || (o.where === 'box' && c.kind === 'box' && c.other === o.box))
    const byKind = new Map<string, Collision[]>()
    for (const c of scan.collisions.filter(c => !sameCause(c))) {
      const key = c.kind === 'canvas' || c.kind === 'footer' ? `${c.kind}${c.partly ? '\0partly' : ''}` : c.kind === 'box' ? `box\0${c.other}` : `${c.kind}\0${byKind.size}`
      byKind.set(key, [...(byKind.get(key) ?? []), c])
    }
    for (const list of byKind.values()) {
      const worst = list.reduce((a, b) => (b.by > a.by ? b : a))
      add(scan.no, scan.media, collisionText(worst) + (list.length > 1 ? ` (and ${list.length - 1} more)` : ''), worst.partly)
    }
  }
  return Array.from(lines.values(), ({ slide, text, warning, media }) => ({
    slide,
    text: mediaCount > 1 && media.size === 1 ? `${text} (${media.has('print') ? 'in print only' : 'on screen only'})` : text,
    ...(warning ? { warning } : {}),
  }))
}

/** The last part of a URL's path, as a file name to save it under (`arrow.svg`), or `file`. */
function fileNameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '') || 'file'
  }
  catch {
    return 'file'
  }
}

/**
 * The blocked requests beyond localhost, tied to the slides that name them: one warning per
 * slide with its files and the fix, and one for the deck with what no slide names (a
 * component's script). A file a slide names off the host is reported even if the page did
 * not ask for it yet (a lazy image). Warnings: the deck presents and prints without them.
 */
export function offHostProblems(requested: string[], scans: SlideScan[], isLocal: (url: string) => boolean): CheckProblem[] {
  const problems: CheckProblem[] = []
  const named = new Set<string>()
  const fix = (urls: string[]) => `to show ${urls.length === 1 ? 'it' : 'them'}, save ${urls.length === 1 ? 'the file' : 'each file'} under public/ and link it as /${fileNameOf(urls[0]!)}`
  for (const scan of [...scans].sort((a, b) => a.no - b.no)) {
    const urls = [...new Set((scan.urls ?? []).filter(u => !isLocal(u)))]
    if (!urls.length)
      continue
    urls.forEach(u => named.add(u))
    problems.push({ slide: scan.no, warning: true, text: `loads ${urls.length === 1 ? 'a file' : `${urls.length} files`} from beyond localhost, blocked (the deck works offline): ${urls.join(', ')}; ${fix(urls)}` })
  }
  const rest = [...new Set(requested)].filter(u => !named.has(u))
  if (rest.length)
    problems.push({ slide: 0, warning: true, text: `the deck tried to reach beyond localhost (requests blocked, named by no slide: a component's script or style?): ${rest.join(', ')}` })
  return problems
}
