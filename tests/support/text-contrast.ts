/**
 * In-browser text contrast check (WCAG 2.x AA). For every visible text node inside a root it
 * takes the rendered text colour (with opacity of the element and its ancestors applied) and
 * the effective background (background colours of the ancestors composited down to the first
 * opaque one, white if none), and the font size/weight for the large-text threshold.
 * axe's color-contrast rule cannot be used for this on Slidev slides: it reports every slide
 * text as "incomplete" ("overlapped by another element", Slidev's layers above the slide).
 */
import type { Page } from 'playwright-chromium'
import { contrastRatio } from '../../styles/contrast'

export type Rgb = [number, number, number]

export interface TextSample {
  /** The first characters of the text node. */
  text: string
  /** A short CSS path of its element, e.g. `div.slidev-layout > p:nth-child(2)`. */
  path: string
  fg: Rgb
  bg: Rgb
  fontSizePx: number
  fontWeight: number
  /** Why the background could not be determined (an image or gradient behind the text). */
  undetermined?: string
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map(c => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

/** WCAG large text: at least 18pt (24px), or 14pt (18.66px) bold. */
export function isLargeText(fontSizePx: number, fontWeight: number): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700)
}

export function requiredRatio(sample: Pick<TextSample, 'fontSizePx' | 'fontWeight'>): number {
  return isLargeText(sample.fontSizePx, sample.fontWeight) ? 3 : 4.5
}

/** One message per sample below its AA threshold or on an undeterminable background. */
export function contrastProblems(samples: TextSample[]): string[] {
  return samples.flatMap((s) => {
    if (s.undetermined)
      return [`"${s.text}" at ${s.path}: background cannot be determined (${s.undetermined}); give the text a solid background colour`]
    const ratio = contrastRatio(toHex(s.fg), toHex(s.bg))
    const needed = requiredRatio(s)
    return ratio + 1e-9 < needed
      ? [`"${s.text}" at ${s.path}: contrast ${ratio.toFixed(2)}:1 (${toHex(s.fg)} on ${toHex(s.bg)}, ${s.fontSizePx}px/${s.fontWeight}) is below ${needed}:1`]
      : []
  })
}

/** Collects a TextSample for every visible, non-blank text node under `selector`. */
export async function sampleTextContrast(page: Page, selector: string): Promise<TextSample[]> {
  return page.locator(selector).first().evaluate((root) => {
    type Rgba = [number, number, number, number]
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!
    // Lets the browser parse any CSS colour syntax (rgb, oklch, color-mix results, …).
    const parse = (color: string): Rgba => {
      ctx.clearRect(0, 0, 1, 1)
      ctx.fillStyle = '#000'
      ctx.fillStyle = color
      ctx.fillRect(0, 0, 1, 1)
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data
      return [r!, g!, b!, a! / 255]
    }
    const over = (top: Rgba, below: [number, number, number]): [number, number, number] =>
      [0, 1, 2].map(i => top[i]! * top[3] + below[i]! * (1 - top[3])) as [number, number, number]
    const path = (el: Element) => {
      const parts: string[] = []
      for (let e: Element | null = el; e && e !== root.parentElement && parts.length < 4; e = e.parentElement) {
        const cls = [...e.classList].filter(c => !c.startsWith('slidev-vclick')).slice(0, 2).map(c => `.${c}`).join('')
        const index = e.parentElement ? [...e.parentElement.children].indexOf(e) + 1 : 1
        parts.unshift(`${e.tagName.toLowerCase()}${cls}:nth-child(${index})`)
      }
      return parts.join(' > ')
    }

    const samples: Array<Record<string, unknown>> = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // eslint-disable-next-line e18e/prefer-static-regex -- runs in the page, cannot see module scope
      const text = node.textContent?.replace(/\s+/g, ' ').trim()
      const el = node.parentElement
      if (!text || !el)
        continue
      const style = getComputedStyle(el)
      const rect = el.getBoundingClientRect()
      if (style.visibility !== 'visible' || rect.width === 0 || rect.height === 0 || !el.checkVisibility({ opacityProperty: true }))
        continue
      let opacity = 1
      const layers: Rgba[] = []
      let undetermined: string | undefined
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e)
        opacity *= Number(s.opacity)
        if (s.backgroundImage !== 'none' && !undetermined)
          undetermined = `background-image on ${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`
        const bg = parse(s.backgroundColor)
        if (bg[3] > 0) {
          layers.push(bg)
          if (bg[3] >= 1)
            break
        }
      }
      if (opacity === 0)
        continue
      let bg: [number, number, number] = [255, 255, 255]
      for (const layer of layers.reverse())
        bg = over(layer, bg)
      const fg = parse(style.color)
      samples.push({
        text: text.slice(0, 40),
        path: path(el),
        fg: over([fg[0], fg[1], fg[2], fg[3] * opacity], bg),
        bg,
        fontSizePx: Number.parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight) || 400,
        ...(undetermined ? { undetermined } : {}),
      })
    }
    return samples as unknown as TextSample[]
  })
}
