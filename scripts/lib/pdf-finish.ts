/**
 * Finishes a PDF that Chromium printed: document info (Title, Author, Subject), the
 * catalog's /Lang, and an outline with one entry per titled slide. Chromium's own
 * outline mirrors every heading level (sub-headings, CSS-uppercased text), so it is
 * replaced by one built from the deck's slide titles.
 */
import type { PDFRef } from 'pdf-lib'
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib'

export interface PdfInfo {
  title: string
  author: string
  subject: string
  /** BCP 47 tag for the catalog's /Lang, e.g. nl */
  lang: string
  keywords?: string[]
}

export interface OutlineItem {
  title: string
  /** 0-based page index. */
  page: number
}

const RE_SPACE = /\s+/g

export const PRODUCER = 'benelux-briefing export (Slidev, Chromium, pdf-lib)'

/** Document info for one export kind, from the deck's headmatter. */
export function pdfInfo(deck: { title: string, author: string, description: string, lang: string }, kind: 'slides' | 'handout' | 'handout-3up'): PdfInfo {
  const suffix = kind === 'slides' ? '' : kind === 'handout' ? ' (hand-out met sprekersnotities)' : ' (hand-out, drie dia\'s per pagina)'
  return {
    title: `${deck.title}${suffix}`,
    author: deck.author,
    subject: deck.description.replace(RE_SPACE, ' ').trim(),
    lang: deck.lang,
  }
}

/** Outline entries for slides with a title, at the page each lands on. */
export function outlineItems(slides: { no: number, title: string }[], perPage = 1): OutlineItem[] {
  return slides
    .filter(slide => slide.title)
    .map(slide => ({ title: slide.title, page: Math.floor((slide.no - 1) / perPage) }))
}

function writeOutline(doc: PDFDocument, items: OutlineItem[]): void {
  const { context, catalog } = doc
  const pages = doc.getPages()
  const rootRef = context.nextRef()
  const refs: PDFRef[] = items.map(() => context.nextRef())
  items.forEach((item, i) => {
    const page = pages[item.page]
    if (!page)
      throw new Error(`Outline entry "${item.title}" points at page ${item.page + 1}, but the PDF has ${pages.length}`)
    const entry = context.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: rootRef,
      Dest: [page.ref, PDFName.of('XYZ'), null, null, null],
    })
    if (i > 0)
      entry.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < items.length - 1)
      entry.set(PDFName.of('Next'), refs[i + 1]!)
    context.assign(refs[i]!, entry)
  })
  const root = context.obj({ Type: 'Outlines', Count: PDFNumber.of(items.length) })
  if (items.length) {
    root.set(PDFName.of('First'), refs[0]!)
    root.set(PDFName.of('Last'), refs.at(-1)!)
  }
  context.assign(rootRef, root)
  catalog.set(PDFName.of('Outlines'), rootRef)
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

export async function finishPdf(bytes: Uint8Array, info: PdfInfo, outline: OutlineItem[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  doc.setAuthor(info.author)
  doc.setSubject(info.subject)
  if (info.keywords?.length)
    doc.setKeywords(info.keywords)
  if (info.lang)
    doc.setLanguage(info.lang)
  doc.setProducer(PRODUCER)
  doc.setModificationDate(new Date())
  writeOutline(doc, outline)
  return doc.save()
}
