import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { readPdfFacts } from '../../tests/support/pdf-facts'
import { finishPdf, linkedSlide, outlineItems, pagePerSlide, pdfInfo } from './pdf-finish'

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

  it.each([
    ['handout', 'Benelux (document avec notes de l’orateur)'],
    ['handout-3up', 'Benelux (document, trois diapositives par page)'],
    ['bilingual', 'Benelux (document bilingue)'],
  ] as const)('%s in French', (kind, title) => {
    expect(pdfInfo({ ...deck, lang: 'fr' }, kind)).toMatchObject({ title, lang: 'fr' })
  })
})

describe('outlineItems', () => {
  it.each([
    ['one page per slide', pagePerSlide, [['Welkom', 0], ['Verdrag', 2], ['Einde', 3]]],
    ['three per page', (no: number) => Math.floor((no - 1) / 3), [['Welkom', 0], ['Verdrag', 0], ['Einde', 1]]],
    ['notes continued on a second page', (no: number) => (no <= 2 ? no - 1 : no), [['Welkom', 0], ['Verdrag', 3], ['Einde', 4]]],
  ] as const)('%s', (_, slidePage, expected) => {
    expect(outlineItems(slides, slidePage).map(i => [i.title, i.page])).toEqual(expected)
  })

  it('names a titled slide that lands on no page', () => {
    expect(() => outlineItems(slides, no => (no === 3 ? undefined : no - 1))).toThrow(/Slide 3 "Verdrag" is on no page/)
  })
})

describe('linkedSlide', () => {
  const source = { origin: 'http://127.0.0.1:4321' }
  it.each([
    ['http://127.0.0.1:4321/5', 5],
    ['http://127.0.0.1:4321/12/', 12],
    ['http://127.0.0.1:4321/5?clicks=2', 5],
    ['http://127.0.0.1:4321/#/7', 7],
    ['http://127.0.0.1:4321/presenter/3', undefined],
    ['http://127.0.0.1:4321/overview', undefined],
    ['https://www.benelux.int/5', null],
    ['http://127.0.0.1:9999/5', null],
    ['mailto:info@benelux.int', null],
    ['not a url', null],
  ])('%s', (uri, expected) => {
    expect(linkedSlide(uri, source)).toBe(expected)
  })

  it('reads a link to a slide\'s routeAlias as that slide, and another name as no slide', () => {
    const named = { ...source, aliases: { annex: 3 } }
    expect(linkedSlide('http://127.0.0.1:4321/annex', named)).toBe(3)
    expect(linkedSlide('http://127.0.0.1:4321/other', named)).toBeUndefined()
    expect(linkedSlide('http://127.0.0.1:4321/constructor', named)).toBeUndefined()
    expect(linkedSlide('http://127.0.0.1:4321/annex', source)).toBeUndefined()
  })

  it('reads slide links under a base path', () => {
    expect(linkedSlide('http://127.0.0.1:4321/briefing/4', { ...source, base: '/briefing/' })).toBe(4)
  })
})

/** A PDF with one link annotation per URI on its first page. */
async function pdfWithLinks(pages: number, uris: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++)
    doc.addPage([100, 50])
  const first = doc.getPage(0)
  const annots = uris.map(uri => doc.context.register(doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [0, 0, 10, 10],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) },
  })))
  first.node.set(PDFName.of('Annots'), doc.context.obj(annots))
  return doc.save()
}

function firstPageLinks(doc: PDFDocument): PDFDict[] {
  const annots = doc.getPage(0).node.Annots()!
  return Array.from({ length: annots.size() }, (_, i) => doc.context.lookup(annots.get(i)) as PDFDict)
}

describe('finishPdf', () => {
  it('writes info, /Lang and an outline that the reader finds again', async () => {
    const doc = await PDFDocument.create()
    for (let i = 0; i < 4; i++)
      doc.addPage([100, 50])
    const done = await finishPdf(await doc.save(), { info: pdfInfo(deck, 'slides'), outline: outlineItems(slides) })
    expect(done.pages).toBe(4)
    const facts = await readPdfFacts(done.bytes)
    expect(facts).toMatchObject({ title: 'Benelux', author: 'SG Benelux', subject: 'Een briefing', lang: 'nl', pages: 4 })
    expect(facts.outline.map(e => [e.title, e.page])).toEqual([['Welkom', 0], ['Verdrag', 2], ['Einde', 3]])
  })

  it('refuses an outline entry past the last page', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    await expect(finishPdf(await doc.save(), { info: pdfInfo(deck, 'slides'), outline: [{ title: 'X', page: 3 }] })).rejects.toThrow(/page 4, but the PDF has 1/)
  })

  it('turns links to slides on the print server into jumps to their page, keeps other sites and makes other local links inert', async () => {
    const printed = await pdfWithLinks(4, ['http://127.0.0.1:4321/3', 'https://www.benelux.int/', 'http://127.0.0.1:4321/presenter/1'])
    const done = await finishPdf(printed, {
      info: pdfInfo(deck, 'handout'),
      outline: [],
      links: { origin: 'http://127.0.0.1:4321', slidePage: no => no },
    })
    expect(done.links).toEqual({ internal: 1, dropped: ['http://127.0.0.1:4321/presenter/1'] })
    const doc = await PDFDocument.load(done.bytes)
    const [toSlide, external, local] = firstPageLinks(doc)
    const dest = toSlide!.lookup(PDFName.of('Dest')) as unknown as { get: (i: number) => unknown }
    expect(String(dest.get(0))).toBe(String(doc.getPage(3).ref))
    expect(toSlide!.get(PDFName.of('A'))).toBeUndefined()
    expect(String(external!.lookup(PDFName.of('A'), PDFDict).get(PDFName.of('URI')))).toBe('(https://www.benelux.int/)')
    expect(local!.get(PDFName.of('A'))).toBeUndefined()
    expect(local!.get(PDFName.of('Dest'))).toBeUndefined()
  })

  it('leaves links alone when not asked to rewrite them', async () => {
    const done = await finishPdf(await pdfWithLinks(2, ['http://127.0.0.1:4321/2']), { info: pdfInfo(deck, 'slides'), outline: [] })
    expect(done.links).toEqual({ internal: 0, dropped: [] })
    expect(firstPageLinks(await PDFDocument.load(done.bytes))[0]!.get(PDFName.of('A'))).toBeDefined()
  })
})
