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
}

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

/** What preparePptxPage gets of this module. */
export const PAGE_HELPERS = { spokenText, altSentence, unsaidLabels, keepIndent, hyphenateAt }
export type PageHelpers = typeof PAGE_HELPERS

export interface PptxPageOptions { iconAltPrefix: string, hiddenSelector: string }

/** The script that runs preparePptxPage in the page, with its helpers: for `page.evaluate`. */
export function pptxPageScript(options: PptxPageOptions): string {
  const helpers = Object.entries(PAGE_HELPERS).map(([name, fn]) => `${name}: ${fn.toString()}`).join(',\n')
  return `(${preparePptxPage.toString()})(${JSON.stringify(options)}, {\n${helpers}\n})`
}

export async function preparePptxPage(options: PptxPageOptions, helpers: PageHelpers): Promise<PptxPageFacts> {
  const { spokenText, altSentence, unsaidLabels, keepIndent, hyphenateAt } = helpers
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
  const style = document.createElement('style')
  style.textContent = '.bx-pptx-no-before::before, .bx-pptx-no-after::after { content: none !important; }'
  document.head.append(style)

  for (const container of Array.from(document.querySelectorAll<HTMLElement>('.print-slide-container'))) {
    const no = Number(container.id.split('-')[0])
    const box = container.getBoundingClientRect()
    const slide: PptxSlideFacts = { no, figures: [], notes: [], icons: [], columns: [], semibold: [], triangles: [], title: squash(container.querySelector('h1')?.textContent ?? '') }
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
      }
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
