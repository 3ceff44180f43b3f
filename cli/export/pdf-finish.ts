/**
 * Finishes a PDF that Chromium printed: document info (Title, Author, Subject), the
 * catalog's /Lang, and an outline with one entry per titled slide. Chromium's own
 * outline mirrors every heading level (sub-headings, CSS-uppercased text), so it is
 * replaced by one built from the deck's slide titles. Then what PDF/UA-1 asks beyond
 * Chromium's tagging (pdf-tags.ts): XMP metadata with the PDF/UA identifier, role
 * mapping, list bodies, grouping figures as Div, artifacts, and a description (/Contents) on
 * every link.
 */
import type { PDFRef } from 'pdf-lib'
import { PDFBool, PDFDict, PDFDocument, PDFHeader, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib'
import { ui } from '../../components/i18n'
import { linkTarget } from '../shared/links'
import { markContent, retypeGroupingFigures, roleMapTypes, wrapListBodies, writeXmp } from './pdf-tags'

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
  /** The slides' `routeAlias` names and their numbers (a link to /annex goes to the slide named annex). */
  aliases?: Record<string, number>
}

const RE_SLIDE_PATH = /^\/?(\d+)\/?$/
const RE_TRAILING_SLASH = /\/?$/

/**
 * The slide a link on the print page points at, for a link back to the local server that
 * served it (`[see](/5)`, `<Link to="5">`, hash routes `/#/5`, a `routeAlias` `/annex`); null for any other URL.
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
  if (match)
    return Number(match[1])
  const to = linkTarget(path)
  return to && 'name' in to && Object.hasOwn(source.aliases ?? {}, to.name) ? source.aliases![to.name] : undefined
}

export interface LinkReport {
  /** Links turned into jumps to a page of this PDF. */
  internal: number
  /** Links to the local server that lead to no slide; their action was removed. */
  dropped: string[]
}

/** Link descriptions (/Contents), in the deck's language of the handout labels. */
export const LINK_LABELS = {
  slide: 'Naar dia',
  web: 'Koppeling naar',
  inert: 'Koppeling zonder doel',
}

/** The description (/Contents) of a link: where it goes. */
export function linkDescription(target: { slide: number, title?: string } | { uri: string } | undefined): string {
  if (!target)
    return LINK_LABELS.inert
  if ('uri' in target)
    return `${LINK_LABELS.web} ${target.uri}`
  return target.title ? `${LINK_LABELS.slide} ${target.slide}: ${target.title}` : `${LINK_LABELS.slide} ${target.slide}`
}

/**
 * Chromium prints a link to another slide as a web link to the local server the deck was
 * served from, which is gone once the export ends. Such links become jumps to the page
 * that slide starts on; links elsewhere on that server are made inert (and reported).
 * Links to other sites are left as they are.
 */
function rewriteLinks(doc: PDFDocument, source: (LinkSource & { slidePage: SlidePage, slideTitle?: (no: number) => string | undefined }) | undefined): LinkReport {
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
      const describe = (text: string) => {
        if (!annot.get(PDFName.of('Contents')))
          annot.set(PDFName.of('Contents'), PDFHexString.fromText(text))
      }
      if (!(uri instanceof PDFString || uri instanceof PDFHexString)) {
        describe(linkDescription(undefined))
        continue
      }
      const slide = source ? linkedSlide(uri.decodeText(), source) : null
      if (slide === null || !source) {
        describe(linkDescription({ uri: uri.decodeText() }))
        continue
      }
      annot.delete(PDFName.of('A'))
      const target = slide === undefined ? undefined : pages[source.slidePage(slide) ?? -1]
      if (target) {
        annot.set(PDFName.of('Dest'), context.obj([target.ref, PDFName.of('XYZ'), null, null, null]))
        describe(linkDescription({ slide: slide!, title: source.slideTitle?.(slide!) }))
        report.internal++
      }
      else {
        describe(linkDescription(undefined))
        report.dropped.push(uri.decodeText())
      }
    }
    // PDF/UA-1 7.18.3: tab order follows the structure on every page with annotations.
    if (annots?.size())
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'))
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
  links?: LinkSource & { slidePage: SlidePage, slideTitle?: (no: number) => string | undefined }
}

export interface FinishedPdf {
  bytes: Uint8Array
  pages: number
  links: LinkReport
  /** Non-standard structure types and the standard type each was mapped to. */
  roleMap: Record<string, string>
}

export async function finishPdf(printed: Uint8Array, options: FinishOptions): Promise<FinishedPdf> {
  const { info, outline, links } = options
  const doc = await PDFDocument.load(printed, { updateMetadata: false })
  const modified = new Date()
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  doc.setAuthor(info.author)
  doc.setSubject(info.subject)
  if (info.keywords?.length)
    doc.setKeywords(info.keywords)
  if (info.lang)
    doc.setLanguage(info.lang)
  doc.setProducer(PRODUCER)
  doc.setModificationDate(modified)
  writeOutline(doc, outline)
  const report = rewriteLinks(doc, links)
  // PDF/UA-1 (ISO 14289-1) on top of Chromium's tagging.
  doc.context.header = PDFHeader.forVersion(1, 7)
  writeXmp(doc, { ...info, producer: PRODUCER, creatorTool: doc.getCreator(), created: doc.getCreationDate(), modified })
  doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: PDFBool.True }))
  const roleMap = roleMapTypes(doc)
  wrapListBodies(doc)
  retypeGroupingFigures(doc)
  markContent(doc)
  return { bytes: await doc.save(), pages: doc.getPageCount(), links: report, roleMap }
}
