/**
 * Page geometry of the A4 handouts, in CSS pixels (96 per inch) so the browser can lay
 * it out directly: where the slide goes, how far it is scaled, how many ruled lines fit.
 */

export const PX_PER_MM = 96 / 25.4
export const A4 = { width: 210, height: 297 } as const

export type HandoutKind = 'notes' | 'three-up'

export interface Size { width: number, height: number }

export interface HandoutGeometry {
  kind: HandoutKind
  /** Page size and margins in mm. */
  page: Size
  margin: { top: number, side: number, bottom: number }
  /** Height in mm kept free above the bottom margin for the footer. */
  footer: number
  slidesPerPage: number
  /** Frame the slide is scaled into, in CSS px, and the scale factor from the slide canvas. */
  slideBox: Size
  scale: number
  /** Height of one slide row (3-up) or of the notes area (notes), in CSS px. */
  rowHeight: number
  /** Ruled lines beside each slide (3-up only). */
  lines: number
  lineGap: number
}

export function mm(value: number): number {
  return value * PX_PER_MM
}

/** Largest scale at which a canvas fits a box, keeping its aspect ratio. */
export function fitScale(canvas: Size, box: Size): number {
  if (canvas.width <= 0 || canvas.height <= 0)
    throw new Error(`Slide canvas has no size (${canvas.width}x${canvas.height})`)
  return Math.min(box.width / canvas.width, box.height / canvas.height)
}

/** How many ruled lines with `gap` spacing fit a height, leaving half a gap at the top. */
export function ruledLines(height: number, gap: number): number {
  return Math.max(0, Math.floor((height - gap / 2) / gap))
}

const MARGIN = { top: 14, side: 18, bottom: 16 }
/** Height reserved at the bottom of each page for the footer (deck title, page number). */
export const FOOTER_MM = 8
const HEADER_MM = 7

export function handoutGeometry(kind: HandoutKind, canvas: Size): HandoutGeometry {
  const contentWidth = mm(A4.width - 2 * MARGIN.side)
  const contentHeight = mm(A4.height - MARGIN.top - MARGIN.bottom - FOOTER_MM)
  const base = { kind, page: { ...A4 }, margin: { ...MARGIN }, footer: FOOTER_MM }
  if (kind === 'notes') {
    const scale = fitScale(canvas, { width: contentWidth, height: contentHeight / 2 })
    const slideBox = { width: canvas.width * scale, height: canvas.height * scale }
    return { ...base, slidesPerPage: 1, slideBox, scale, rowHeight: contentHeight - mm(HEADER_MM) - slideBox.height, lines: 0, lineGap: 0 }
  }
  const rowHeight = (contentHeight - mm(HEADER_MM)) / 3
  const scale = fitScale(canvas, { width: contentWidth * 0.6, height: rowHeight - mm(10) })
  const lineGap = mm(8)
  return {
    ...base,
    slidesPerPage: 3,
    slideBox: { width: canvas.width * scale, height: canvas.height * scale },
    scale,
    rowHeight,
    lines: ruledLines(rowHeight - mm(6), lineGap),
    lineGap,
  }
}
