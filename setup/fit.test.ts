import type { GeoElement, GeoText, Rect, SlideGeometry } from './fit'
import { describe, expect, it } from 'vitest'
import { chooseFit, clipTo, collisions, FIT_STEPS, fitOverflow, fitSteps, linesOverlap, outOfBox } from './fit'

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom })
const el = (desc: string, r: Rect, over: Partial<GeoElement> = {}): GeoElement => ({ desc, rect: r, flow: true, box: false, clip: false, media: false, footer: false, ...over })
const text = (owner: number, t: string, lines: Rect[], over: Partial<GeoText> = {}): GeoText => ({ owner, text: t, lines, box: -1, clip: -1, group: -1, svg: false, ...over })

/** A default slide: 980 x 552 canvas, body 51..929 x 35..497, footer below it. */
function slide(elements: GeoElement[], texts: GeoText[]): SlideGeometry {
  return {
    layout: 'default',
    canvas: rect(0, 0, 980, 552),
    body: rect(51, 35, 929, 497),
    footer: rect(51, 516, 929, 536),
    elements: [el('footer.bx-footer', rect(51, 516, 929, 536), { footer: true }), ...elements],
    texts: [text(0, 'Benelux 8 / 22', [rect(51, 518, 200, 534)]), ...texts],
  }
}

describe('fitOverflow', () => {
  it('is undefined when every line and box lies inside the body (the footer does not count)', () => {
    expect(fitOverflow(slide([el('p', rect(51, 100, 500, 130))], [text(1, 'Tekst die past', [rect(51, 100, 400, 130)])]))).toBeUndefined()
  })

  it('names the text that runs furthest below the body, by how much', () => {
    const geo = slide([el('ul', rect(51, 100, 900, 540)), el('li', rect(51, 470, 900, 540))], [
      text(2, 'Punt 15', [rect(51, 470, 400, 500)]),
      text(2, 'Punt 16', [rect(51, 505, 400, 535)]),
    ])
    expect(fitOverflow(geo)).toEqual({ element: 'li', text: 'Punt 16', by: 38, where: 'bottom' })
  })

  it('counts a text out of its card as a box overflow', () => {
    const geo = slide([el('div.card', rect(60, 100, 260, 200), { box: true }), el('h3', rect(70, 110, 250, 240))], [
      text(2, 'Veterinaire samenwerking', [rect(70, 110, 250, 140), rect(70, 170, 250, 200), rect(70, 210, 250, 240)], { box: 1 }),
    ])
    expect(fitOverflow(geo)).toMatchObject({ element: 'h3', where: 'box', box: 'div.card', by: 40 })
  })

  it('leaves out what is positioned out of the flow: shrinking text does not move it', () => {
    const geo = slide([el('p.absolute', rect(820, 200, 1100, 230), { flow: false })], [text(1, 'Grensoverschrijdend', [rect(820, 200, 1100, 230)], {})])
    expect(fitOverflow(geo)).toBeUndefined()
  })

  it('tolerates glyphs sticking out of their line by a quarter of its height', () => {
    expect(fitOverflow(slide([el('p', rect(51, 470, 500, 497))], [text(1, 'Laatste regel', [rect(51, 470, 400, 503)])]))).toBeUndefined()
    expect(fitOverflow(slide([el('p', rect(51, 470, 500, 497))], [text(1, 'Laatste regel', [rect(51, 470, 400, 510)])]))?.by).toBe(13)
  })
})

describe('chooseFit', () => {
  const over = (by: number) => ({ element: 'p', by, where: 'bottom' as const })

  it('keeps the first step that fits', () => {
    expect(chooseFit([{ size: 22, overflow: over(30) }, { size: 21, overflow: over(10) }, { size: 20 }])).toEqual({ size: 20 })
    expect(chooseFit([{ size: 22 }])).toEqual({ size: 22 })
  })

  it('when none fits, keeps the step that overflows least, the largest of equals', () => {
    expect(chooseFit(FIT_STEPS.map((step, i) => ({ ...step, overflow: over(70 - i * 10) })))).toMatchObject({ size: 18, dense: 14 })
    // Shrinking that does not help (a wide code line) leaves the text at full size.
    expect(chooseFit(FIT_STEPS.map(step => ({ ...step, overflow: over(374) })))).toMatchObject({ size: 22 })
  })

  it('shrinks code and formulas past the body minimum only when the body text is at its minimum', () => {
    expect(FIT_STEPS.filter(s => s.dense).every(s => s.size === 18)).toBe(true)
    expect(FIT_STEPS.at(-1)).toEqual({ size: 18, dense: 14 })
  })
})

describe('fitSteps', () => {
  it('tries the body sizes alone on a slide with neither code nor a side picture', () => {
    expect(fitSteps({ dense: false, media: false })).toEqual([22, 21, 20, 19, 18].map(size => ({ size })))
  })

  it('narrows a side picture last, at the smallest sizes the slide allows', () => {
    expect(fitSteps({ dense: true, media: true }).slice(-4, -1)).toEqual([{ size: 18, dense: 14 }, { size: 18, dense: 14, media: 40 }, { size: 18, dense: 14, media: 34 }])
    expect(fitSteps({ dense: false, media: true }).slice(-3)).toEqual([{ size: 18 }, { size: 18, media: 40 }, { size: 18, media: 34 }])
    expect(fitSteps({ dense: true, media: false }).some(s => s.media)).toBe(false)
  })

  it('keeps code at its floor when going below it does not make the slide fit', () => {
    const over = (by: number) => ({ element: 'a', by, where: 'bottom' as const })
    const steps = fitSteps({ dense: true, media: false })
    expect(chooseFit(steps.map((step, i) => ({ ...step, overflow: over(100 - i * 10) })))).toMatchObject({ size: 18, dense: 14 })
    expect(chooseFit(steps.map((step, i) => ({ ...step, overflow: i === steps.length - 1 ? undefined : over(100 - i * 10) })))).toMatchObject({ size: 18, dense: 12 })
  })

  it('takes code and formulas below the floor only after every other step, and never other text', () => {
    expect(fitSteps({ dense: true, media: true }).at(-1)).toEqual({ size: 18, dense: 12, media: 34 })
    expect(fitSteps({ dense: true, media: false }).at(-1)).toEqual({ size: 18, dense: 12 })
    expect(fitSteps({ dense: false, media: true }).some(s => s.dense)).toBe(false)
  })
})

describe('collisions', () => {
  it('finds nothing on a slide that fits', () => {
    expect(collisions(slide([el('p', rect(51, 100, 500, 130))], [text(1, 'Tekst die past', [rect(51, 100, 400, 130)])]))).toEqual([])
  })

  it('names content outside the canvas with its edge and distance', () => {
    const geo = slide([el('p.absolute', rect(820, 200, 1106, 230), { flow: false })], [text(1, 'Grensoverschrijdende samenwerking', [rect(820, 200, 1106, 230)])])
    expect(collisions(geo)).toEqual([{ kind: 'canvas', element: 'p.absolute', text: 'Grensoverschrijdende samenwerking', by: 126, edge: 'right', flow: false }])
  })

  it('calls a placed picture mostly on the canvas partly outside it, and nothing else', () => {
    // Starter deck's "Navigation": an arrow placed with -bottom-9, a corner decoration.
    const arrow = el('img.absolute', rect(20, 300, 340, 588), { flow: false, media: true })
    expect(collisions(slide([arrow], []))).toEqual([{ kind: 'canvas', element: 'img.absolute', by: 36, edge: 'bottom', flow: false, partly: true }])
    // Mostly off the canvas, or in the flow: plain content outside the canvas.
    const gone = el('img.absolute', rect(20, 300, 340, 1100), { flow: false, media: true })
    expect(collisions(slide([gone], []))[0]).not.toHaveProperty('partly')
    const inFlow = el('img', rect(20, 300, 340, 588), { media: true })
    expect(collisions(slide([inFlow], []))[0]).not.toHaveProperty('partly')
  })

  it('names placed text over a code block or card it is not part of', () => {
    // Starter deck's "Draggable Elements": a v-drag box over a code block.
    const pre = el('pre.shiki', rect(51, 200, 929, 240), { box: true })
    const drag = el('div.absolute', rect(700, 190, 900, 230), { flow: false })
    expect(collisions(slide([pre, drag], [text(2, 'Double-click me!', [rect(710, 195, 890, 225)], { within: [] })])))
      .toEqual([{ kind: 'overlap', element: 'div.absolute', text: 'Double-click me!', other: 'pre.shiki', by: 25 }])
    // A badge placed inside its own card is part of it.
    expect(collisions(slide([pre, drag], [text(2, 'Nieuw', [rect(710, 195, 890, 225)], { within: [1] })]))).toEqual([])
    // Text in the flow is judged by its box, not by this rule.
    expect(collisions(slide([pre, el('p', rect(700, 190, 900, 230))], [text(2, 'Tekst', [rect(710, 195, 890, 225)])]))).toEqual([])
  })

  it('names text over the footer by how far it runs into it', () => {
    const geo = slide([el('p', rect(51, 505, 400, 534), { flow: false })], [text(1, 'Meer informatie', [rect(51, 505, 400, 534)])])
    expect(collisions(geo)).toEqual([{ kind: 'footer', element: 'p', text: 'Meer informatie', by: 18, flow: false }])
  })

  it('names text out of its box, and says when the box cuts it off', () => {
    const card = el('div.card', rect(60, 260, 300, 324), { box: true })
    const lines = [rect(66, 266, 290, 290), rect(66, 290, 290, 314), rect(66, 314, 290, 338), rect(66, 338, 290, 362)]
    expect(collisions(slide([card, el('div.card', rect(60, 260, 300, 324))], [text(2, 'Interne markt', lines, { box: 1 })])))
      .toEqual([{ kind: 'box', element: 'div.card', text: 'Interne markt', by: 38, other: 'div.card', clipped: false }])
    const pre = el('pre.shiki', rect(51, 100, 929, 480), { box: true, clip: true })
    const code = text(2, ':relations=', [rect(600, 120, 1300, 142)], { box: 1, clip: 1 })
    // Cut off by the code block: out of its box, not off the canvas (the part outside is not shown).
    expect(collisions(slide([pre, el('span', rect(600, 120, 1300, 142))], [code])))
      .toEqual([{ kind: 'box', element: 'span', text: ':relations=', by: 371, other: 'pre.shiki', clipped: true }])
  })

  it('judges a box inside a clipping element by the part shown (an editor\'s scrolled layers are not off the canvas)', () => {
    const editor = el('div.monaco-editor', rect(51, 100, 929, 400), { box: true, clip: true })
    const layer = el('div.lines-content', rect(51, 100, 1_000_000, 400), { box: true, clipBy: 1 })
    expect(collisions(slide([editor, layer], []))).toEqual([])
    expect(collisions(slide([editor, { ...layer, clipBy: -1 }], [])).map(c => c.kind)).toEqual(['canvas'])
  })

  it('names two texts that overlap, not lines of one paragraph nor labels of one figure', () => {
    const geo = slide([el('p.a', rect(52, 300, 250, 329), { flow: false }), el('p.b', rect(70, 306, 250, 335), { flow: false })], [
      text(1, 'Politiesamenwerking', [rect(52, 300, 250, 329)]),
      text(2, 'Crisisbeheersing', [rect(70, 306, 220, 335)]),
    ])
    expect(collisions(geo)).toEqual([{ kind: 'overlap', element: 'p.a', text: 'Politiesamenwerking', other: 'p.b', otherText: 'Crisisbeheersing', by: 23 }])
    expect(collisions({ ...geo, texts: geo.texts.map(t => ({ ...t, group: t.owner > 0 ? 5 : -1 })) })).toEqual([])
    expect(collisions({ ...geo, texts: geo.texts.map(t => ({ ...t, svg: t.owner > 0 })) })).toEqual([])
  })
})

describe('geometry helpers', () => {
  it('linesOverlap: touching lines of a paragraph do not overlap, a third of a line does', () => {
    expect(linesOverlap(rect(0, 0, 100, 30), rect(0, 28, 100, 58))).toBe(0)
    expect(linesOverlap(rect(0, 0, 100, 30), rect(0, 15, 100, 45))).toBe(15)
    expect(linesOverlap(rect(0, 0, 100, 30), rect(101, 0, 200, 30))).toBe(0)
  })

  it('clipTo: the visible part of a line, none when wholly cut off', () => {
    expect(clipTo(rect(0, 0, 100, 20), rect(50, 0, 200, 100))).toEqual(rect(50, 0, 100, 20))
    expect(clipTo(rect(0, 0, 40, 20), rect(50, 0, 200, 100))).toBeUndefined()
    expect(clipTo(rect(0, 0, 40, 20), undefined)).toEqual(rect(0, 0, 40, 20))
  })

  it('outOfBox: a line on the card\'s border counts, a tall glyph box in its padding does not', () => {
    const card = [el('li.card', rect(0, 0, 200, 178), { box: true, inner: rect(1, 1, 199, 177) })]
    // The fourth card of slide 8: the last line 6.6 px past the card's edge, within the old quarter-line tolerance.
    expect(outOfBox(text(0, 'veiligheid', [rect(20, 154.6, 180, 184.6)], { box: 0 }), card)).toBeCloseTo(7.6)
    expect(outOfBox(text(0, '4', [rect(20, -2, 60, 40)], { box: 0 }), card)).toBe(0)
  })

  it('outOfBox: 0 without a box or inside it', () => {
    const elements = [el('div.card', rect(0, 0, 100, 100), { box: true })]
    expect(outOfBox(text(0, 'x', [rect(10, 10, 90, 30)], { box: 0 }), elements)).toBe(0)
    expect(outOfBox(text(0, 'x', [rect(10, 10, 190, 30)]), elements)).toBe(0)
  })
})
