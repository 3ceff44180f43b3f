import { describe, expect, it } from 'vitest'
import { autofitText, backgroundAsPicture, finishSlideXml, frameOf, parseShape, roomFor, splitShapes, withHighlights, withLineSpacing, wrapWidth } from './pptx-finish'

const HEAD = '<p:sld><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
const TAIL = '</p:spTree></p:cSld></p:sld>'
function textBox(id: number, text: string, y: number) {
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Text ${id}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="476250" y="${y}"/><a:ext cx="4762500" cy="476250"/></a:xfrm></p:spPr><p:txBody><a:bodyPr wrap="square"/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp>`
}
const input = (title: string) => ({ no: 3, title, lang: 'nl', figures: [], columns: [], semibold: new Set<string>(), iconRids: new Map<number, string>(), canvas: { width: 980, height: 552 } })

describe('finishSlideXml: the title placeholder', () => {
  it('makes the text box that says the title the placeholder, first in the reading order', () => {
    const { xml } = finishSlideXml(HEAD + textBox(2, 'Lichaam', 1_905_000) + textBox(3, 'Structuur', 476_250) + TAIL, input('Structuur'))
    expect(xml.match(/<p:ph type="title"\/>/g)).toHaveLength(1)
    expect(xml.indexOf('Structuur')).toBeLessThan(xml.indexOf('Lichaam'))
  })

  it('adds a title above the slide when no text box says it (a picture, a web page), read first, with a new id', () => {
    const { xml } = finishSlideXml(HEAD + textBox(2, 'Bijschrift', 1_905_000) + TAIL, input('De Benelux op de kaart'))
    const title = /<p:sp>(?:(?!<\/p:sp>).)*<p:ph type="title"\/>(?:(?!<\/p:sp>).)*<\/p:sp>/.exec(xml)?.[0] ?? ''
    expect(title).toContain('<a:t>De Benelux op de kaart</a:t>')
    expect(title).toContain('id="3"')
    expect(title).toMatch(/<a:off x="0" y="-\d+"\/>/)
    expect(xml.indexOf('De Benelux op de kaart')).toBeLessThan(xml.indexOf('Bijschrift'))
  })
})

describe('roomFor: where a text box may grow', () => {
  const box = (x: number, y: number, w: number, h: number, text = '') => parseShape('sp', `<p:sp><a:off x="${x * 9525}" y="${y * 9525}"/><a:ext cx="${w * 9525}" cy="${h * 9525}"/>${text ? `<a:t>${text}</a:t>` : ''}</p:sp>`)
  const slide = { x: 0, y: 0, w: 980, h: 552 }

  it('stops at the next shape on the same line (a legend\'s next swatch), not at one above or below', () => {
    const label = box(100, 400, 200, 20, 'Besluitvorming en uitvoering')
    const shapes = [label, box(310, 404, 12, 12), box(330, 400, 150, 20, 'Parlementair'), box(300, 300, 200, 50, 'Boven')]
    expect(roomFor(label, shapes, slide)).toEqual({ x: 0, y: 0, w: 310, h: 552 })
  })

  it('stops at the shape before it too, and never makes the box narrower than it is', () => {
    const label = box(100, 400, 200, 20, 'Midden')
    const shapes = [label, box(40, 400, 70, 20, 'Links'), box(295, 400, 50, 20, 'Rechts')]
    expect(roomFor(label, shapes, slide)).toEqual({ x: 100, y: 0, w: 200, h: 552 })
  })

  it('keeps the card as its bounds when nothing lies beside the box', () => {
    const label = box(100, 400, 200, 20, 'Alleen')
    const card = { x: 90, y: 380, w: 260, h: 60 }
    expect(roomFor(label, [box(90, 380, 260, 60), label], card)).toEqual(card)
  })
})

describe('border triangles', () => {
  const filled = '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Shape 2"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="8732520" y="2664142"/><a:ext cx="114300" cy="152400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst></a:avLst></a:prstGeom><a:solidFill><a:srgbClr val="12386B"/></a:solidFill></p:spPr></p:sp>'
  const slide = (triangles: { rect: { x: number, y: number, w: number, h: number }, points: 'right' }[]) => ({ ...input(''), triangles })

  it('draws the filled box of an arrow head as a triangle pointing away from its coloured border', () => {
    const { xml } = finishSlideXml(HEAD + filled + TAIL, slide([{ rect: { x: 916.8, y: 279.7, w: 12, h: 16 }, points: 'right' }]))
    expect(xml).not.toContain('prst="rect"')
    expect(xml).toContain('<a:path w="2" h="2"><a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="2" y="1"/></a:lnTo><a:lnTo><a:pt x="0" y="2"/></a:lnTo><a:close/></a:path>')
    expect(xml).toContain('<a:srgbClr val="12386B"/>')
  })

  it('leaves a box that is no triangle of the page a box', () => {
    const { xml } = finishSlideXml(HEAD + filled + TAIL, slide([{ rect: { x: 500, y: 279.7, w: 12, h: 16 }, points: 'right' }]))
    expect(xml).toContain('prst="rect"')
  })
})

describe('splitShapes: an empty shape tree', () => {
  it('puts what is added inside the shape tree, not after the slide', () => {
    const { xml } = finishSlideXml(HEAD + TAIL, input('Lay-out iframe'))
    expect(xml.indexOf('Lay-out iframe')).toBeLessThan(xml.indexOf('</p:spTree>'))
    expect(xml.endsWith('</p:sld>')).toBe(true)
    expect(splitShapes(HEAD + TAIL).tail).toBe(TAIL)
  })
})

describe('withHighlights: inline code', () => {
  const run = (text: string, face: string) => `<a:r><a:rPr lang="nl-NL" sz="1485"><a:solidFill><a:srgbClr val="1C2533"/></a:solidFill><a:latin typeface="${face}"/></a:rPr><a:t>${text}</a:t></a:r>`
  it('highlights the run with the text in its background colour, before its typeface (schema order)', () => {
    const xml = withHighlights(run('België · ', 'Source Sans 3') + run('layout: fact', 'Liberation Mono'), [{ text: 'layout: fact', color: 'EEF2F7' }])
    expect(xml).toContain('</a:solidFill><a:highlight><a:srgbClr val="EEF2F7"/></a:highlight><a:latin typeface="Liberation Mono"/>')
    expect(xml.match(/a:highlight>/g)).toHaveLength(2)
  })

  it('highlights a monospaced part of the text, not a proportional one', () => {
    expect(withHighlights(run('contain', 'Liberation Mono'), [{ text: 'backgroundSize: contain', color: 'EEF2F7' }])).toContain('<a:highlight>')
    expect(withHighlights(run('contain', 'Source Sans 3'), [{ text: 'backgroundSize: contain', color: 'EEF2F7' }])).not.toContain('<a:highlight>')
  })
})

describe('wrapWidth and autofitText: wrapped text keeps its line breaks', () => {
  const wrap = { rect: { x: 92, y: 225, w: 758.8, h: 147 }, cap: 780.2, widest: 691.7 }
  it('stops short of the width at which a line takes the next word, by what Impress sets narrower', () => {
    // Main deck slide 3: Impress set the first line and its next word in 779 px.
    expect(wrapWidth(wrap)).toBeLessThan(770)
    expect(wrapWidth(wrap)).toBeGreaterThanOrEqual(wrap.rect.w)
    expect(wrapWidth({ ...wrap, cap: 760, widest: 750 })).toBe(750)
  })

  it('grows a box by its room only up to that width, and shrinks a wider one to it', () => {
    const box = (cx: number) => `<p:sp><a:off x="0" y="0"/><a:ext cx="${cx * 9525}" cy="952500"/><a:bodyPr wrap="square"></a:bodyPr><a:t>x</a:t></p:sp>`
    const width = (xml: string) => Number(/cx="(\d+)"/.exec(xml)![1]) / 9525
    const slide = { x: 0, y: 0, w: 980, h: 552 }
    expect(width(autofitText(box(700), slide))).toBeCloseTo(721, 0)
    expect(width(autofitText(box(700), slide, 710))).toBeCloseTo(710, 0)
    expect(width(autofitText(box(780), slide, 769))).toBeCloseTo(769, 0)
  })

  it('sets the line spacing CSS gives where Slidev\'s measured one is off', () => {
    const xml = '<a:lnSpc><a:spcPts val="3000"/></a:lnSpc>'
    expect(withLineSpacing(xml, 30.8)).toBe('<a:lnSpc><a:spcPts val="2310"/></a:lnSpc>')
    expect(withLineSpacing(xml, 40.4)).toBe(xml)
    expect(withLineSpacing(xml, undefined)).toBe(xml)
  })
})

describe('web pages (iframes)', () => {
  const frame = { rect: { x: 0, y: 0, w: 490, h: 552 }, alt: 'Benelux in cijfers: België 11,0 mln (/embed/kerncijfers.html)', url: '/embed/kerncijfers.html' }
  it('finds the frame a picture shows, not one beside it', () => {
    expect(frameOf({ x: 0, y: 0, w: 490, h: 552 }, [frame])).toBe(frame)
    expect(frameOf({ x: 528, y: 81, w: 86, h: 4 }, [frame])).toBeUndefined()
  })

  it('gives the picture of a frame its alt text, not decorative', () => {
    const pic = '<p:pic><p:nvPicPr><p:cNvPr id="4" name="Image 0" descr="Rendered as an image because of CSS"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId1"/></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4667250" cy="5257800"/></a:xfrm></p:spPr></p:pic>'
    const { xml } = finishSlideXml(HEAD + pic + TAIL, { ...input(''), frames: [frame] })
    expect(xml).toContain('descr="Benelux in cijfers: België 11,0 mln (/embed/kerncijfers.html)"')
    expect(xml).not.toContain('adec:decorative')
  })

  it('turns a slide that is one background picture into a picture shape with the alt text', () => {
    const bg = '<p:sld><p:cSld><p:bg><p:bgPr><a:blipFill dpi="0" rotWithShape="1"><a:blip r:embed="rId1"><a:lum/></a:blip><a:stretch><a:fillRect/></a:stretch></a:blipFill><a:effectLst/></p:bgPr></p:bg><p:spTree><p:nvGrpSpPr/><p:grpSpPr/>'
    const xml = backgroundAsPicture(bg + TAIL, 'Een pagina', 2, { width: 980, height: 552 })
    expect(xml).not.toContain('<p:bg>')
    expect(xml).toMatch(/<p:grpSpPr\/><p:pic><p:nvPicPr><p:cNvPr id="2" name="Picture" descr="Een pagina"\/>[\s\S]*<a:blip r:embed="rId1"\/>[\s\S]*<a:ext cx="9334500" cy="5257800"\/>/)
  })
})
