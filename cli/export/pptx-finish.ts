/**
 * Post-processing of the PPTX that Slidev's exporter writes (pptxgenjs XML), for what the
 * exporter has no option for. Per slide:
 * - its title's text box becomes the slide's title placeholder (`<p:ph type="title"/>`),
 *   first in the reading order (the order of the shape tree);
 * - icons (pictures marked by cli/export/pptx-page.ts) get their SVG beside the PNG
 *   (`asvg:svgBlip`, as PowerPoint writes it) and are marked decorative, like every shape
 *   without text and every picture of a CSS decoration;
 * - pictures of figures (an `<svg>`: org chart, map) get the figure's alt text;
 * - text boxes wrap and shrink on overflow (`<a:normAutofit/>`), single-line ones a little
 *   wider, so that a wider substitute font shrinks the text instead of running out of its
 *   box;
 * - text is tagged with the deck's language instead of pptxgenjs's en-US.
 * The XML is pptxgenjs's own, regular output (no nested groups), edited as text.
 */
import type { PptxColumns, PptxFigure, PptxFrame, PptxHighlight, PptxPageFacts, PptxTriangle, PptxWrap, SlideRect } from './pptx-page'
import JSZip from 'jszip'
import { ICON_ALT_PREFIX } from './pptx-page'

const RE_AMP = /&amp;/g
const RE_APOS = /&apos;/g
const RE_BLIP = /<a:blip (r:embed="[^"]+")\s*(?:\/>|><\/a:blip>)/
const RE_BODYPR = /<a:bodyPr ([^>]*?)(\/>|>[\s\S]*?<\/a:bodyPr>)/
const RE_BODYPR_WRAP_NONE = /<a:bodyPr [^>]*wrap="none"/
const RE_CNVPR = /<p:cNvPr ([^>]*?)(\/>|>([\s\S]*?)<\/p:cNvPr>)/
const RE_CNVPR_DESCR = /<p:cNvPr [^>]*descr="([^"]*)"/
const RE_CNVPR_NAME = /(<p:cNvPr [^>]*name=")[^"]*"/
const RE_CNVSPPR_TXBOX = /<p:cNvSpPr txBox="1"\s*\/>/
const RE_DESCR = /\s*descr="[^"]*"/
const RE_GT = /&gt;/g
const RE_ID_RID = /Id="rId(\d+)"/g
const RE_LT = /&lt;/g
const RE_EMPTY_NVPR = /<p:nvPr>\s*<\/p:nvPr>|<p:nvPr\s*\/>/
const RE_SPACE_RUNS = /\s{2,}/g
const RE_TRAILING_SPACE = /\s+$/
const RE_SPACES = /\s+/g
const RE_QUOTES = /[\u2018\u2019\u201C\u201D\u201E«»"']/g
const RE_QUOTE_CHAR = /"/g
const RE_GT_CHAR = />/g
const RE_LT_CHAR = /</g
const RE_AMP_CHAR = /&/g
const RE_PPR_ALGN = /<a:pPr [^>]*algn="(\w+)"/
const RE_PPT_NOTESSLIDES_NOTESSLIDE = /^ppt\/notesSlides\/notesSlide\d+\.xml$/
const RE_PPT_SLIDES_SLIDE = /^ppt\/slides\/slide\d+\.xml$/
const RE_QUOT = /&quot;/g
const RE_RUN_LANG = /(<a:(?:rPr|endParaRPr) lang=")en-US"/g
const RE_BOLD_RUN = /<a:r><a:rPr ([^>]*?)b="1"([^>]*)>([\s\S]*?)<\/a:rPr><a:t>([^<]*)<\/a:t><\/a:r>/g
const RE_TYPEFACE = /typeface="([^"]+)"/g
const RE_WRAP_NONE = /wrap="none"/
const RE_XML = /\.xml$/
const RE_XML_NUMBER = /(\d+)\.xml$/

/** EMU per CSS px (914400 per inch, 96 px per inch). */
export const EMU_PER_PX = 9525

/** How far (in px) a picture may lie from the figure it shows and still be it. */
const MATCH_PX = 2

/** The alt text Slidev gives every element it had to draw as a picture. */
const RASTER_ALT = 'Rendered as an image because of CSS'

/**
 * Extra width for a text box, as a share of its width: room for a wider substitute font
 * (one line) and for office suites' own metrics, a little wider than Chromium's (several
 * lines, which sit in columns and cards with less room beside them).
 */
export const SINGLE_LINE_ROOM = 0.08
export const MULTI_LINE_ROOM = 0.03

const DECORATIVE_EXT = '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>'
const SVG_BLIP_URI = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}'
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'

/** Office language tags for the deck languages (PowerPoint wants a region). */
const LANG_TAGS: Record<string, string> = { nl: 'nl-NL', fr: 'fr-FR', de: 'de-DE', en: 'en-GB', lb: 'lb-LU' }

export function officeLang(lang: string): string {
  return lang.includes('-') ? lang : LANG_TAGS[lang] ?? (lang || 'en-US')
}

export interface Shape {
  kind: 'sp' | 'pic' | 'cxnSp'
  xml: string
  /** In px, from the shape's xfrm. */
  rect: SlideRect
  text: string
}

const RE_SHAPE = /<p:(sp|pic|cxnSp)>[\s\S]*?<\/p:\1>/g
const RE_OFF = /<a:off x="(-?\d+)" y="(-?\d+)"\s*\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\s*\/>/
const RE_TEXT = /<a:t>([^<]*)<\/a:t>/g

const unescapeXml = (text: string) => text.replace(RE_LT, '<').replace(RE_GT, '>').replace(RE_QUOT, '"').replace(RE_APOS, '\'').replace(RE_AMP, '&')
export const escapeXml = (text: string) => text.replace(RE_AMP_CHAR, '&amp;').replace(RE_LT_CHAR, '&lt;').replace(RE_GT_CHAR, '&gt;').replace(RE_QUOTE_CHAR, '&quot;')

export function parseShape(kind: Shape['kind'], xml: string): Shape {
  const m = RE_OFF.exec(xml)
  const px = (emu: string | undefined) => Number(emu ?? 0) / EMU_PER_PX
  return {
    kind,
    xml,
    rect: { x: px(m?.[1]), y: px(m?.[2]), w: px(m?.[3]), h: px(m?.[4]) },
    text: unescapeXml(Array.from(xml.matchAll(RE_TEXT), t => t[1]).join('')),
  }
}

/** The slide's shape tree: what comes before its shapes, the shapes, what follows. */
export function splitShapes(xml: string): { head: string, shapes: Shape[], tail: string } {
  const all = Array.from(xml.matchAll(RE_SHAPE))
  if (!all.length) {
    // An empty shape tree: shapes added go at its end, inside it.
    const end = xml.lastIndexOf('</p:spTree>')
    return end < 0 ? { head: xml, shapes: [], tail: '' } : { head: xml.slice(0, end), shapes: [], tail: xml.slice(end) }
  }
  const first = all[0]!.index!
  const last = all.at(-1)!
  return {
    head: xml.slice(0, first),
    shapes: all.map(m => parseShape(m[1] as Shape['kind'], m[0])),
    tail: xml.slice(last.index! + last[0].length),
  }
}

/** Words only: what a title compares as (typographic quotes, case and spacing aside). */
export function comparable(text: string): string {
  return text.replace(RE_QUOTES, '').replace(RE_SPACES, ' ').trim().toLowerCase()
}

function near(a: SlideRect, b: SlideRect, by = MATCH_PX) {
  return Math.abs(a.x - b.x) <= by && Math.abs(a.y - b.y) <= by && Math.abs(a.w - b.w) <= by && Math.abs(a.h - b.h) <= by
}

function setDescr(xml: string, descr: string, decorative: boolean): string {
  return xml.replace(RE_CNVPR, (_, attrs: string) => {
    const rest = attrs.replace(RE_DESCR, '').trim()
    return `<p:cNvPr ${rest}${descr ? ` descr="${escapeXml(descr)}"` : ''}>${decorative ? DECORATIVE_EXT : ''}</p:cNvPr>`
  })
}

const descrOf = (xml: string) => unescapeXml(RE_CNVPR_DESCR.exec(xml)?.[1] ?? '')

/**
 * A text box that wraps and shrinks its text on overflow, a little wider (see the rooms
 * above) but never past `bounds` (the card it sits on, or the slide). A box that runs out
 * of the bottom of its card (text that overflows it in the browser too) ends at the card,
 * with its text scaled to fit (`fontScale`, which PowerPoint shows until it refits).
 */
export function autofitText(xml: string, bounds: SlideRect, maxWidth = Infinity): string {
  const single = RE_BODYPR_WRAP_NONE.test(xml)
  const algn = RE_PPR_ALGN.exec(xml)?.[1] ?? 'l'
  let scale = 1
  let out = xml.replace(RE_OFF, (_, x: string, y: string, cx: string, cy: string) => {
    const w = Number(cx)
    // Wrapped text grows (or shrinks) only up to where a line would take the next line's first word.
    const room = Math.round(Math.min(w * (single ? SINGLE_LINE_ROOM : MULTI_LINE_ROOM), maxWidth * EMU_PER_PX - w))
    // Inside the card, also where Slidev's own headroom would take it past the card's edge.
    const minX = bounds.x * EMU_PER_PX
    const maxX = (bounds.x + bounds.w) * EMU_PER_PX
    const left = Math.max(minX, Number(x) - (algn === 'ctr' ? room / 2 : algn === 'r' ? room : 0))
    const width = Math.min(w + room, maxX - left)
    const bottom = (bounds.y + bounds.h) * EMU_PER_PX
    let height = Number(cy)
    if (Number(y) + height > bottom + EMU_PER_PX && bottom - Number(y) > height / 2) {
      scale = (bottom - Number(y)) / height
      height = bottom - Number(y)
    }
    return `<a:off x="${Math.round(left)}" y="${y}"/><a:ext cx="${Math.round(width)}" cy="${Math.round(height)}"/>`
  })
  const fit = scale < 1 ? `<a:normAutofit fontScale="${Math.floor(scale * 40) * 2500}"/>` : '<a:normAutofit/>'
  out = out.replace(RE_BODYPR, (_, attrs: string) =>
    `<a:bodyPr ${attrs.replace(RE_WRAP_NONE, 'wrap="square"')}>${fit}</a:bodyPr>`)
  return out
}

export function asTitle(xml: string): string {
  return xml
    .replace(RE_CNVSPPR_TXBOX, '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>')
    .replace(RE_EMPTY_NVPR, '<p:nvPr><p:ph type="title"/></p:nvPr>')
    .replace(RE_CNVPR_NAME, '$1Title"')
}

const RE_SHAPE_ID = /<p:cNvPr id="(\d+)"/g

/** An id no shape of the slide has. */
export function nextShapeId(xml: string): number {
  return Math.max(1, ...Array.from(xml.matchAll(RE_SHAPE_ID), m => Number(m[1]))) + 1
}

/** A title placeholder that lies above the slide: in the outline and read first, not shown. */
export function hiddenTitle(title: string, id: number, lang: string, widthPx: number): string {
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>`
    + `<p:spPr><a:xfrm><a:off x="0" y="-914400"/><a:ext cx="${Math.round(widthPx * EMU_PER_PX)}" cy="457200"/></a:xfrm></p:spPr>`
    + `<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="${lang}"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></p:txBody></p:sp>`
}

export function withSvgBlip(xml: string, rid: string): string {
  const ext = `<a:extLst><a:ext uri="${SVG_BLIP_URI}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="${rid}"/></a:ext></a:extLst>`
  return xml.replace(RE_BLIP, `<a:blip $1>${ext}</a:blip>`)
}

const overlaps = (a: SlideRect, b: SlideRect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/** Text boxes inside a multi-column element set their text in as many columns. */
export function withColumns(xml: string, shape: Shape, columns: PptxColumns[]): string {
  const cx = shape.rect.x + shape.rect.w / 2
  const cy = shape.rect.y + shape.rect.h / 2
  // Only a box across the columns (a list item inside one column is one column itself).
  const multi = columns.find(c => cx > c.rect.x && cx < c.rect.x + c.rect.w && cy > c.rect.y && cy < c.rect.y + c.rect.h
    && shape.rect.w > 1.5 * (c.rect.w - c.gap * (c.count - 1)) / c.count)
  if (!multi)
    return xml
  return xml.replace('<a:bodyPr ', `<a:bodyPr numCol="${multi.count}" spcCol="${Math.round(multi.gap * EMU_PER_PX)}" `)
}

/**
 * Runs that the page set semibold: Slidev writes every weight from 600 up as bold, which
 * office suites set in the bold (700) face, wider than the slide's. They name the
 * semibold face instead (`Source Sans 3 SemiBold`, as the font files name it), not bold.
 */
export function withSemibold(xml: string, semibold: Set<string>): string {
  if (!semibold.size)
    return xml
  return xml.replace(RE_BOLD_RUN, (run, before: string, after: string, props: string, text: string) => {
    if (!semibold.has(unescapeXml(text).replace(RE_SPACES, ' ').trim().toLowerCase()))
      return run
    const faces = props.replace(RE_TYPEFACE, (_, face: string) => `typeface="${face} SemiBold"`)
    return `${`<a:r><a:rPr ${before.trim()} ${after.trim()}`.replace(RE_TRAILING_SPACE, '').replace(RE_SPACE_RUNS, ' ')}>${faces}</a:rPr><a:t>${text}</a:t></a:r>`
  })
}

const RE_RECT_GEOM = /<a:prstGeom prst="rect">(?:<a:avLst\s*\/>|<a:avLst><\/a:avLst>)?<\/a:prstGeom>/

/** A shape drawn as a filled box, as the triangle it is (a custom geometry pointing `points`). */
export function asTriangle(xml: string, points: PptxTriangle['points']): string {
  const corners = { right: [[0, 0], [2, 1], [0, 2]], left: [[2, 0], [0, 1], [2, 2]], down: [[0, 0], [2, 0], [1, 2]], up: [[1, 0], [2, 2], [0, 2]] }[points]
  const path = corners.map(([x, y], i) => `<a:${i ? 'lnTo' : 'moveTo'}><a:pt x="${x}" y="${y}"/></a:${i ? 'lnTo' : 'moveTo'}>`).join('')
  return xml.replace(RE_RECT_GEOM, `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="2" h="2">${path}<a:close/></a:path></a:pathLst></a:custGeom>`)
}

/** The card or panel a text box sits on: the smallest box shape around its centre (not the slide's background). */
export function cardOf(text: Shape, shapes: Shape[], canvas: { width: number, height: number }): SlideRect | undefined {
  const cx = text.rect.x + text.rect.w / 2
  const cy = text.rect.y + text.rect.h / 2
  return shapes
    .filter(s => s.kind === 'sp' && !s.text.trim() && s.rect.w > 40 && s.rect.h > 30 && s.rect.w * s.rect.h < 0.5 * canvas.width * canvas.height)
    .filter(s => cx > s.rect.x && cx < s.rect.x + s.rect.w && cy > s.rect.y && cy < s.rect.y + s.rect.h)
    .sort((a, b) => a.rect.w * a.rect.h - b.rect.w * b.rect.h)[0]
    ?.rect
}

/**
 * Where a text box may grow (autofitText): its card (or the slide), and sideways only up to
 * the shapes beside it on the same lines (a legend's next swatch, the next step's label),
 * never narrower than the box already is.
 */
export function roomFor(text: Shape, shapes: Shape[], card: SlideRect): SlideRect {
  const r = text.rect
  let left = card.x
  let right = card.x + card.w
  for (const s of shapes) {
    if (s === text || s.rect.w <= 0 || s.rect.h <= 0 || !(s.rect.y < r.y + r.h - 0.5 && r.y < s.rect.y + s.rect.h - 0.5))
      continue
    // Beside it: starting in its right half and ending past it, or the other way round.
    if (s.rect.x > r.x + r.w / 2 && s.rect.x + s.rect.w > r.x + r.w)
      right = Math.min(right, Math.max(s.rect.x, r.x + r.w))
    else if (s.rect.x + s.rect.w < r.x + r.w / 2 && s.rect.x < r.x)
      left = Math.max(left, Math.min(s.rect.x + s.rect.w, r.x))
  }
  return { x: left, y: card.y, w: right - left, h: card.h }
}

/**
 * The wrapped text block a text box sets (cli/export/pptx-page.ts `wraps`): Slidev sizes a
 * wrapped box to its block's content box, a little wider at most. The innermost such block.
 */
export function wrapFor(text: Shape, wraps: PptxWrap[]): PptxWrap | undefined {
  const r = text.rect
  const cx = r.x + r.w / 2
  const cy = r.y + r.h / 2
  return wraps
    .filter(w => cx > w.rect.x - 1 && cx < w.rect.x + w.rect.w + 1 && cy > w.rect.y - 1 && cy < w.rect.y + w.rect.h + 1)
    .filter(w => Math.abs(r.x - w.rect.x) <= 2 + 0.03 * w.rect.w && Math.abs(r.w - w.rect.w) <= 4 + 0.03 * w.rect.w)
    .sort((a, b) => a.rect.w * a.rect.h - b.rect.w * b.rect.h)[0]
}

const RE_RUN = /<a:r><a:rPr ([^>]*?)(\/>|>([\s\S]*?)<\/a:rPr>)<a:t>([^<]*)<\/a:t><\/a:r>/g
const RE_MONO = /typeface="[^"]*(?:mono|code|courier|consol)[^"]*"/i
const RE_HIGHLIGHT_BEFORE = /<a:(?:uLnTx|uLn|uFillTx|uFill|latin|ea|cs|sym|hlinkClick|hlinkMouseOver|rtl|extLst)\b/

/**
 * Runs of inline text that had a background of its own (inline code, cli/export/pptx-page.ts
 * `highlights`) get it as their highlight, which wraps with the text in any office suite: a
 * run with the whole text, or a monospaced run with a part of it.
 */
export function withHighlights(xml: string, highlights: PptxHighlight[]): string {
  if (!highlights.length)
    return xml
  return xml.replace(RE_RUN, (run, attrs: string, _end: string, props: string | undefined, text: string) => {
    const said = unescapeXml(text).replace(RE_SPACES, ' ').trim()
    if (!said)
      return run
    const mono = RE_MONO.test(props ?? '')
    const found = highlights.find(h => h.text === said) ?? (mono ? highlights.find(h => h.text.includes(said)) : undefined)
    if (!found)
      return run
    const mark = `<a:highlight><a:srgbClr val="${found.color}"/></a:highlight>`
    const inner = props ?? ''
    const at = RE_HIGHLIGHT_BEFORE.exec(inner)?.index ?? inner.length
    return `<a:r><a:rPr ${attrs}>${inner.slice(0, at)}${mark}${inner.slice(at)}</a:rPr><a:t>${text}</a:t></a:r>`
  })
}

/** How much narrower than Chromium an office suite may set the same text in the same font. */
export const NARROWER_SETTING = 0.015

/**
 * The widest a wrapped text box may be: halfway between its block's content box (where the
 * page wraps) and the width at which a line would take the next word, and short of that
 * width by what Impress sets narrower: the same text in the same font up to about 1 %
 * narrower than in Chromium (main deck slide 3: the quote's first line and its next word
 * 584.2 pt in Impress, 589 pt in Chromium). Never narrower than the widest line.
 */
export function wrapWidth(wrap: PptxWrap): number {
  return Math.max(wrap.widest, Math.min((wrap.rect.w + wrap.cap) / 2, wrap.cap * (1 - NARROWER_SETTING)))
}

const RE_LINE_SPACING = /<a:lnSpc><a:spcPts val="(\d+)"\s*\/><\/a:lnSpc>/g

/**
 * The line spacing of a wrapped block as CSS sets it (px), where Slidev's differs by more
 * than 3 %: Slidev measures it from the gaps between the lines' boxes, which inline code's
 * padding makes larger, and the office suite then shrinks the text to fit its box.
 */
export function withLineSpacing(xml: string, lineHeight: number | undefined): string {
  if (!lineHeight)
    return xml
  const wanted = Math.round(lineHeight * 75)
  return xml.replace(RE_LINE_SPACING, (all, val: string) => Math.abs(Number(val) - wanted) > 0.03 * wanted ? `<a:lnSpc><a:spcPts val="${wanted}"/></a:lnSpc>` : all)
}

/** The web page (iframe) a picture shows: the frame covering most of it. */
export function frameOf(picture: SlideRect, frames: PptxFrame[]): PptxFrame | undefined {
  const shared = (f: PptxFrame) => Math.max(0, Math.min(picture.x + picture.w, f.rect.x + f.rect.w) - Math.max(picture.x, f.rect.x))
    * Math.max(0, Math.min(picture.y + picture.h, f.rect.y + f.rect.h) - Math.max(picture.y, f.rect.y))
  return frames.filter(f => shared(f) >= 0.5 * picture.w * picture.h).sort((a, b) => shared(b) - shared(a))[0]
}

const RE_GROUP_PROPS = /<p:grpSpPr\s*\/>|<\/p:grpSpPr>/
const RE_BG_PICTURE = /<p:bg><p:bgPr><a:blipFill[^>]*><a:blip r:embed="([^"]+)"[\s\S]*?<\/p:bg>/

/**
 * A slide that Slidev made one picture (its background) because it is mostly a web page:
 * the picture as a picture shape instead, with the page's alt text, that a colleague can
 * select, and that a screen reader reads.
 */
export function backgroundAsPicture(xml: string, alt: string, id: number, canvas: { width: number, height: number }): string {
  const bg = RE_BG_PICTURE.exec(xml)
  if (!bg)
    return xml
  const picture = `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Picture" descr="${escapeXml(alt)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>`
    + `<p:blipFill><a:blip r:embed="${bg[1]}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>`
    + `<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(canvas.width * EMU_PER_PX)}" cy="${Math.round(canvas.height * EMU_PER_PX)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  const out = xml.replace(bg[0], '')
  // First in the shape tree: behind every other shape, as the background was.
  const tree = RE_GROUP_PROPS.exec(out)
  if (!tree)
    return xml
  const at = tree.index + tree[0].length
  return out.slice(0, at) + picture + out.slice(at)
}

export interface SlideInput {
  no: number
  title: string
  lang: string
  figures: PptxFigure[]
  columns: PptxColumns[]
  semibold: Set<string>
  triangles?: PptxTriangle[]
  highlights?: PptxHighlight[]
  frames?: PptxFrame[]
  wraps?: PptxWrap[]
  /** Icon pictures on this slide: the index in their alt marker to the relationship id of their SVG. */
  iconRids: Map<number, string>
  canvas: { width: number, height: number }
}

/** One slide's XML, finished; `warnings` says what could not be done. */
export function finishSlideXml(xml: string, slide: SlideInput): { xml: string, warnings: string[] } {
  const warnings: string[] = []
  const frames = slide.frames ?? []
  if (frames.length)
    xml = backgroundAsPicture(xml, frames.map(f => f.alt).join(' '), nextShapeId(xml), slide.canvas)
  const { head, shapes, tail } = splitShapes(xml)
  const out = shapes.map((shape) => {
    let s = shape.xml
    if (shape.kind === 'pic') {
      const descr = descrOf(s)
      if (descr.startsWith(ICON_ALT_PREFIX)) {
        const rid = slide.iconRids.get(Number(descr.slice(ICON_ALT_PREFIX.length)))
        if (rid)
          s = withSvgBlip(s, rid)
        s = setDescr(s, '', true)
      }
      else if (descr.startsWith(RASTER_ALT)) {
        const figure = slide.figures.find(f => near(f.rect, shape.rect))
        const alt = figure?.alt || frameOf(shape.rect, frames)?.alt
        s = alt ? setDescr(s, alt, false) : setDescr(s, '', true)
      }
    }
    else if (!shape.text.trim()) {
      s = setDescr(s, '', true)
      const triangle = slide.triangles?.find(t => near(t.rect, shape.rect, 1))
      if (triangle)
        s = asTriangle(s, triangle.points)
    }
    else {
      const card = cardOf(shape, shapes, slide.canvas) ?? { x: 0, y: 0, w: slide.canvas.width, h: slide.canvas.height }
      const wrap = wrapFor(shape, slide.wraps ?? [])
      s = withLineSpacing(autofitText(s, roomFor(shape, shapes, card), wrap && wrapWidth(wrap)), wrap?.lineHeight)
      s = withHighlights(withSemibold(withColumns(s, shape, slide.columns), slide.semibold), slide.highlights ?? [])
    }
    s = s.replace(RE_RUN_LANG, `$1${officeLang(slide.lang)}"`)
    return { ...shape, xml: s }
  })

  // The title: the first text box that says it.
  const wanted = comparable(slide.title)
  const at = wanted ? out.findIndex(s => s.kind === 'sp' && comparable(s.text) === wanted) : -1
  if (wanted && at < 0) {
    // The slide shows no title (a picture, a web page): a title placeholder above the slide,
    // as PowerPoint's accessibility advice has it for a hidden title; read first.
    out.unshift(parseShape('sp', hiddenTitle(slide.title, nextShapeId(xml), officeLang(slide.lang), slide.canvas.width)))
  }
  if (at >= 0) {
    const title = { ...out[at]!, xml: asTitle(out[at]!.xml) }
    out.splice(at, 1)
    // First in the reading order, unless that puts it under a shape it lies beneath.
    let to = out.findIndex(s => !s.xml.includes('adec:decorative'))
    if (to < 0 || to > at)
      to = at
    if (out.slice(to, at).some(s => overlaps(s.rect, title.rect)))
      to = at
    out.splice(to, 0, title)
  }
  return { xml: head + out.map(s => s.xml).join('') + tail, warnings }
}

export interface FinishOptions {
  /** Slide titles and language. */
  deck: { lang: string, slides: { no: number, title: string }[] }
  facts: PptxPageFacts
  canvas: { width: number, height: number }
}

const slideNo = (name: string) => Number(RE_XML_NUMBER.exec(name)?.[1])

export async function finishPptx(bytes: Uint8Array, options: FinishOptions): Promise<{ bytes: Uint8Array, warnings: string[] }> {
  const { deck, facts, canvas } = options
  const zip = await JSZip.loadAsync(bytes)
  const warnings: string[] = []
  const names = Object.keys(zip.files).filter(n => RE_PPT_SLIDES_SLIDE.test(n)).sort((a, b) => slideNo(a) - slideNo(b))
  for (const name of names) {
    const no = slideNo(name)
    const slideFacts = facts.slides.find(s => s.no === no)
    const relsName = name.replace('slides/', 'slides/_rels/').replace(RE_XML, '.xml.rels')
    let rels = await zip.file(relsName)!.async('string')
    let nextRid = Math.max(0, ...Array.from(rels.matchAll(RE_ID_RID), m => Number(m[1]))) + 1
    const iconRids = new Map<number, string>()
    for (const index of slideFacts?.icons ?? []) {
      const rid = `rId${nextRid++}`
      const media = `bx-icon-${index + 1}.svg`
      zip.file(`ppt/media/${media}`, facts.icons[index]!.svg)
      rels = rels.replace('</Relationships>', `<Relationship Id="${rid}" Type="${IMAGE_REL}" Target="../media/${media}"/></Relationships>`)
      iconRids.set(index, rid)
    }
    zip.file(relsName, rels)
    const finished = finishSlideXml(await zip.file(name)!.async('string'), {
      no,
      title: slideFacts?.title || deck.slides.find(s => s.no === no)?.title || '',
      lang: deck.lang,
      figures: slideFacts?.figures ?? [],
      columns: slideFacts?.columns ?? [],
      semibold: new Set(slideFacts?.semibold ?? []),
      triangles: slideFacts?.triangles ?? [],
      highlights: slideFacts?.highlights ?? [],
      frames: slideFacts?.frames ?? [],
      wraps: slideFacts?.wraps ?? [],
      iconRids,
      canvas,
    })
    zip.file(name, finished.xml)
    warnings.push(...finished.warnings)
  }
  for (const name of Object.keys(zip.files).filter(n => RE_PPT_NOTESSLIDES_NOTESSLIDE.test(n))) {
    const xml = await zip.file(name)!.async('string')
    zip.file(name, xml.replace(RE_RUN_LANG, `$1${officeLang(deck.lang)}"`))
  }
  const types = await zip.file('[Content_Types].xml')!.async('string')
  if (!types.includes('Extension="svg"'))
    zip.file('[Content_Types].xml', types.replace('<Default ', '<Default Extension="svg" ContentType="image/svg+xml"/><Default '))
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
  return { bytes: out, warnings }
}
