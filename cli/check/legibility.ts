/**
 * The legibility rule of `npm run check`: every visible text of every slide, in its final
 * click state, at or above the minimum size of its role on Slidev's 980 x 552 canvas, and
 * content slides balanced (content not stacked at the top above an empty lower half).
 *
 * The page side (LEGIBILITY_SCAN) only measures; everything that decides lives in the pure
 * functions below, which have unit tests.
 */
import type { CheckProblem } from '../shared/findings'
import { DENSE_MIN } from '../../setup/fit'

/**
 * What a text is for, from the markup: `.bx-footer` is the footer, `data-bx-text="credit"`
 * a credit or source line, `data-bx-text="map-label"` a city name on a map, code or a
 * formula on a slide autofit shrank to its last steps is shrunk code; anything else is text a
 * reader must read.
 */
export type TextRole = 'text' | 'map-label' | 'credit' | 'footer' | 'shrunk code'

/** Minimum rendered size per role, in canvas pixels (the theme's type scale, styles/theme.css). */
export const ROLE_MINIMUM: Record<TextRole, number> = { 'text': 18, 'map-label': 16, 'credit': 14, 'footer': 12, 'shrunk code': DENSE_MIN }

/** Content that ends above this share of the body, with more room below than above it, is top-heavy. */
export const BALANCE_MIN_END = 0.6

export interface TextMeasure {
  /** The first characters of the text. */
  text: string
  /** A short description of its element, e.g. `span.bx-tl-detail`. */
  element: string
  /** Rendered size in canvas pixels: computed font size times every scale on the way (SVG viewBox, transforms). */
  sizePx: number
  role: TextRole
}

/** The body of a content slide (between title and footer) and where its content lies, in canvas pixels. */
export interface BodyBox {
  top: number
  bottom: number
  contentTop: number
  contentBottom: number
}

export interface SlideLegibility {
  no: number
  /** The layout's name (`default`, `cover`, …). */
  layout: string
  texts: TextMeasure[]
  /** Only on content slides (a layout with the footer that is not cover, section or end). */
  body?: BodyBox
}

const round1 = (n: number) => Math.round(n * 10) / 10

export function isUnderMinimum(t: Pick<TextMeasure, 'sizePx' | 'role'>): boolean {
  // Half a tenth of tolerance: sizes like 17.999 come from rem maths and scaling.
  return t.sizePx + 0.05 < ROLE_MINIMUM[t.role]
}

export interface Balance {
  /** Where the content ends, as a share of the body height from its top. */
  end: number
  /** Empty space above and below the content, as shares of the body height. */
  above: number
  below: number
  balanced: boolean
}

/**
 * Content is balanced when it reaches at least 60 % down the body, or when it sits in the
 * middle of it (no more room below than about the room above).
 */
export function balanceOf(body: BodyBox): Balance {
  const height = Math.max(1, body.bottom - body.top)
  const end = (body.contentBottom - body.top) / height
  const above = Math.max(0, (body.contentTop - body.top) / height)
  const below = Math.max(0, (body.bottom - body.contentBottom) / height)
  const centred = below <= above * 1.5 + 0.08
  return { end, above, below, balanced: end >= BALANCE_MIN_END || centred }
}

/**
 * One finding per element and size under its role's minimum and per top-heavy body. What
 * does not fit (content past the body, the footer or the canvas, even at the minimum size)
 * is the inspection's fit finding (setup/fit.ts, cli/shared/findings.ts fitProblems).
 */
export function legibilityProblems(scans: SlideLegibility[]): CheckProblem[] {
  const problems: CheckProblem[] = []
  for (const scan of [...scans].sort((a, b) => a.no - b.no)) {
    const groups = new Map<string, TextMeasure[]>()
    for (const t of scan.texts.filter(isUnderMinimum)) {
      // Code shrunk past the floor is one cause per slide, whatever its many spans: one finding.
      const key = `${t.role === 'shrunk code' ? '' : t.element}\u0000${round1(t.sizePx)}\u0000${t.role}`
      groups.set(key, [...(groups.get(key) ?? []), t])
    }
    for (const list of groups.values()) {
      const { element, sizePx, role } = list[0]!
      const quoted = list.slice(0, 3).map(t => `"${t.text}"`).join(', ') + (list.length > 3 ? `, … (${list.length} texts)` : '')
      problems.push({
        slide: scan.no,
        text: role === 'shrunk code'
          ? `code too small: autofit took it to ${round1(sizePx)} px to show the whole slide (${quoted}), the minimum for code is ${ROLE_MINIMUM[role]} px; split the slide in two`
          : `text too small: ${element} ${quoted} is ${round1(sizePx)} px, the minimum for ${role === 'text' ? 'text' : `a ${role}`} is ${ROLE_MINIMUM[role]} px`,
      })
    }
    if (scan.body) {
      const b = balanceOf(scan.body)
      if (!b.balanced)
        problems.push({ slide: scan.no, text: `top-heavy slide: the content ends at ${Math.round(b.end * 100)} % of the body and leaves ${Math.round(b.below * 100)} % empty below it; centre it or let it fill the body` })
    }
  }
  return problems
}

export interface SlideFigures {
  no: number
  layout: string
  /** Smallest text that is not the footer, in px; undefined on a slide without text. */
  smallest?: number
  /** Texts (not the footer) under 18 px, and all texts (not the footer). */
  under18: number
  /** Texts (the footer included) under their role's minimum. */
  underMinimum: number
  total: number
  /** Where the content ends, as a share of the body (content slides only). */
  end?: number
  balanced?: boolean
}

/** The figures of the before/after table (scripts/legibility-report.ts). */
export function slideFigures(scan: SlideLegibility): SlideFigures {
  const texts = scan.texts.filter(t => t.role !== 'footer')
  const sizes = texts.map(t => t.sizePx)
  const balance = scan.body ? balanceOf(scan.body) : undefined
  return {
    no: scan.no,
    layout: scan.layout,
    smallest: sizes.length ? round1(Math.min(...sizes)) : undefined,
    under18: sizes.filter(s => s + 0.05 < 18).length,
    underMinimum: scan.texts.filter(isUnderMinimum).length,
    total: sizes.length,
    end: balance ? Math.round(balance.end * 100) / 100 : undefined,
    balanced: balance?.balanced,
  }
}

/**
 * Runs in the page on Slidev's print view (every slide mounted, clicks at their end) and
 * returns a SlideLegibility per slide. Source text, as SCAN_SLIDES in check-deck.ts: tsx
 * would wrap a compiled function in helpers the page lacks.
 */
export const LEGIBILITY_SCAN = `(() => {
  const ws = /\\s+/g
  const describe = (el) => {
    const cls = [...el.classList].filter(c => !c.startsWith('slidev-') && !c.startsWith('data-v-')).slice(0, 2).map(c => '.' + c).join('')
    return el.tagName.toLowerCase() + cls
  }
  const roleOf = (el) => {
    if (el.closest('.bx-footer')) return 'footer'
    // Code and formulas on a slide autofit shrank past the body minimum (setup/fit.ts DENSE_SIZES).
    if (el.closest('[data-bx-fit-dense]') && el.closest('pre, .slidev-code, .katex, .slidev-monaco-container')) return 'shrunk code'
    const marked = el.closest('[data-bx-text]')
    const role = marked && marked.getAttribute('data-bx-text')
    return role === 'credit' || role === 'map-label' ? role : 'text'
  }
  const srOnly = (el, layout) => {
    for (let e = el; e && e !== layout; e = e.parentElement) {
      const s = getComputedStyle(e)
      if (s.clip.startsWith('rect(0px, 0px, 0px, 0px)') || s.clipPath === 'inset(50%)') return true
    }
    return false
  }
  return [...document.querySelectorAll('[data-slidev-no]')].map((slide) => {
    const no = Number(slide.getAttribute('data-slidev-no'))
    const layout = slide.querySelector('.slidev-layout')
    if (!layout) return { no, layout: '', texts: [] }
    const name = [...layout.classList].find(c => c !== 'slidev-layout') || ''
    const lr = layout.getBoundingClientRect()
    const scale = lr.width / layout.offsetWidth || 1
    const toCanvas = (v) => v / scale
    const visible = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !srOnly(el, layout)
    const texts = []
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent || '').replace(ws, ' ').trim()
      const el = node.parentElement
      if (!text || !el || el.closest('style, script, title, desc')) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const rr = range.getBoundingClientRect()
      if (rr.width < 0.5 || rr.height < 0.5 || !visible(el)) continue
      const fontSize = Number.parseFloat(getComputedStyle(el).fontSize)
      let size
      if (el instanceof SVGElement) {
        const m = el.getScreenCTM()
        size = fontSize * (m ? Math.hypot(m.a, m.b) : 1) / scale
      }
      else {
        // offsetWidth is rounded to whole pixels: measure the scale on a box wide enough for
        // that not to matter, and take ratios within 2 % of the slide's scale as that rounding.
        let wide = el
        while (wide.parentElement && wide !== layout && wide.offsetWidth < 100) wide = wide.parentElement
        const own = wide.offsetWidth > 0 ? wide.getBoundingClientRect().width / wide.offsetWidth / scale : 1
        size = fontSize * (Math.abs(own - 1) < 0.02 ? 1 : own)
      }
      texts.push({ text: text.slice(0, 40), element: describe(el), sizePx: Math.round(size * 100) / 100, role: roleOf(el) })
    }

    const footer = layout.querySelector('.bx-footer')
    const footerTop = footer ? footer.getBoundingClientRect().top : lr.bottom
    let body
    // Layouts that centre title and content as one block (layouts/center, fact, statement, quote) are balanced by design.
    const content = footer && !['cover', 'section', 'end', 'center', 'fact', 'statement', 'quote'].includes(name)
    const title = layout.querySelector('h1')
    if (content) {
      const top = title ? title.getBoundingClientRect().bottom : lr.top
      let cTop = Infinity
      let cBottom = -Infinity
      const add = (r) => {
        if (r.width < 0.5 || r.height < 0.5) return
        cTop = Math.min(cTop, r.top)
        cBottom = Math.max(cBottom, r.bottom)
      }
      for (const el of layout.querySelectorAll('*')) {
        if (el === footer || footer.contains(el) || (title && (el === title || title.contains(el)))) continue
        if (el.closest('style, script') || (el instanceof SVGElement && el.tagName !== 'svg')) continue
        if (!visible(el)) continue
        const s = getComputedStyle(el)
        const ownText = [...el.childNodes].some(n => n.nodeType === 3 && (n.textContent || '').trim())
        const drawn = el.tagName === 'svg' || el.tagName === 'IMG' || s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.backgroundImage !== 'none'
          || Number.parseFloat(s.borderTopWidth) > 0 || Number.parseFloat(s.borderBottomWidth) > 0
        if (ownText) {
          for (const n of el.childNodes) {
            if (n.nodeType !== 3 || !(n.textContent || '').trim()) continue
            const range = document.createRange()
            range.selectNodeContents(n)
            add(range.getBoundingClientRect())
          }
        }
        else if (drawn) add(el.getBoundingClientRect())
      }
      if (cBottom > cTop)
        body = { top: toCanvas(top - lr.top), bottom: toCanvas(footerTop - lr.top), contentTop: toCanvas(cTop - lr.top), contentBottom: toCanvas(cBottom - lr.top) }
    }
    return { no, layout: name, texts, body }
  })
})()`
