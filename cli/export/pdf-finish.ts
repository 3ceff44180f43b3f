/**
 * Finishes a PDF that Chromium printed: document info (Title, Author, Subject), the
 * catalog's /Lang, and an outline with one entry per titled slide. Chromium's own
 * outline mirrors every heading level (sub-headings, CSS-uppercased text), so it is
 * replaced by one built from the deck's slide titles.
 */
import type { PDFRef } from 'pdf-lib'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib'
import { ui } from '../../components/i18n'

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
export function pdfInfo(deck: { title: string, author: string, description: string, lang: string }, kind: 'slides' | 'handout' | 'handout-3up' | 'bilingual'): PdfInfo {
  const suffix = kind === 'slides' ? '' : ui(deck.lang).pdfTitle[kind]
  return {
    title: `${deck.title}${suffix}`,
    author: deck.author,
    subject: deck.description.replace(RE_SPACE, ' ').trim(),
    lang: deck.lang,
  }
}

/** 0-based page index on which a slide (by number) starts. */
export type SlidePage = (no: number) => number | undefined

/** One slide per page, in order. */
export const pagePerSlide: SlidePage = no => no - 1

/** Outline entries for slides with a title, at the page each starts on. */
export function outlineItems(slides: { no: number, title: string }[], slidePage: SlidePage = pagePerSlide): OutlineItem[] {
  return slides
    .filter(slide => slide.title)
    .map((slide) => {
      const page = slidePage(slide.no)
      if (page === undefined)
        throw new Error(`Slide ${slide.no} "${slide.title}" is on no page of the PDF`)
      return { title: slide.title, page }
    })
}

/** Where the page that Chromium printed was served from, to recognise links back to it. */
export interface LinkSource {
  /** e.g. http://127.0.0.1:43799 */
  origin: string
  /** Base path the deck was built for, e.g. / or /briefing/ */
  base?: string
}

const RE_SLIDE_PATH = /^\/?(\d+)\/?$/
const RE_TRAILING_SLASH = /\/?$/

/**
 * The slide a link on the print page points at, for a link back to the local server that
 * served it (`[see](/5)`, `<Link to="5">`, hash routes `/#/5`); null for any other URL.
 * undefined when the link goes to that server but not to a slide (e.g. /presenter).
 */
export function linkedSlide(uri: string, source: LinkSource): number | null | undefined {
  let url: URL
  try {
    url = new URL(uri)
  }
  catch {
    return null
  }
  if (url.origin !== source.origin)
    return null
  const base = (source.base ?? '/').replace(RE_TRAILING_SLASH, '/')
  let path = url.pathname.startsWith(base) ? url.pathname.slice(base.length - 1) : url.pathname
  if ((path === '/' || path === '') && url.hash.startsWith('#/'))
    path = url.hash.slice(1)
  const match = RE_SLIDE_PATH.exec(path)
  return match ? Number(match[1]) : undefined
}

export interface LinkReport {
  /** Links turned into jumps to a page of this PDF. */
  internal: number
  /** Links to the local server that lead to no slide; their action was removed. */
  dropped: string[]
}

/**
 * Chromium prints a link to another slide as a web link to the local server the deck was
 * served from, which is gone once the export ends. Such links become jumps to the page
 * that slide starts on; links elsewhere on that server are made inert (and reported).
 * Links to other sites are left as they are.
 */
function rewriteLinks(doc: PDFDocument, source: LinkSource & { slidePage: SlidePage }): LinkReport {
  const { context } = doc
  const pages = doc.getPages()
  const report: LinkReport = { internal: 0, dropped: [] }
  for (const page of pages) {
    const annots = page.node.Annots()
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = context.lookup(annots!.get(i))
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link'))
        continue
      const action = context.lookup(annot.get(PDFName.of('A')))
      const uri = action instanceof PDFDict ? action.get(PDFName.of('URI')) : undefined
      if (!(uri instanceof PDFString || uri instanceof PDFHexString))
        continue
      const slide = linkedSlide(uri.decodeText(), source)
      if (slide === null)
        continue
      annot.delete(PDFName.of('A'))
      const target = slide === undefined ? undefined : pages[source.slidePage(slide) ?? -1]
      if (target) {
        annot.set(PDFName.of('Dest'), context.obj([target.ref, PDFName.of('XYZ'), null, null, null]))
        report.internal++
      }
      else {
        report.dropped.push(uri.decodeText())
      }
    }
  }
  return report
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

export interface FinishOptions {
  info: PdfInfo
  outline: OutlineItem[]
  /** Set to turn links back to the print page's server into jumps within the PDF. */
  links?: LinkSource & { slidePage: SlidePage }
}

export interface FinishedPdf {
  bytes: Uint8Array
  pages: number
  links: LinkReport
}

export async function finishPdf(printed: Uint8Array, options: FinishOptions): Promise<FinishedPdf> {
  const { info, outline, links } = options
  const doc = await PDFDocument.load(printed, { updateMetadata: false })
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
  const report = links ? rewriteLinks(doc, links) : { internal: 0, dropped: [] }
  return { bytes: await doc.save(), pages: doc.getPageCount(), links: report }
}
