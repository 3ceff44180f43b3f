/**
 * Autofit and collisions, the pure part: what a slide's geometry (setup/geometry.ts, read
 * in the page) says about it. Used in the page by the theme's autofit (setup/autofit.ts:
 * shrink a slide's text step by step until it fits its body) and in Node by the inspection
 * (cli/shared/inspect.ts: content outside the canvas, text over the footer, text out of its
 * box, overlapping text). Browser-safe: no imports.
 */

/** A box in canvas pixels (Slidev's 980 x 552 slide), relative to the slide's top left corner. */
export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

/** An element the geometry refers to. */
export interface GeoElement {
  /** Tag and up to two classes, e.g. `li.bx-card-item`. */
  desc: string
  rect: Rect
  /** In the slide's flow: not inside an absolutely or fixed positioned element. */
  flow: boolean
  /** Draws a box (background, border) or clips its content (overflow other than visible). */
  box: boolean
  /** A box's inside (its rect less its borders): text past it lies on or beyond the box's edge. */
  inner?: Rect
  /** Clips its content (overflow other than visible): what runs out of it is cut off or scrolls. */
  clip: boolean
  /** An image, SVG, video, canvas, iframe or object. */
  media: boolean
  /** Inside the slide's footer (`.bx-footer`). */
  footer: boolean
  /** The nearest enclosing element that clips (index into `elements`), or -1: what lies outside it is not shown. */
  clipBy?: number
}

/** One text node on the slide: its line boxes (Range client rects). */
export interface GeoText {
  /** The element the text belongs to (index into `elements`). */
  owner: number
  /** Its first characters. */
  text: string
  lines: Rect[]
  /** The nearest enclosing box (an element that draws a box or clips), or -1. */
  box: number
  /** The nearest enclosing element that clips (overflow other than visible), or -1: what lies outside it is not shown. */
  clip: number
  /**
   * Texts that place themselves and may touch (one SVG figure, one formula, one code
   * block): overlaps inside one group are not collisions. -1 when in none.
   */
  group: number
  /** Text inside an SVG figure (a map or chart places its own labels). */
  svg: boolean
  /** Placed text (outside the flow): every box it sits in (indices into `elements`), to tell a box it lies on from one it is part of. */
  within?: number[]
}

/** What one slide shows, as setup/geometry.ts reads it. */
export interface SlideGeometry {
  /** The layout's name (`default`, `two-cols`, …). */
  layout: string
  /** The slide canvas. */
  canvas: Rect
  /** The layout's content box: its box minus its padding. */
  body: Rect
  footer?: Rect
  elements: GeoElement[]
  texts: GeoText[]
}

/**
 * The body text sizes autofit tries, largest first, in canvas pixels: the type scale's body
 * size (22) down to its minimum (18). Every larger step shrinks in the same proportion; none
 * goes under the minimum (styles/fit.css).
 */
export const FIT_SIZES = [22, 21, 20, 19, 18] as const
export const BODY_SIZE = FIT_SIZES[0]
export const MIN_SIZE = FIT_SIZES.at(-1)!

/**
 * The last steps, with the body text at its minimum: code blocks and formula scripts
 * (dense material a reader studies rather than reads aloud) shrink on to the credit size,
 * 14 px, and no further (styles/fit.css `data-bx-fit-dense`; check's legibility rule
 * allows them that size only on a slide autofit shrank so far).
 */
export const DENSE_SIZES = [16, 14] as const
export const DENSE_MIN = DENSE_SIZES.at(-1)!

/**
 * The very last steps, on a layout with a picture or page beside the content (image-left,
 * image-right, iframe-left, iframe-right): the media's share of the slide's width, in %,
 * narrows from half so that wide content (a code block, a table) gets the room it lacks
 * (styles/fit.css `data-bx-fit-media`).
 */
export const MEDIA_SHARES = [40, 34] as const

/** One step autofit tries: the body size, the size of code and formulas when they shrink too, the side media's share when it narrows. */
export interface FitStep {
  size: number
  dense?: number
  media?: number
}

/** Every step in order, largest first. */
export const FIT_STEPS: readonly FitStep[] = [...FIT_SIZES.map(size => ({ size })), ...DENSE_SIZES.map(dense => ({ size: MIN_SIZE, dense }))]

/**
 * The step after every other, below the floor: code and formulas at 12 px, so that the slide
 * at least shows all it holds, as PowerPoint's autofit would; `check` then reports that
 * code as too small (cli/check/legibility.ts: shrunk code has DENSE_MIN), naming the slide.
 */
export const DENSE_LAST_RESORT = 12

/**
 * The steps for one slide, in order: the body sizes; then, when it has code or formulas
 * (`dense`), their sizes; then, when a picture or page sits beside the content (`media`),
 * the media's narrower shares at the smallest sizes.
 */
export function fitSteps(has: { dense: boolean, media: boolean }): FitStep[] {
  const steps = FIT_STEPS.filter(step => has.dense || !step.dense)
  if (has.media) {
    const last = steps.at(-1)!
    steps.push(...MEDIA_SHARES.map(media => ({ ...last, media })))
  }
  if (has.dense)
    steps.push({ ...steps.at(-1)!, dense: DENSE_LAST_RESORT })
  return steps
}

/** How far (px) content may reach past a box before it counts: glyph boxes are taller than their lines. */
export const TOLERANCE = 1.5

/** What overflows most, and by how much. */
export interface Overflow {
  /** The element that overflows (`p`, `li.bx-card-item`). */
  element: string
  /** Its text's first characters, when it is a text. */
  text?: string
  /** How far, in canvas px. */
  by: number
  /** Past which edge of the body, or out of which box. */
  where: 'bottom' | 'right' | 'left' | 'top' | 'box'
  /** The box a text runs out of (where: 'box'). */
  box?: string
}

const round1 = (n: number) => Math.round(n * 10) / 10

/** How far `r` reaches past `outer` on each side (negative: inside). */
export function reachPast(r: Rect, outer: Rect): { left: number, top: number, right: number, bottom: number } {
  return { left: outer.left - r.left, top: outer.top - r.top, right: r.right - outer.right, bottom: r.bottom - outer.bottom }
}

/** The union of rects, or undefined for none. */
export function union(rects: Rect[]): Rect | undefined {
  if (!rects.length)
    return undefined
  return rects.reduce((a, b) => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) }))
}

/** The part of `r` inside `clip`, or undefined when none of it is. */
export function clipTo(r: Rect, clip: Rect | undefined): Rect | undefined {
  if (!clip)
    return r
  const c = { left: Math.max(r.left, clip.left), top: Math.max(r.top, clip.top), right: Math.min(r.right, clip.right), bottom: Math.min(r.bottom, clip.bottom) }
  return c.right - c.left > 0.5 && c.bottom - c.top > 0.5 ? c : undefined
}

/** The lines of a text as shown: each cut to the element that clips it, lines wholly cut off left out. */
export function shownLines(text: GeoText, elements: GeoElement[]): Rect[] {
  const clip = elements[text.clip]?.rect
  return text.lines.map(l => clipTo(l, clip)).filter(l => l !== undefined)
}

/** Glyph boxes stick out of their line by a little; more than a quarter of the line is a text that runs out. */
function textTolerance(line: Rect): number {
  return TOLERANCE + 0.25 * (line.bottom - line.top)
}

/**
 * How far a text runs out of its box: the worst line past the inside of the box's borders
 * (a tenth of the line's glyph box allowed: glyph boxes are a little taller than their
 * lines), 0 when it stays inside. Without a known inside, past the box's edges with the
 * looser glyph tolerance.
 */
export function outOfBox(text: GeoText, elements: GeoElement[]): number {
  const box = elements[text.box]
  if (!box)
    return 0
  let worst = 0
  for (const line of text.lines) {
    const past = reachPast(line, box.inner ?? box.rect)
    const by = Math.max(past.left, past.top, past.right, past.bottom)
    if (by > (box.inner ? TOLERANCE + 0.1 * (line.bottom - line.top) : textTolerance(line)))
      worst = Math.max(worst, by)
  }
  return worst
}

/**
 * What overflows the slide's body most (content in the flow past its content box, or a text
 * out of its card, panel or cell), or undefined when everything fits. Content outside the
 * flow (absolutely positioned) and the footer do not count: shrinking text does not move them.
 */
export function fitOverflow(geo: SlideGeometry): Overflow | undefined {
  let worst: Overflow | undefined
  const consider = (o: Overflow) => {
    if (o.by > TOLERANCE && (!worst || o.by > worst.by))
      worst = { ...o, by: round1(o.by) }
  }
  const past = (r: Rect, element: string, text?: string) => {
    const p = reachPast(r, geo.body)
    const slack = text === undefined ? 0 : textTolerance(r) - TOLERANCE
    for (const where of ['bottom', 'right', 'left', 'top'] as const) {
      if (p[where] > slack)
        consider({ element, text, by: p[where], where })
    }
  }
  for (const t of geo.texts) {
    const owner = geo.elements[t.owner]
    if (!owner || !owner.flow || owner.footer)
      continue
    for (const line of shownLines(t, geo.elements))
      past(line, owner.desc, t.text)
    const by = outOfBox(t, geo.elements)
    if (by > 0)
      consider({ element: owner.desc, text: t.text, by, where: 'box', box: geo.elements[t.box]?.desc })
  }
  for (const el of geo.elements) {
    if (el.flow && !el.footer && (el.media || el.box))
      past(el.rect, el.desc)
  }
  return worst
}

/**
 * The autofit decision: given the overflow measured at each step tried (in FIT_STEPS
 * order, stopping at the first that fits), the step to keep. The first that fits; when
 * none does, the one that overflows least (the first of equals), so that shrinking which
 * does not help leaves the text as it was, and never the step below the floor.
 */
export function chooseFit<T extends FitStep & { overflow?: Overflow }>(tried: T[]): T | undefined {
  const fits = tried.find(t => !t.overflow)
  if (fits)
    return fits
  // Code below its floor is worth it only when the slide then shows everything.
  const legible = tried.filter(t => t.dense !== DENSE_LAST_RESORT)
  let best = legible[0]
  for (const t of legible) {
    if (best && t.overflow && best.overflow && t.overflow.by < best.overflow.by - 0.5)
      best = t
  }
  return best
}

/** The scale of the text sizes for body size `size` (styles/fit.css's `--bx-fit`). */
export function fitScale(size: number): number {
  return size / BODY_SIZE
}

export type CollisionKind = 'canvas' | 'footer' | 'box' | 'overlap'

export interface Collision {
  kind: CollisionKind
  /** The element (and its text) that collides. */
  element: string
  text?: string
  /** canvas: how far past the edge; footer: how far into it; box: how far out of the box; overlap: the overlap's height. */
  by: number
  /** canvas: the edge; box: the box; overlap: the other element and its text. */
  other?: string
  /** box: the box clips (the text is cut off or scrolls). */
  clipped?: boolean
  otherText?: string
  edge?: 'left' | 'top' | 'right' | 'bottom'
  /** canvas, footer: the element is in the slide's flow (autofit's overflow names the same cause). */
  flow?: boolean
  /** canvas: a picture placed by its position (not in the flow) with most of it on the canvas: cut off at the edge on purpose, as a corner decoration. */
  partly?: boolean
}

function intersection(a: Rect, b: Rect): { w: number, h: number } {
  return { w: Math.min(a.right, b.right) - Math.max(a.left, b.left), h: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) }
}

/**
 * Two lines of text overlap when they share more than a third of the lower one's height
 * over more than 2 px of width (lines of one paragraph touch but never overlap that much).
 */
export function linesOverlap(a: Rect, b: Rect): number {
  const { w, h } = intersection(a, b)
  const lower = Math.min(a.bottom - a.top, b.bottom - b.top)
  return w > 2 && h > lower / 3 ? h : 0
}

/**
 * Every collision on a slide, one per element and kind: content outside the canvas, text
 * or media over the footer, text out of its box, and texts of two elements that overlap.
 */
export function collisions(geo: SlideGeometry): Collision[] {
  const found = new Map<string, Collision>()
  const add = (c: Collision) => {
    const key = `${c.kind}\0${c.element}\0${c.text ?? ''}\0${c.other ?? ''}\0${c.otherText ?? ''}`
    const seen = found.get(key)
    if (!seen || seen.by < c.by)
      found.set(key, { ...c, by: round1(c.by) })
  }
  const area = (r: Rect | undefined) => (r ? Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top) : 0)
  const offCanvas = (r: Rect, flow: boolean, element: string, text?: string, slack = TOLERANCE, media = false) => {
    const p = reachPast(r, geo.canvas)
    for (const edge of ['right', 'bottom', 'left', 'top'] as const) {
      if (p[edge] > slack) {
        const partly = media && !flow && area(clipTo(r, geo.canvas)) >= 0.5 * area(r)
        add({ kind: 'canvas', element, text, by: p[edge], edge, flow, ...(partly ? { partly } : {}) })
        return true
      }
    }
    return false
  }
  const intoFooter = (r: Rect, flow: boolean, element: string, text?: string, slack = TOLERANCE) => {
    const f = geo.footer
    if (!f)
      return
    const { w, h } = intersection(r, f)
    if (w > TOLERANCE && h > slack)
      add({ kind: 'footer', element, text, by: h, flow })
  }
  for (const el of geo.elements) {
    if (el.footer)
      continue
    if (el.media || el.box) {
      // Only what its clipping ancestor shows: a scrolled editor's inner layers are cut off, not off the canvas.
      const shown = clipTo(el.rect, geo.elements[el.clipBy ?? -1]?.rect)
      if (shown && !offCanvas(shown, el.flow, el.desc, undefined, TOLERANCE, el.media))
        intoFooter(shown, el.flow, el.desc)
    }
  }
  for (const t of geo.texts) {
    const owner = geo.elements[t.owner]
    if (!owner || owner.footer)
      continue
    for (const line of shownLines(t, geo.elements)) {
      if (!offCanvas(line, owner.flow, owner.desc, t.text, textTolerance(line)))
        intoFooter(line, owner.flow, owner.desc, t.text, textTolerance(line))
    }
    const by = outOfBox(t, geo.elements)
    if (by > 0)
      add({ kind: 'box', element: owner.desc, text: t.text, by, other: geo.elements[t.box]?.desc, clipped: geo.elements[t.box]?.clip })
  }
  const texts = geo.texts.filter(t => !t.svg && !geo.elements[t.owner]?.footer)
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i]!
    for (let j = i + 1; j < texts.length; j++) {
      const b = texts[j]!
      if (a.owner === b.owner || (a.group >= 0 && a.group === b.group))
        continue
      let h = 0
      for (const la of shownLines(a, geo.elements)) {
        for (const lb of shownLines(b, geo.elements))
          h = Math.max(h, linesOverlap(la, lb))
      }
      if (h > 0)
        add({ kind: 'overlap', element: geo.elements[a.owner]!.desc, text: a.text, other: geo.elements[b.owner]!.desc, otherText: b.text, by: h })
    }
  }
  // Text placed by its position (a v-drag box, an absolute label) over a code block, card or
  // panel of the flow that it is not part of: it hides what is under it.
  for (const t of texts) {
    if (!t.within || geo.elements[t.owner]?.flow)
      continue
    for (const [i, el] of geo.elements.entries()) {
      if (!el.flow || !el.box || el.footer || el.media || t.within.includes(i))
        continue
      const h = Math.max(0, ...shownLines(t, geo.elements).map(l => linesOverlap(l, el.rect)))
      if (h > 0)
        add({ kind: 'overlap', element: geo.elements[t.owner]!.desc, text: t.text, other: el.desc, by: h })
    }
  }
  return [...found.values()]
}
