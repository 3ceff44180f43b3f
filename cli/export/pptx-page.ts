/**
 * Runs in the print page (/print) before Slidev's PPTX exporter walks it, and only for the
 * PPTX: the web deck, the PDFs and the single file never see it. Slidev's walker draws
 * what a screen shows, and two things a screen shows differently from a slide:
 * - Text for screen readers only (UnoCSS `sr-only`: clipped to nothing), print-only and
 *   dev-only elements would become visible text boxes. They are taken out of the page
 *   (display: none, which the walker skips); what they say is returned, to become the alt
 *   text of the figure they describe (an org chart's node list, a map's city list) or,
 *   when they describe none, a line in the slide's notes.
 * - Icons are CSS masks over a coloured box (UnoCSS `i-ph-*`), which the walker reads as
 *   a filled square. Each becomes an `<img>` of its PNG (drawn from the mask's SVG in the
 *   icon's colour), marked in its alt text so that cli/export/pptx-finish.ts can add the
 *   SVG itself beside it (PowerPoint's `asvg:svgBlip`) and mark it decorative.
 * Must not reference anything outside its own body (Playwright sends its source).
 */

/** A rectangle in CSS px, relative to its slide's top left corner. */
export interface SlideRect { x: number, y: number, w: number, h: number }

export interface PptxFigure {
  /** Where the figure's picture lies on the slide (Slidev draws an `<svg>` as a picture of its box). */
  rect: SlideRect
  /** Its alt text: the SVG's title and description and the text kept for screen readers. */
  alt: string
}

export interface PptxIcon {
  /** The icon's SVG, in its colour and size. */
  svg: string
  rect: SlideRect
}

export interface PptxSlideFacts {
  no: number
  figures: PptxFigure[]
  /** Hidden text that describes no figure, for the slide's notes. */
  notes: string[]
  /** Indexes into `PptxPageFacts.icons`. */
  icons: number[]
  /** Its heading (the first `<h1>`), which becomes its title placeholder. */
  title: string
  columns: PptxColumns[]
  /** Text set in a semibold weight (500 to 699), in `comparable` form: Slidev writes it as bold. */
  semibold: string[]
  /** CSS border triangles (an arrow head): Slidev draws their box filled, cli/export/pptx-finish.ts the triangle. */
  triangles: PptxTriangle[]
  /** Inline text on a background of its own (inline code): highlighted runs in the PPTX. */
  highlights: PptxHighlight[]
  /** Web pages the slide shows (iframes): Slidev draws each as a picture, which gets this alt text. */
  frames: PptxFrame[]
  /** Wrapped text: how wide its box may be before a line would take the next line's first word. */
  wraps: PptxWrap[]
}

/** Inline text with a background (inline code), which cli/export/pptx-finish.ts highlights in its run. */
export interface PptxHighlight { text: string, color: string }

/** A web page in an iframe: the part of the slide it shows, and what it says. */
export interface PptxFrame { rect: SlideRect, alt: string, url: string }

/**
 * A block of wrapped text: its content box, its widest line, the widest its text box may be
 * before a line takes the next word (wrapCap), its line height in px (when CSS sets one).
 */
export interface PptxWrap { rect: SlideRect, cap: number, widest: number, lineHeight?: number }

/** A triangle drawn with one coloured border of an empty box, pointing away from that border. */
export interface PptxTriangle { rect: SlideRect, points: 'right' | 'left' | 'up' | 'down' }

/** An element that sets its text in columns (CSS `column-count`), which a text box can do too. */
export interface PptxColumns { rect: SlideRect, count: number, gap: number }

export interface PptxPageFacts {
  slides: PptxSlideFacts[]
  icons: PptxIcon[]
  /** Icons whose SVG could not be drawn (left as they were). */
  failedIcons: string[]
}

/** The alt text marker of an icon's picture: `${ICON_ALT_PREFIX}${index}`. */
export const ICON_ALT_PREFIX = 'bx-pptx-icon:'

/* eslint-disable e18e/prefer-static-regex -- runs in the page: its regular expressions cannot live at module scope */

/*
 * The page's pure helpers. preparePptxPage runs in the page, where nothing of this module
 * exists: exportPptx sends these along (pptxPageScript), so each must reference nothing
 * outside its own body.
 */

/** The text of a hidden element as a screen reader says it, nested lists as "item (child; child)". */
export function spokenText(el: Element): string {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
  const walk = (node: Element): string => {
    if (node.matches('ul, ol'))
      return Array.from(node.children, walk).filter(Boolean).join('; ')
    let own = ''
    let nested = ''
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3)
        own += child.textContent ?? ''
      else if (child.nodeType === 1)
        ((child as Element).matches('ul, ol') ? (nested += walk(child as Element)) : (own += ` ${walk(child as Element)} `))
    }
    own = squash(own)
    return nested ? `${own} (${nested})` : own
  }
  return walk(el)
}

/** Alt text parts as sentences: each once, each ending in a full stop unless it has its own. */
export function altSentence(parts: string[]): string {
  return Array.from(new Set(parts), p => /[.!?:;)]$/.test(p) ? p : `${p}.`).join(' ')
}

/** The labels of a figure that its description does not say (an org chart's relations), once each. */
export function unsaidLabels(labels: string[], said: string[]): string[] {
  const words = new Set(said.join(' ').toLowerCase().split(/[\s.,;:()]+/))
  return [...new Set(labels)].filter(l => l && l.toLowerCase().split(/\s+/).some(w => !words.has(w)))
}

/**
 * A text of a code block with the spaces that start its lines as no-break spaces (Slidev's
 * walker trims spaces at the start of a line, not those). `lineStart`: whether the text
 * starts a line (the previous text ended in a line break).
 */
export function keepIndent(text: string, lineStart: boolean): string {
  return text.replace(/(^|\n)( +)/g, (all, brk: string, spaces: string, at: number) => at === 0 && !brk && !lineStart ? all : brk + '\u00A0'.repeat(spaces.length))
}

/**
 * The text with a visible hyphen at each soft hyphen where the slide breaks the line
 * (`broken`: their indexes in the text); the others stay. Office suites break at a soft
 * hyphen without showing one (Impress) or not at all.
 */
export function hyphenateAt(text: string, broken: number[]): string {
  const at = new Set(broken)
  return Array.from(text, (ch, i) => ch === '\u00AD' && at.has(i) ? '-' : ch).join('')
}

/** A CSS colour as the hex an office file writes (`EEF2F7`), or undefined when it is transparent. */
export function hexColor(css: string): string | undefined {
  const m = /^rgba?\((\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)(?:[,\s/]+([\d.]+)(%?))?\)$/.exec(css.trim())
  if (!m)
    return undefined
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1)
  if (alpha <= 0)
    return undefined
  return [m[1], m[2], m[3]].map(v => Math.round(Number(v)).toString(16).padStart(2, '0')).join('').toUpperCase()
}

/** The offset of a CSS transform that only moves (`matrix(1, 0, 0, 1, x, y)`), or undefined. */
export function translation(transform: string): { x: number, y: number } | undefined {
  const m = /^matrix\(([^)]*)\)$/.exec(transform.trim())
  const v = m?.[1]!.split(',').map(Number)
  if (!v || v.length !== 6 || v.some(Number.isNaN) || v[0] !== 1 || v[1] !== 0 || v[2] !== 0 || v[3] !== 1)
    return undefined
  return { x: v[4]!, y: v[5]! }
}

/** One character as the page sets it: its box in px. */
export interface SetChar { ch: string, l: number, r: number, t: number, h: number }

/** A line of wrapped text: its width, whether the break after it is a space, the width of its first word. */
export interface SetLine { width: number, endsAtSpace: boolean, firstWord: number }

/**
 * The lines of a text from its characters in order: a new line where a character lies
 * lower and further left than the one before (left-to-right text). A line's width is that
 * of its characters, first to last letter: without the gaps between them (inline code's
 * padding), which the office file does not have.
 */
export function setLines(chars: SetChar[]): SetLine[] {
  const lines: SetChar[][] = []
  let prev: SetChar | undefined
  for (const c of chars) {
    if (!lines.length || (prev && c.t > prev.t + prev.h / 2 && c.l < prev.r - 1 && c.ch.trim()))
      lines.push([])
    lines.at(-1)!.push(c)
    if (c.ch.trim() || !prev)
      prev = c
  }
  return lines.map((line, i) => {
    const first = line.findIndex(c => c.ch.trim())
    const last = line.findLastIndex(c => c.ch.trim())
    let end = first
    while (end + 1 < line.length && line[end]!.ch.trim() && !'-\u00AD\u2010'.includes(line[end]!.ch) && line[end + 1]!.ch.trim())
      end++
    const next = lines[i + 1]
    return {
      width: first < 0 ? 0 : line.slice(first, last + 1).reduce((sum, c) => sum + c.r - c.l, 0),
      endsAtSpace: !line.at(-1)!.ch.trim() || (!!next && !next[0]!.ch.trim()),
      firstWord: first < 0 ? 0 : line[end]!.r - line[first]!.l,
    }
  })
}

/**
 * The widest a text box may be and still break the lines where the page does: just under
 * the narrowest width at which a line would also take the first word of the next one.
 * Undefined for a single line.
 */
export function wrapCap(lines: SetLine[], space: number): number | undefined {
  if (lines.length < 2)
    return undefined
  return Math.min(...lines.slice(0, -1).map((line, i) => line.width + (line.endsAtSpace ? space : 0) + lines[i + 1]!.firstWord)) - 1
}

/** What preparePptxPage gets of this module. */
export const PAGE_HELPERS = { spokenText, altSentence, unsaidLabels, keepIndent, hyphenateAt, hexColor, translation, setLines, wrapCap }
export type PageHelpers = typeof PAGE_HELPERS

export interface PptxPageOptions { iconAltPrefix: string, hiddenSelector: string }

/** The script that runs preparePptxPage in the page, with its helpers: for `page.evaluate`. */
export function pptxPageScript(options: PptxPageOptions): string {
  const helpers = Object.entries(PAGE_HELPERS).map(([name, fn]) => `${name}: ${fn.toString()}`).join(',\n')
  return `(${preparePptxPage.toString()})(${JSON.stringify(options)}, {\n${helpers}\n})`
}

export async function preparePptxPage(options: PptxPageOptions, helpers: PageHelpers): Promise<PptxPageFacts> {
  const { spokenText, altSentence, unsaidLabels, keepIndent, hyphenateAt, hexColor, translation, setLines, wrapCap } = helpers
  const facts: PptxPageFacts = { slides: [], icons: [], failedIcons: [] }
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
  const rectIn = (el: Element, box: DOMRect): SlideRect => {
    const r = el.getBoundingClientRect()
    return { x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height }
  }
  /** Clipped to nothing (sr-only and the like), or marked as not for slides. */
  const isHidden = (el: Element) => {
    const style = getComputedStyle(el)
    return el.matches(options.hiddenSelector)
      || style.clip.startsWith('rect(0px, 0px, 0px, 0px)')
      || style.clipPath === 'inset(50%)'
  }
  const svgAlt = (svg: SVGSVGElement) => {
    const labelled = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map(id => squash(document.getElementById(id)?.textContent ?? ''))
    const parts = [svg.getAttribute('aria-label') ?? '', ...labelled]
    if (!labelled.length)
      parts.push(svg.querySelector(':scope > title')?.textContent ?? '', svg.querySelector(':scope > desc')?.textContent ?? '')
    return parts.map(squash).filter(Boolean)
  }
  const textRects = (node: Node) => {
    const range = document.createRange()
    range.selectNodeContents(node)
    return Array.from(range.getClientRects(), r => [r.left, r.top, r.width, r.height])
  }
  const sameRects = (a: number[][], b: number[][]) => a.length === b.length && a.every((r, i) => r.every((v, j) => Math.abs(v - b[i]![j]!) < 0.5))

  // Slidev's walker draws a ::before or ::after that CSS hides with display: none.
  let moved = 0
  const style = document.createElement('style')
  style.textContent = '.bx-pptx-no-before::before, .bx-pptx-no-after::after { content: none !important; }'
  document.head.append(style)

  for (const container of Array.from(document.querySelectorAll<HTMLElement>('.print-slide-container'))) {
    const no = Number(container.id.split('-')[0])
    const box = container.getBoundingClientRect()
    const slide: PptxSlideFacts = { no, figures: [], notes: [], icons: [], columns: [], semibold: [], triangles: [], highlights: [], frames: [], wraps: [], title: squash(container.querySelector('h1')?.textContent ?? '') }
    facts.slides.push(slide)

    // Hidden text first: the outermost hidden elements, each taken out of the page.
    const hidden = Array.from(container.querySelectorAll('*')).filter(el => isHidden(el) && !(el.parentElement && el.parentElement.closest(options.hiddenSelector)))
    const outermost = hidden.filter(el => !hidden.some(other => other !== el && other.contains(el)))
    const described = new Map<SVGSVGElement, string[]>()
    for (const el of outermost) {
      const text = spokenText(el)
      const figure = el.closest('figure')
      const svg = figure?.querySelector<SVGSVGElement>(':scope > svg')
      if (text && svg)
        described.set(svg, [...described.get(svg) ?? [], text])
      else if (text)
        slide.notes.push(text)
      ;(el as HTMLElement).style.setProperty('display', 'none', 'important')
    }

    // Pictures of SVGs: the outermost visible <svg> elements; aria-hidden ones are decoration.
    for (const svg of Array.from(container.querySelectorAll<SVGSVGElement>('svg'))) {
      if (svg.parentElement?.closest('svg') || svg.closest('[aria-hidden="true"]'))
        continue
      const rect = rectIn(svg, box)
      if (rect.w <= 0 || rect.h <= 0)
        continue
      const parts = [...svgAlt(svg), ...described.get(svg) ?? []]
      // Labels the description leaves out (an org chart's relations) are named after it.
      const label = (t: SVGTextElement) => squash(t.querySelector('tspan') ? Array.from(t.querySelectorAll('tspan'), s => s.textContent ?? '').join(' ') : t.textContent ?? '')
      const labels = unsaidLabels(Array.from(svg.querySelectorAll('text'), label), parts)
      slide.figures.push({ rect, alt: altSentence([...parts, ...labels.length ? [labels.join(', ')] : []]) })
    }

    for (const el of Array.from(container.querySelectorAll('*'))) {
      for (const which of ['before', 'after'] as const) {
        const pseudo = getComputedStyle(el, `::${which}`)
        if (pseudo.content && pseudo.content !== 'none' && (pseudo.display === 'none' || pseudo.visibility === 'hidden'))
          el.classList.add(`bx-pptx-no-${which}`)
        // A border triangle: an absolutely placed empty box with one coloured border (where Slidev's walker places it).
        const px = (v: string) => Number.parseFloat(v) || 0
        const sides = (['Left', 'Right', 'Top', 'Bottom'] as const).map(side => ({ side, width: px(pseudo.getPropertyValue(`border-${side.toLowerCase()}-width`)), color: pseudo.getPropertyValue(`border-${side.toLowerCase()}-color`) }))
        const coloured = sides.filter(b => b.width > 0 && !/rgba\(.*,\s*0\)$|transparent/.test(b.color))
        const inner = (px(pseudo.width) - (pseudo.boxSizing === 'border-box' ? sides[0]!.width + sides[1]!.width : 0)) + (px(pseudo.height) - (pseudo.boxSizing === 'border-box' ? sides[2]!.width + sides[3]!.width : 0))
        if (pseudo.content !== 'none' && pseudo.display !== 'none' && pseudo.position === 'absolute' && coloured.length === 1 && inner <= 0.5) {
          const own = el.getBoundingClientRect()
          const width = px(pseudo.width)
          const height = px(pseudo.height)
          const left = pseudo.left === 'auto' ? own.width - px(pseudo.right) - width : px(pseudo.left)
          const top = pseudo.top === 'auto' ? own.height - px(pseudo.bottom) - height : px(pseudo.top)
          const points = ({ Left: 'right', Right: 'left', Top: 'down', Bottom: 'up' } as const)[coloured[0]!.side]
          slide.triangles.push({ rect: { x: own.left - box.left + left, y: own.top - box.top + top, w: width, h: height }, points })
        }
        // An empty decoration in the flow (the rule before a quote's source), which the walker
        // cannot place: a real element in its place, kept only where nothing moves.
        const filled = !/rgba\(.*,\s*0\)$|transparent/.test(pseudo.backgroundColor)
        if (pseudo.content === '""' && pseudo.display !== 'none' && !['absolute', 'fixed'].includes(pseudo.position) && px(pseudo.width) > 0 && px(pseudo.height) > 0 && filled) {
          const rects = () => Array.from(el.childNodes, (n) => {
            const range = document.createRange()
            range.selectNode(n)
            const r = range.getBoundingClientRect()
            return [r.left, r.top, r.width, r.height]
          })
          const was = rects()
          const rule = document.createElement('span')
          rule.setAttribute('aria-hidden', 'true')
          rule.style.cssText = `display:${pseudo.display === 'inline' ? 'inline-block' : pseudo.display};box-sizing:border-box;width:${pseudo.width};height:${pseudo.height};background:${pseudo.backgroundColor};flex:${pseudo.flex};align-self:${pseudo.alignSelf};margin:${pseudo.margin};vertical-align:${pseudo.verticalAlign};border-radius:${pseudo.borderRadius}`
          el.classList.add(`bx-pptx-no-${which}`)
          if (which === 'before')
            el.prepend(rule)
          else
            el.append(rule)
          const now = rects()
          const kept = which === 'before' ? now.slice(1) : now.slice(0, -1)
          if (!sameRects(was, kept)) {
            rule.remove()
            el.classList.remove(`bx-pptx-no-${which}`)
          }
        }
        // A positioned decoration moved by a transform (a centred title's rule): Slidev's walker
        // places it where it would be without the transform. The same place as an offset instead.
        const shift = pseudo.content !== 'none' && pseudo.display !== 'none' && ['absolute', 'relative'].includes(pseudo.position) ? translation(pseudo.transform) : undefined
        if (shift && (shift.x || shift.y)) {
          const mark = `bx-pptx-at-${moved++}`
          const rules = ['transform:none !important']
          if (shift.x)
            rules.push(pseudo.left !== 'auto' ? `left:${px(pseudo.left) + shift.x}px !important` : `right:${px(pseudo.right) - shift.x}px !important`)
          if (shift.y)
            rules.push(pseudo.top !== 'auto' ? `top:${px(pseudo.top) + shift.y}px !important` : `bottom:${px(pseudo.bottom) - shift.y}px !important`)
          el.classList.add(mark)
          style.textContent += `.${mark}::${which}{${rules.join(';')}}`
        }
      }
    }

    /*
     * Inline text on a background of its own (inline code): Slidev draws the background as a
     * shape of its own, which no longer lies under the text once an office suite wraps the
     * line elsewhere, and a row of such pieces as separate boxes. Its background goes (nothing
     * moves) and becomes the highlight of its run (cli/export/pptx-finish.ts).
     */
    for (const el of Array.from(container.querySelectorAll<HTMLElement>('*'))) {
      const inline = getComputedStyle(el)
      const color = hexColor(inline.backgroundColor)
      const text = squash(el.textContent ?? '')
      if (inline.display !== 'inline' || !color || !text || inline.backgroundImage !== 'none' || el.closest('pre, svg'))
        continue
      slide.highlights.push({ text, color })
      el.style.setProperty('background-color', 'transparent', 'important')
      el.style.setProperty('border-color', 'transparent', 'important')
      el.style.setProperty('box-shadow', 'none', 'important')
    }

    /*
     * Web pages (iframes): Slidev's walker draws each as a picture of what the slide shows of
     * it. Its alt text: the frame's title, the page's text in view, and its address.
     */
    for (const frame of Array.from(container.querySelectorAll('iframe'))) {
      const r = frame.getBoundingClientRect()
      if (r.width <= 0 || r.height <= 0)
        continue
      const seen = { l: Math.max(r.left, box.left), t: Math.max(r.top, box.top), r: Math.min(r.right, box.right), b: Math.min(r.bottom, box.bottom) }
      for (let up = frame.parentElement; up && up !== container; up = up.parentElement) {
        const clip = getComputedStyle(up)
        if (clip.overflowX === 'visible' && clip.overflowY === 'visible')
          continue
        const c = up.getBoundingClientRect()
        seen.l = Math.max(seen.l, c.left)
        seen.t = Math.max(seen.t, c.top)
        seen.r = Math.min(seen.r, c.right)
        seen.b = Math.min(seen.b, c.bottom)
      }
      if (seen.r <= seen.l || seen.b <= seen.t)
        continue
      const url = frame.getAttribute('src') ?? ''
      const texts: string[] = []
      const doc = frame.contentDocument
      if (doc?.body) {
        // The page is laid out at the frame's own size and scaled to its box (layout `scale`).
        const sx = r.width / (frame.clientWidth || r.width)
        const sy = r.height / (frame.clientHeight || r.height)
        const pageWalker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT)
        for (let node = pageWalker.nextNode(); node; node = pageWalker.nextNode()) {
          const range = doc.createRange()
          range.selectNodeContents(node)
          const inView = Array.from(range.getClientRects()).some((q) => {
            const x0 = r.left + frame.clientLeft * sx + q.left * sx
            const y0 = r.top + frame.clientTop * sy + q.top * sy
            return x0 < seen.r && x0 + q.width * sx > seen.l && y0 < seen.b && y0 + q.height * sy > seen.t
          })
          const text = squash(node.textContent ?? '')
          if (text && inView)
            texts.push(text)
        }
      }
      const title = squash(frame.title)
      const parts = [title && title !== url ? title : '', texts.join(' '), url ? `(${url})` : ''].filter(Boolean)
      slide.frames.push({ rect: { x: seen.l - box.left, y: seen.t - box.top, w: seen.r - seen.l, h: seen.b - seen.t }, alt: parts.join(': ').replace(/: \(/, ' ('), url })
    }

    // Soft hyphens where the slide breaks a line: visible hyphens, as the slide shows them.
    const softWalker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    const soft: Text[] = []
    for (let node = softWalker.nextNode(); node; node = softWalker.nextNode()) {
      if ((node.textContent ?? '').includes('\u00AD'))
        soft.push(node as Text)
    }
    for (const node of soft) {
      const text = node.textContent ?? ''
      const broken: number[] = []
      const range = document.createRange()
      for (let i = text.indexOf('\u00AD'); i > 0 && i < text.length - 1; i = text.indexOf('\u00AD', i + 1)) {
        range.setStart(node, i - 1)
        range.setEnd(node, i)
        const before = range.getBoundingClientRect()
        range.setStart(node, i + 1)
        range.setEnd(node, i + 2)
        // The letter after a break: its last box (the range also has an empty one at the line's end).
        const after = Array.from(range.getClientRects()).at(-1)
        if (after && after.top > before.top + before.height / 2)
          broken.push(i)
      }
      if (broken.length)
        node.textContent = hyphenateAt(text, broken)
    }

    /*
     * Loose text gets a box of its own where the walker would size it by its parent's: a
     * text beside an icon in a flex row (an anonymous flex item), a heading beside a
     * floated icon. Only where the text stays exactly where it was.
     */
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    const loose: Text[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || !(node.textContent ?? '').trim() || parent.closest('svg'))
        continue
      const display = getComputedStyle(parent).display
      const beside = Array.from(parent.children).some(child => getComputedStyle(child).float !== 'none' || (/flex|grid/.test(display) && child.matches('[class*="i-"]')))
      if (beside && parent.childNodes.length > 1)
        loose.push(node as Text)
    }
    for (const text of loose) {
      const before = textRects(text)
      const floated = getComputedStyle(text.parentElement!).display.includes('flex') === false
      const span = document.createElement('span')
      span.style.cssText = floated ? 'display:flow-root' : ''
      text.replaceWith(span)
      span.append(text)
      if (!sameRects(before, textRects(text)))
        span.replaceWith(text)
    }

    /*
     * Text scrolled or clipped out of view (a long code sample) is hidden: `visibility`,
     * which the walker skips and which moves nothing. Multi-column text is noted.
     */
    for (const clip of Array.from(container.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(clip)
      const columns = Number(style.columnCount)
      if (columns > 1)
        slide.columns.push({ rect: rectIn(clip, box), count: columns, gap: Number.parseFloat(style.columnGap) || 0 })
      if (style.overflowX === 'visible' && style.overflowY === 'visible')
        continue
      const edge = clip.getBoundingClientRect()
      const outside = (r: DOMRect) => r.right <= edge.left || r.left >= edge.right || r.bottom <= edge.top || r.top >= edge.bottom
      const texts = document.createTreeWalker(clip, NodeFilter.SHOW_TEXT)
      const cut: Text[] = []
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const range = document.createRange()
        range.selectNodeContents(node)
        const rects = Array.from(range.getClientRects())
        if ((node.textContent ?? '').trim() && rects.length && rects.every(outside))
          cut.push(node as Text)
      }
      for (const text of cut) {
        const span = document.createElement('span')
        span.style.visibility = 'hidden'
        text.replaceWith(span)
        span.append(text)
      }
    }

    // Code keeps its indentation: Slidev's walker trims spaces at the start of a line, not no-break spaces.
    for (const pre of Array.from(container.querySelectorAll('pre'))) {
      const texts = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT)
      let lineStart = true
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const text = node.textContent ?? ''
        const indented = keepIndent(text, lineStart)
        if (indented !== text)
          node.textContent = indented
        if (text)
          lineStart = text.endsWith('\n')
      }
    }

    // Icons: CSS masks to pictures.
    for (const el of Array.from(container.querySelectorAll<HTMLElement>('[class*="i-"]'))) {
      const style = getComputedStyle(el)
      const mask = style.maskImage || style.getPropertyValue('-webkit-mask-image')
      const url = /^url\("?(data:image\/svg\+xml[^")]*)"?\)$/.exec(mask)?.[1]
      if (!url || style.display === 'none')
        continue
      const name = Array.from(el.classList).find(c => c.startsWith('i-')) ?? 'icon'
      const rect = rectIn(el, box)
      if (rect.w <= 0 || rect.h <= 0)
        continue
      try {
        const comma = url.indexOf(',')
        const head = url.slice(0, comma)
        const body = url.slice(comma + 1)
        const source = head.endsWith(';base64') ? atob(body) : decodeURIComponent(body)
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
        const root = doc.documentElement
        if (root.nodeName !== 'svg')
          throw new Error('not an SVG')
        // The mask's shape in the box's colour, at the box's size.
        const probe = document.createElement('canvas').getContext('2d')!
        probe.fillStyle = style.backgroundColor
        const color = probe.fillStyle
        root.setAttribute('width', String(Math.round(rect.w * 100) / 100))
        root.setAttribute('height', String(Math.round(rect.h * 100) / 100))
        root.setAttribute('color', color)
        const svg = new XMLSerializer().serializeToString(root).replace(/currentColor/g, color)
        const image = new Image()
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
        await image.decode()
        const scale = 4
        const canvas = document.createElement('canvas')
        canvas.width = Math.ceil(rect.w * scale)
        canvas.height = Math.ceil(rect.h * scale)
        canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height)
        const index = facts.icons.push({ svg, rect }) - 1
        slide.icons.push(index)
        const img = document.createElement('img')
        img.src = canvas.toDataURL('image/png')
        img.alt = `${options.iconAltPrefix}${index}`
        img.style.cssText = 'display:block;width:100%;height:100%;margin:0;padding:0;border:0'
        el.style.setProperty('background-color', 'transparent', 'important')
        el.style.setProperty('mask-image', 'none', 'important')
        el.style.setProperty('-webkit-mask-image', 'none', 'important')
        el.replaceChildren(img)
      }
      catch (error) {
        facts.failedIcons.push(`slide ${no}: ${name} (${(error as Error).message})`)
      }
    }
    /*
     * Wrapped text: the widest its box may become (the room cli/export/pptx-finish.ts adds for
     * wider fonts) before a line would take the next line's first word, which the slide did not.
     */
    const blocks = new Map<Element, Text[]>()
    const textWalker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    for (let node = textWalker.nextNode(); node; node = textWalker.nextNode()) {
      if (!(node.textContent ?? '').trim() || !node.parentElement || node.parentElement.closest('svg, pre'))
        continue
      let block: Element = node.parentElement
      while (block !== container && block.parentElement && /^(?:inline|contents)$/.test(getComputedStyle(block).display))
        block = block.parentElement
      blocks.set(block, [...blocks.get(block) ?? [], node as Text])
    }
    for (const [block, texts] of blocks) {
      const css = getComputedStyle(block)
      if (/pre|nowrap/.test(css.whiteSpace) || css.visibility === 'hidden')
        continue
      const chars: SetChar[] = []
      const range = document.createRange()
      for (const node of texts) {
        const text = node.textContent ?? ''
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          const q = Array.from(range.getClientRects()).at(-1)
          if (q)
            chars.push({ ch: text[i]!, l: q.left, r: q.right, t: q.top, h: q.height })
        }
      }
      const spaces = chars.filter(c => c.ch === ' ' && c.r - c.l > 0).map(c => c.r - c.l)
      const lines = setLines(chars)
      const cap = wrapCap(lines, spaces.length ? Math.min(...spaces) : Number.parseFloat(css.fontSize) * 0.25)
      if (cap === undefined)
        continue
      const b = block.getBoundingClientRect()
      const num = (v: string) => Number.parseFloat(v) || 0
      const left = num(css.paddingLeft) + num(css.borderLeftWidth)
      const top = num(css.paddingTop) + num(css.borderTopWidth)
      const lineHeight = css.lineHeight.endsWith('px') ? num(css.lineHeight) : undefined
      slide.wraps.push({ rect: { x: b.left - box.left + left, y: b.top - box.top + top, w: b.width - left - num(css.paddingRight) - num(css.borderRightWidth), h: b.height - top - num(css.paddingBottom) - num(css.borderBottomWidth) }, cap, widest: Math.max(...lines.map(l => l.width)), lineHeight })
    }

    const visible = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    for (let node = visible.nextNode(); node; node = visible.nextNode()) {
      const weight = Number(node.parentElement ? getComputedStyle(node.parentElement).fontWeight : 400)
      const text = squash(node.textContent ?? '').toLowerCase()
      if (text && weight >= 500 && weight < 700)
        slide.semibold.push(text)
    }
  }
  await Promise.all(Array.from(document.images, img => img.decode().catch(() => undefined)))
  return facts
}
/* eslint-enable e18e/prefer-static-regex */
