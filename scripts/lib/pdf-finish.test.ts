import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { readPdfFacts } from '../../tests/export/pdf-facts'
import { finishPdf, outlineItems, pdfInfo } from './pdf-finish'

const deck = { title: 'Benelux', author: 'SG Benelux', description: 'Een\n  briefing', lang: 'nl' }
const slides = [{ no: 1, title: 'Welkom' }, { no: 2, title: '' }, { no: 3, title: 'Verdrag' }, { no: 4, title: 'Einde' }]

describe('pdfInfo', () => {
  it.each([
    ['slides', 'Benelux'],
    ['handout', 'Benelux (hand-out met sprekersnotities)'],
    ['handout-3up', 'Benelux (hand-out, drie dia\'s per pagina)'],
  ] as const)('%s', (kind, title) => {
    expect(pdfInfo(deck, kind)).toEqual({ title, author: 'SG Benelux', subject: 'Een briefing', lang: 'nl' })
  })
})

describe('outlineItems', () => {
  it.each([
    [1, [['Welkom', 0], ['Verdrag', 2], ['Einde', 3]]],
    [3, [['Welkom', 0], ['Verdrag', 0], ['Einde', 1]]],
  ])('%d per page', (perPage, expected) => {
    expect(outlineItems(slides, perPage).map(i => [i.title, i.page])).toEqual(expected)
  })
})

describe('finishPdf', () => {
  it('writes info, /Lang and an outline that the reader finds again', async () => {
    const doc = await PDFDocument.create()
    for (let i = 0; i < 4; i++)
      doc.addPage([100, 50])
    const bytes = await finishPdf(await doc.save(), pdfInfo(deck, 'slides'), outlineItems(slides))
    const facts = await readPdfFacts(bytes)
    expect(facts).toMatchObject({ title: 'Benelux', author: 'SG Benelux', subject: 'Een briefing', lang: 'nl', pages: 4 })
    expect(facts.outline.map(e => [e.title, e.page])).toEqual([['Welkom', 0], ['Verdrag', 2], ['Einde', 3]])
  })

  it('refuses an outline entry past the last page', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    await expect(finishPdf(await doc.save(), pdfInfo(deck, 'slides'), [{ title: 'X', page: 3 }])).rejects.toThrow(/page 4, but the PDF has 1/)
  })
})
