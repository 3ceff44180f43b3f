/** Reads what the export tests check from a PDF's catalog: outline, tagging, language, metadata. */
import type { PDFDict } from 'pdf-lib'
import { PDFBool, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'

export interface OutlineEntry {
  title: string
  /** 0-based index of the page the entry points at; -1 when it cannot be resolved. */
  page: number
  children: OutlineEntry[]
}

export interface LinkFact {
  /** 0-based page the link is on. */
  page: number
  /** Web address, for a link out of the document. */
  uri?: string
  /** 0-based page a link within the document jumps to. */
  dest?: number
}

export interface PdfFacts {
  pages: number
  links: LinkFact[]
  /** Page sizes in pt, [width, height]. */
  sizes: [number, number][]
  outline: OutlineEntry[]
  marked: boolean
  hasStructTree: boolean
  lang: string
  title: string
  author: string
  subject: string
}

function text(value: unknown): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : ''
}

export async function readPdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const { catalog, context } = doc
  const pageRefs = doc.getPages().map(p => p.ref)
  const dict = (value: unknown) => (value instanceof PDFRef ? context.lookup(value) : value) as PDFDict | undefined

  function links(): LinkFact[] {
    return doc.getPages().flatMap((page, index) => {
      const annots = page.node.Annots()
      return Array.from({ length: annots?.size() ?? 0 }, (_, i) => dict(annots!.get(i))!)
        .filter(annot => annot.get(PDFName.of('Subtype')) === PDFName.of('Link'))
        .map((annot) => {
          const uri = dict(annot.get(PDFName.of('A')))?.get(PDFName.of('URI'))
          return { page: index, ...(uri ? { uri: text(uri) } : {}), ...(annot.get(PDFName.of('Dest')) ? { dest: pageOf(annot) } : {}) }
        })
    })
  }

  function pageOf(entry: PDFDict): number {
    let dest = dict(entry.get(PDFName.of('Dest'))) as unknown
    const action = dict(entry.get(PDFName.of('A')))
    if (!dest && action)
      dest = dict(action.get(PDFName.of('D')))
    const first = (dest as { get?: (i: number) => unknown } | undefined)?.get?.(0)
    return first instanceof PDFRef ? pageRefs.findIndex(r => r === first || r.toString() === first.toString()) : -1
  }

  function walk(first: unknown): OutlineEntry[] {
    const entries: OutlineEntry[] = []
    for (let node = dict(first); node; node = dict(node.get(PDFName.of('Next')))) {
      entries.push({
        title: text(node.get(PDFName.of('Title'))),
        page: pageOf(node),
        children: walk(node.get(PDFName.of('First'))),
      })
    }
    return entries
  }

  const outlines = dict(catalog.get(PDFName.of('Outlines')))
  const markInfo = dict(catalog.get(PDFName.of('MarkInfo')))
  return {
    pages: doc.getPageCount(),
    links: links(),
    sizes: doc.getPages().map(p => [p.getWidth(), p.getHeight()]),
    outline: outlines ? walk(outlines.get(PDFName.of('First'))) : [],
    marked: markInfo?.get(PDFName.of('Marked')) === PDFBool.True,
    hasStructTree: !!catalog.get(PDFName.of('StructTreeRoot')),
    lang: text(catalog.get(PDFName.of('Lang'))),
    title: doc.getTitle() ?? '',
    author: doc.getAuthor() ?? '',
    subject: doc.getSubject() ?? '',
  }
}
