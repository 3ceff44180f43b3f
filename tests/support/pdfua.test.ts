import type { PDFArray, PDFRef } from 'pdf-lib'
import { PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { finishPdf, pdfInfo } from '../../cli/export/pdf-finish'
import { checkPdfUa, elements, readingOrderText, readPages, taggedTables } from './pdfua'

interface Elem { s: string, mcid?: number, alt?: string, kids?: Elem[], link?: boolean, attrs?: Record<string, string>, shape?: boolean }

/**
 * A small tagged PDF shaped like Chromium's: a Document element with the given elements,
 * one page whose content holds MCID n for each element with `mcid`, a link annotation for an
 * element with `link`, plus `extra` content after the tagged content.
 */
async function taggedPdf(elements: Elem[], options: { extra?: string, finish?: boolean, text?: boolean } = {}): Promise<PDFDocument> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([200, 200])
  const { context } = doc
  const rootRef = context.nextRef()
  const parentArray: PDFRef[] = []
  const annots: PDFRef[] = []
  let content = ''
  if (options.text) {
    const font = await doc.embedFont(StandardFonts.Helvetica)
    page.node.setFontDictionary(PDFName.of('F1'), font.ref)
  }
  let linkParent: PDFRef | undefined
  const build = (e: Elem, parent: PDFRef): PDFRef => {
    const ref = context.nextRef()
    const kids: unknown[] = []
    if (e.mcid !== undefined) {
      kids.push(PDFNumber.of(e.mcid))
      parentArray[e.mcid] = ref
      content += options.text && !e.shape ? `/${e.s} <</MCID ${e.mcid}>> BDC BT /F1 10 Tf 10 ${10 + e.mcid * 12} Td (${e.s} ${e.mcid}) Tj ET EMC\n` : `/${e.s} <</MCID ${e.mcid}>> BDC 0 ${e.mcid} 10 1 re f EMC\n`
    }
    if (e.link) {
      const annot = context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: { S: 'URI', URI: PDFString.of('https://www.benelux.int/') }, StructParent: 1 }))
      annots.push(annot)
      kids.push(context.obj({ Type: 'OBJR', Obj: annot, Pg: page.ref }))
      linkParent = ref
    }
    const dict = context.obj({ Type: 'StructElem', S: e.s, P: parent, Pg: page.ref })
    if (e.alt)
      dict.set(PDFName.of('Alt'), PDFHexString.fromText(e.alt))
    if (e.attrs)
      dict.set(PDFName.of('A'), context.obj({ O: 'Table', ...Object.fromEntries(Object.entries(e.attrs).map(([k, v]) => [k, PDFName.of(v)])) }))
    context.assign(ref, dict)
    for (const kid of e.kids ?? []) kids.push(build(kid, ref))
    dict.set(PDFName.of('K'), context.obj(kids as never))
    return ref
  }
  const docElem = build({ s: 'Document', kids: elements }, rootRef)
  content += options.extra ?? ''
  page.node.set(PDFName.of('Contents'), context.register(context.stream(content)))
  page.node.set(PDFName.of('StructParents'), PDFNumber.of(0))
  if (annots.length) {
    page.node.set(PDFName.of('Annots'), context.obj(annots))
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'))
  }
  const nums: unknown[] = [PDFNumber.of(0), context.obj(parentArray)]
  if (linkParent)
    nums.push(PDFNumber.of(1), linkParent)
  context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: docElem, ParentTree: { Nums: nums as never }, ParentTreeNextKey: 2 }))
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef)
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: PDFBool.True }))
  doc.catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: PDFBool.True }))
  if (!options.finish)
    return PDFDocument.load(await doc.save())
  const done = await finishPdf(await doc.save(), { info: pdfInfo({ title: 'Benelux & co', author: 'SG Benelux', description: 'Een briefing', lang: 'nl' }, 'slides'), outline: [] })
  return PDFDocument.load(done.bytes)
}

/** What Chromium writes for a slide: heading, a PDF 2.0 Strong, a list item without LBody, a figure, a table and a link. */
const CHROMIUM_LIKE: Elem[] = [
  { s: 'H1', mcid: 0 },
  { s: 'P', kids: [{ s: 'NonStruct', mcid: 1 }, { s: 'Strong', kids: [{ s: 'NonStruct', mcid: 2 }] }] },
  { s: 'L', kids: [{ s: 'LI', kids: [{ s: 'Lbl', mcid: 3 }, { s: 'NonStruct', mcid: 4 }] }, { s: 'LI', mcid: 5, kids: [{ s: 'H2', mcid: 6 }] }] },
  { s: 'Figure', alt: 'Kaart van de Benelux', mcid: 7, shape: true },
  { s: 'Figure', mcid: 12, shape: true, kids: [{ s: 'BlockQuote', mcid: 13 }, { s: 'Caption', mcid: 14 }] },
  { s: 'Table', mcid: 11, shape: true, kids: [{ s: 'TR', kids: [{ s: 'TH', mcid: 8, attrs: { Scope: 'Column' } }] }, { s: 'TR', kids: [{ s: 'TD', mcid: 9 }] }] },
  { s: 'P', kids: [{ s: 'Link', mcid: 10, link: true }] },
]
const UNMARKED = 'q 1 0 0 rg 0 0 200 200 re f Q\n'

const failing = (report: Record<string, string[]>) => Object.fromEntries(Object.entries(report).filter(([, v]) => v.length))

describe('finishPdf makes a Chromium-like tagged PDF pass every PDF/UA check', () => {
  it('before finishing: no XMP, unmapped Strong, LI without LBody, unmarked content, link without /Contents', async () => {
    const report = checkPdfUa(await taggedPdf(CHROMIUM_LIKE, { extra: UNMARKED, text: true }))
    expect(report.metadata).toEqual(['catalog has no /Metadata stream (XMP)'])
    expect(report.roleMap).toEqual(['structure type Strong is not standard and has no role mapping to a standard type'])
    expect(report.lists).toHaveLength(2)
    expect(report.lists[0]).toMatch(/LI .* holds NonStruct; a list item holds Lbl and LBody/)
    expect(report.content).toEqual([expect.stringMatching(/^page 1: 2 content operator\(s\) neither tagged nor artifact \(first: re at offset/)])
    expect(report.links).toEqual(['page 1, annotation 1 (Link) has no /Contents'])
    expect(report.catalog).toEqual(['catalog /Lang is missing', 'document info has no Title'])
    expect(report.tables).toEqual([])
    expect(report.figures).toEqual([expect.stringMatching(/^Figure .* has no \/Alt$/)])
  })

  it('after finishing: every condition holds', async () => {
    const doc = await taggedPdf(CHROMIUM_LIKE, { extra: UNMARKED, finish: true, text: true })
    // Helvetica is one of the 14 standard fonts, never embedded: the only failure left.
    expect(failing(checkPdfUa(doc))).toEqual({ fonts: ['font Helvetica has no /ToUnicode', 'font Helvetica is not embedded'] })
    const roleMap = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('RoleMap'), PDFDict)
    expect(String(roleMap.get(PDFName.of('Strong')))).toBe('/Span')
  })

  it('turns the shapes a Table paints (its rules) into artifacts, and keeps a Figure\'s shapes tagged', async () => {
    const doc = await taggedPdf(CHROMIUM_LIKE, { finish: true, text: true })
    const table = elements(doc).find(e => e.type === 'Table')!
    expect(String(table.dict.get(PDFName.of('K')))).not.toMatch(/^\[ 11 |\b11\b/)
    const facts = readPages(doc)[0]!.facts
    expect(facts.mcids.map(m => m.mcid)).not.toContain(11)
    expect(facts.mcids.map(m => m.mcid)).toContain(7)
    expect(readingOrderText(doc).find(e => e.type === 'H1')?.text).toBe('H1 0')
  })

  it('makes a Figure without /Alt that groups text (an HTML figure with a quotation) a Div, whose own shapes become artifacts', async () => {
    const doc = await taggedPdf(CHROMIUM_LIKE, { finish: true, text: true })
    const group = elements(doc).find(e => e.type === 'Div')!
    expect(group).toBeDefined()
    expect(String(group.dict.get(PDFName.of('K')))).not.toMatch(/\b12\b/)
    expect(elements(doc).filter(e => e.type === 'Figure').map(e => e.dict.get(PDFName.of('Alt')) !== undefined)).toEqual([true])
  })
})

describe('checkPdfUa names what breaks', () => {
  const conforming = () => taggedPdf(CHROMIUM_LIKE, { extra: UNMARKED, finish: true, text: true })

  it('xMP: missing fields and the PDF/UA identifier', async () => {
    const doc = await conforming()
    doc.catalog.delete(PDFName.of('Metadata'))
    expect(checkPdfUa(doc).metadata).toEqual(['catalog has no /Metadata stream (XMP)'])
    const other = await conforming()
    const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description><dc:title>T</dc:title><pdfuaid:part>2</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta>'
    other.catalog.set(PDFName.of('Metadata'), other.context.register(other.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })))
    expect(checkPdfUa(other).metadata).toEqual([
      'XMP has no dc:creator',
      'XMP has no dc:description',
      'XMP has no dc:language',
      'XMP pdfuaid:part is "2", expected 1',
      'XMP dc:title differs from the document info Title "Benelux & co"',
    ])
  })

  it('catalog: DisplayDocTitle, Lang, Marked', async () => {
    const doc = await conforming()
    doc.catalog.set(PDFName.of('ViewerPreferences'), doc.context.obj({}))
    doc.catalog.delete(PDFName.of('Lang'))
    doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: PDFBool.False }))
    expect(checkPdfUa(doc).catalog).toEqual(['/ViewerPreferences /DisplayDocTitle is not true', 'catalog /Lang is missing', '/MarkInfo /Marked is not true'])
  })

  it('figures without /Alt, unmapped types, headings that skip a level', async () => {
    const report = checkPdfUa(await taggedPdf([{ s: 'H2', mcid: 0 }, { s: 'H4', mcid: 1 }, { s: 'Figure', mcid: 2 }, { s: 'Em', mcid: 3 }]))
    expect(report.figures).toEqual([expect.stringMatching(/^Figure \d+ 0 R on page 1 has no \/Alt$/)])
    expect(report.roleMap).toEqual(['structure type Em is not standard and has no role mapping to a standard type'])
    expect(report.headings).toEqual([expect.stringMatching(/^the first heading is H2, not H1/), expect.stringMatching(/^H4 follows H2, skipping a level/)])
  })

  it('tables: TH without /Scope, a table without header cells, a row holding a paragraph', async () => {
    const report = checkPdfUa(await taggedPdf([
      { s: 'Table', kids: [{ s: 'TR', kids: [{ s: 'TH', mcid: 0 }] }] },
      { s: 'Table', kids: [{ s: 'TR', kids: [{ s: 'TD', mcid: 1 }, { s: 'P', mcid: 2 }] }] },
    ]))
    expect(report.tables).toEqual([
      expect.stringMatching(/^TH .* has no \/Scope$/),
      expect.stringMatching(/^TR .* holds P$/),
      expect.stringMatching(/^Table .* has no TH cells$/),
    ])
  })

  it('content: MCID that no element holds, an element whose MCID is not in the content, an MCID inside an artifact', async () => {
    const report = checkPdfUa(await taggedPdf([{ s: 'H1', mcid: 0 }, { s: 'P', mcid: 1 }], { extra: '/P <</MCID 7>> BDC 0 0 1 1 re f EMC\n/Artifact BMC /Span <</MCID 8>> BDC EMC EMC\n' }))
    expect(report.content).toEqual(expect.arrayContaining([
      'page 1: MCID 7 belongs to 0 structure elements',
      expect.stringMatching(/^page 1: MCID 8 inside an Artifact/),
    ]))
    const missing = await taggedPdf([{ s: 'H1', mcid: 0 }])
    missing.getPage(0).node.set(PDFName.of('Contents'), missing.context.register(missing.context.stream('/Artifact BMC 0 0 1 1 re f EMC')))
    expect(checkPdfUa(missing).content).toEqual(['page 1: the structure tree holds MCID 0, which the content lacks'])
  })

  it('links: no /StructParent, no Link element, no /Tabs', async () => {
    const doc = await conforming()
    const page = doc.getPage(0)
    const annot = doc.context.lookup((page.node.Annots() as PDFArray).get(0), PDFDict)
    annot.delete(PDFName.of('StructParent'))
    page.node.delete(PDFName.of('Tabs'))
    expect(checkPdfUa(doc).links).toEqual(['page 1 has annotations but no /Tabs /S', 'page 1, annotation 1 (Link) has no /StructParent'])
  })

  it('fonts: a font that is not embedded and has no ToUnicode', async () => {
    const report = checkPdfUa(await taggedPdf([{ s: 'H1', mcid: 0 }], { text: true }))
    expect(report.fonts).toEqual(['font Helvetica has no /ToUnicode', 'font Helvetica is not embedded'])
  })

  it('lists: an LI outside L', async () => {
    const report = checkPdfUa(await taggedPdf([{ s: 'LI', kids: [{ s: 'LBody', mcid: 0 }] }]))
    expect(report.lists).toEqual([expect.stringMatching(/^LI .* is not in an L$/)])
  })
})

describe('readingOrderText', () => {
  it('gives the text of each element in structure order, and the check finds text out of page order', async () => {
    const doc = await taggedPdf([{ s: 'H1', mcid: 1 }, { s: 'P', mcid: 0 }], { text: true })
    expect(readingOrderText(doc).map(e => [e.type, e.text])).toEqual([['H1', 'H1 1'], ['P', 'P 0']])
    expect(checkPdfUa(doc).readingOrder).toEqual([])
  })
})

describe('taggedTables', () => {
  it('reads each Table with the Figure before it, its caption and its cells (through THead/TBody and nested content)', async () => {
    const doc = await taggedPdf([
      { s: 'Div', kids: [
        { s: 'Figure', alt: 'Grafiek', mcid: 0, shape: true },
        { s: 'NonStruct', kids: [{ s: 'Table', kids: [
          { s: 'Caption', kids: [{ s: 'NonStruct', mcid: 1 }] },
          { s: 'THead', kids: [{ s: 'TR', kids: [{ s: 'TH', mcid: 2, attrs: { Scope: 'Column' } }, { s: 'TH', mcid: 3, attrs: { Scope: 'Column' } }] }] },
          { s: 'TBody', kids: [{ s: 'TR', kids: [{ s: 'TH', mcid: 4, attrs: { Scope: 'Row' } }, { s: 'TD', kids: [{ s: 'NonStruct', mcid: 5 }] }] }] },
        ] }] },
      ] },
      { s: 'Table', kids: [{ s: 'TR', kids: [{ s: 'TD', mcid: 6 }] }] },
    ], { text: true })
    expect(taggedTables(doc)).toEqual([
      {
        page: 0,
        figureAlt: 'Grafiek',
        caption: 'NonStruct 1',
        rows: [
          [{ role: 'TH', scope: 'Column', text: 'TH 2' }, { role: 'TH', scope: 'Column', text: 'TH 3' }],
          [{ role: 'TH', scope: 'Row', text: 'TH 4' }, { role: 'TD', text: 'NonStruct 5' }],
        ],
      },
      // The figure is the one before the first table only.
      { page: 0, figureAlt: undefined, caption: '', rows: [[{ role: 'TD', text: 'TD 6' }]] },
    ])
  })
})
