import { describe, expect, it } from 'vitest'
import { finishSlideXml } from './pptx-finish'

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
