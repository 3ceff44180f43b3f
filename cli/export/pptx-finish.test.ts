import { describe, expect, it } from 'vitest'
import { finishSlideXml, parseShape, roomFor } from './pptx-finish'

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
