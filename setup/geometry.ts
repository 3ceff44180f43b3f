/**
 * Reads what one rendered slide shows, in canvas pixels: its canvas, its body (the layout's
 * content box), its footer, every visible text's line boxes (Range client rects) with the
 * box each sits in, and the elements that draw a box or are media. setup/fit.ts decides
 * what the geometry means. Used by the theme's autofit (setup/autofit.ts) and, through
 * `page.evaluate`, by the inspection (cli/shared/inspect.ts): the function must not
 * reference anything outside its own body (only type imports).
 *
 * Left out: hidden text (display none; also visibility hidden and opacity 0, a click not yet
 * revealed, unless `layoutOnly`), text
 * for screen readers only (clipped to nothing), component error boxes (the inspection
 * reports those itself), `<style>`, `<script>` and SVG `<title>`/`<desc>`.
 */
import type { GeoElement, GeoText, SlideGeometry } from './fit'

/**
 * `layoutOnly`: also the text of elements that are invisible but take their room (a click
 * not yet revealed, opacity 0): autofit fits a slide's final click state.
 */
export function slideGeometry(layout: HTMLElement, layoutOnly = false): SlideGeometry {
  const lr = layout.getBoundingClientRect()
  const scale = lr.width / (layout.offsetWidth || 1) || 1
  const wrapper = layout.closest('[data-slidev-no]') ?? layout
  const cr = wrapper.getBoundingClientRect()
  const rel = (r: DOMRectReadOnly) => ({
    left: (r.left - cr.left) / scale,
    top: (r.top - cr.top) / scale,
    right: (r.right - cr.left) / scale,
    bottom: (r.bottom - cr.top) / scale,
  })
  const ls = getComputedStyle(layout)
  const px = (v: string) => Number.parseFloat(v) || 0
  const outer = rel(lr)
  const body = {
    left: outer.left + px(ls.borderLeftWidth) + px(ls.paddingLeft),
    top: outer.top + px(ls.borderTopWidth) + px(ls.paddingTop),
    right: outer.right - px(ls.borderRightWidth) - px(ls.paddingRight),
    bottom: outer.bottom - px(ls.borderBottomWidth) - px(ls.paddingBottom),
  }
  const name = [...layout.classList].find(c => c !== 'slidev-layout') ?? ''
  const footerEl = layout.querySelector('.bx-footer')
  const MEDIA = new Set(['img', 'svg', 'video', 'canvas', 'iframe', 'object'])

  interface Info { skip: boolean, flow: boolean, footer: boolean, box: number, clip: number, group: number, svg: boolean, boxes: number[] }
  const elements: GeoElement[] = []
  const index = new Map<Element, number>()
  const infos = new Map<Element, Info>()
  const styles = new Map<Element, CSSStyleDeclaration>()
  const style = (el: Element) => {
    let s = styles.get(el)
    if (!s) {
      s = getComputedStyle(el)
      styles.set(el, s)
    }
    return s
  }
  const describe = (el: Element) => {
    const cls = [...el.classList].filter(c => !c.startsWith('slidev-') && !c.startsWith('data-v-')).slice(0, 2).map(c => `.${c}`).join('')
    return el.tagName.toLowerCase() + cls
  }
  const clips = (s: CSSStyleDeclaration) => s.overflowX !== 'visible' || s.overflowY !== 'visible'
  const drawsBox = (s: CSSStyleDeclaration) =>
    (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent') || s.backgroundImage !== 'none'
    || px(s.borderTopWidth) + px(s.borderBottomWidth) + px(s.borderLeftWidth) + px(s.borderRightWidth) > 0
  const record = (el: Element, info: Info, flags: { box: boolean, clip: boolean, media: boolean }) => {
    const known = index.get(el)
    if (known !== undefined)
      return known
    elements.push({ desc: describe(el), rect: rel(el.getBoundingClientRect()), flow: info.flow, footer: info.footer, clipBy: info.clip, ...flags })
    index.set(el, elements.length - 1)
    return elements.length - 1
  }
  const infoOf = (el: Element): Info => {
    const known = infos.get(el)
    if (known)
      return known
    let info: Info
    if (el === layout) {
      info = { skip: false, flow: true, footer: false, box: -1, clip: -1, group: -1, svg: false, boxes: [] }
    }
    else {
      const parent = el.parentElement ? infoOf(el.parentElement) : { skip: true, flow: true, footer: false, box: -1, clip: -1, group: -1, svg: false, boxes: [] }
      const s = style(el)
      const tag = el.tagName.toLowerCase()
      const skip = parent.skip || el.hasAttribute('data-bx-error') || el.hasAttribute('data-bx-thrown') || ['style', 'script', 'title', 'desc', 'template'].includes(tag)
        || s.clip.startsWith('rect(0px, 0px, 0px, 0px)') || s.clipPath === 'inset(50%)'
      const flow = parent.flow && s.position !== 'absolute' && s.position !== 'fixed'
      const footer = parent.footer || el === footerEl
      info = { skip, flow, footer, box: parent.box, clip: parent.clip, group: parent.group, svg: parent.svg || el instanceof SVGElement, boxes: parent.boxes }
      if (!skip && !(el instanceof SVGElement) && s.display !== 'inline' && s.display !== 'contents' && (drawsBox(s) || clips(s))) {
        info.box = record(el, info, { box: true, clip: clips(s), media: false })
        info.boxes = [...parent.boxes, info.box]
        const r = elements[info.box]!.rect
        elements[info.box]!.inner = {
          left: r.left + px(s.borderLeftWidth),
          top: r.top + px(s.borderTopWidth),
          right: r.right - px(s.borderRightWidth),
          bottom: r.bottom - px(s.borderBottomWidth),
        }
        if (clips(s))
          info.clip = info.box
      }
      if (!skip && parent.group < 0 && (tag === 'svg' || tag === 'pre' || el.classList.contains('katex') || el.classList.contains('katex-display') || el.classList.contains('mermaid')))
        info.group = record(el, info, { box: false, clip: false, media: tag === 'svg' })
    }
    infos.set(el, info)
    return info
  }
  const visible = (el: Element) => el.checkVisibility(layoutOnly ? {} : { opacityProperty: true, visibilityProperty: true })

  for (const el of layout.querySelectorAll('*')) {
    const info = infoOf(el)
    if (info.skip || !visible(el))
      continue
    const tag = el.tagName.toLowerCase()
    const r = el.getBoundingClientRect()
    if (r.width < 0.5 || r.height < 0.5)
      continue
    if (MEDIA.has(tag) && !(tag === 'svg' && el.parentElement?.closest('svg')))
      elements[record(el, info, { box: false, clip: false, media: true })]!.media = true
  }

  const texts: GeoText[] = []
  const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
  // This function runs in the page, so its regular expression cannot live at module scope.
  // eslint-disable-next-line e18e/prefer-static-regex
  const ws = /\s+/g
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(ws, ' ').trim()
    const el = node.parentElement
    if (!text || !el)
      continue
    const info = infoOf(el)
    if (info.skip || !visible(el))
      continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const lines = [...range.getClientRects()].filter(r => r.width >= 0.5 && r.height >= 0.5).map(rel)
    if (!lines.length)
      continue
    texts.push({ owner: record(el, info, { box: false, clip: false, media: false }), text: text.slice(0, 40), lines, box: info.box, clip: info.clip, group: info.group, svg: info.svg, ...(info.flow ? {} : { within: info.boxes }) })
  }
  return { layout: name, canvas: rel(cr), body, footer: footerEl ? rel(footerEl.getBoundingClientRect()) : undefined, elements, texts }
}
