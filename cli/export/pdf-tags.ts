/**
 * Fixes to the structure tree that Chromium writes, for PDF/UA-1 (ISO 14289-1): role
 * mapping of the PDF 2.0 types it uses (Strong, Em) to PDF 1.7 standard types, list item
 * bodies (Chromium puts an item's content straight into LI, PDF wants LI → Lbl, LBody),
 * artifacts for all content it left unmarked, and the XMP metadata with the PDF/UA
 * identifier.
 */
import type { PDFDocument, PDFObject } from 'pdf-lib'
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib'
import { finishContent } from './pdf-content'

/** Standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
export const STANDARD_TYPES = new Set([
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'BlockQuote',
  'Caption',
  'TOC',
  'TOCI',
  'Index',
  'NonStruct',
  'Private',
  'P',
  'H',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Table',
  'TR',
  'TH',
  'TD',
  'THead',
  'TBody',
  'TFoot',
  'Span',
  'Quote',
  'Note',
  'Reference',
  'BibEntry',
  'Code',
  'Link',
  'Annot',
  'Ruby',
  'RB',
  'RT',
  'RP',
  'Warichu',
  'WT',
  'WP',
  'Figure',
  'Formula',
  'Form',
])

/** PDF 2.0 types Chromium may write, and the PDF 1.7 type each reads as. */
export const ROLE_MAP: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Title: 'P',
  FENote: 'Note',
  Aside: 'Div',
  DocumentFragment: 'Part',
}

const K = PDFName.of('K')
const S = PDFName.of('S')
const P = PDFName.of('P')
const PG = PDFName.of('Pg')
const TYPE = PDFName.of('Type')

export interface StructNode {
  ref: PDFRef
  dict: PDFDict
  type: string
}

/** Every structure element in tree (reading) order, depth first. */
export function structElements(doc: PDFDocument): StructNode[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const out: StructNode[] = []
  const seen = new Set<string>()
  const visit = (kid: PDFObject | undefined) => {
    if (kid instanceof PDFArray) {
      kid.asArray().forEach(visit)
      return
    }
    if (!(kid instanceof PDFRef) || seen.has(kid.toString()))
      return
    seen.add(kid.toString())
    const dict = doc.context.lookup(kid)
    if (!(dict instanceof PDFDict) || !(dict.get(S) instanceof PDFName))
      return
    out.push({ ref: kid, dict, type: (dict.get(S) as PDFName).decodeText() })
    visit(dict.get(K))
  }
  visit(root?.get(K))
  return out
}

/** The flat key → value view of a number tree (the ParentTree), with a setter. */
export function numberTree(doc: PDFDocument, tree: PDFDict | undefined): { get: (key: number) => PDFObject | undefined, set: (key: number, value: PDFObject) => void } {
  const entries = new Map<number, { nums: PDFArray, index: number }>()
  const visit = (node: PDFDict | undefined) => {
    if (!node)
      return
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray)
    const size = nums?.size() ?? 0
    for (let i = 0; i + 1 < size; i += 2)
      entries.set((nums!.lookup(i, PDFNumber)).asNumber(), { nums: nums!, index: i + 1 })
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
    kids?.asArray().forEach(kid => visit(doc.context.lookup(kid) as PDFDict))
  }
  visit(tree)
  return {
    get: key => entries.get(key) && doc.context.lookup(entries.get(key)!.nums.get(entries.get(key)!.index)),
    set: (key, value) => {
      const at = entries.get(key)
      if (!at)
        throw new Error(`The structure parent tree has no entry ${key}`)
      at.nums.set(at.index, value)
    },
  }
}

/** Adds a /RoleMap entry for every non-standard type in the tree; returns the mappings added. */
export function roleMapTypes(doc: PDFDocument): Record<string, string> {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root)
    return {}
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({})
  const added: Record<string, string> = {}
  for (const { type } of structElements(doc)) {
    if (STANDARD_TYPES.has(type) || roleMap.get(PDFName.of(type)) || added[type])
      continue
    added[type] = ROLE_MAP[type] ?? 'NonStruct'
    roleMap.set(PDFName.of(type), PDFName.of(added[type]))
  }
  if (Object.keys(added).length)
    root.set(PDFName.of('RoleMap'), roleMap)
  return added
}

/**
 * Gives every LI that holds content directly an LBody for it (Lbl children stay in LI):
 * moves the kids, re-parents child elements, and points the parent tree entries of moved
 * marked content and annotations at the LBody. Returns the number of LBody elements made.
 */
export function wrapListBodies(doc: PDFDocument): number {
  const { context } = doc
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root)
    return 0
  const parents = numberTree(doc, root.lookupMaybe(PDFName.of('ParentTree'), PDFDict))
  const pageParents = new Map(doc.getPages().map(p => [p.ref.toString(), p.node.get(PDFName.of('StructParents'))]))
  let made = 0
  for (const li of structElements(doc).filter(e => e.type === 'LI')) {
    const raw = li.dict.get(K)
    const kids = raw instanceof PDFArray ? raw.asArray() : raw === undefined ? [] : [raw]
    const isLbl = (kid: PDFObject) => kid instanceof PDFRef && (context.lookup(kid) as PDFDict | undefined)?.get?.(S) === PDFName.of('Lbl')
    const body = kids.filter(kid => !isLbl(kid))
    if (!body.length || (body.length === 1 && body[0] instanceof PDFRef && (context.lookup(body[0]) as PDFDict).get(S) === PDFName.of('LBody')))
      continue
    const lbodyRef = context.nextRef()
    const lbody = context.obj({ Type: 'StructElem', S: 'LBody', P: li.ref, K: body })
    const pg = li.dict.get(PG)
    if (pg)
      lbody.set(PG, pg)
    context.assign(lbodyRef, lbody)
    for (const kid of body) {
      const target = kid instanceof PDFRef ? context.lookup(kid) : kid
      if (kid instanceof PDFNumber || (target instanceof PDFDict && target.get(TYPE) === PDFName.of('MCR'))) {
        // Marked content: its page's parent tree array names the element that holds it.
        const mcid = kid instanceof PDFNumber ? kid.asNumber() : (target as PDFDict).lookup(PDFName.of('MCID'), PDFNumber).asNumber()
        // In a form XObject (/Stm), the form's own /StructParents names the array.
        const stm = target instanceof PDFDict ? target.lookup(PDFName.of('Stm')) : undefined
        const page = (target instanceof PDFDict && target.get(PG)) || pg
        const key = stm instanceof PDFRawStream ? stm.dict.get(PDFName.of('StructParents')) : page && pageParents.get(page.toString())
        const array = key instanceof PDFNumber ? parents.get(key.asNumber()) : undefined
        if (array instanceof PDFArray && mcid < array.size())
          array.set(mcid, lbodyRef)
      }
      else if (target instanceof PDFDict && target.get(TYPE) === PDFName.of('OBJR')) {
        const annot = target.lookup(PDFName.of('Obj'))
        const key = annot instanceof PDFDict ? annot.get(PDFName.of('StructParent')) : undefined
        if (key instanceof PDFNumber)
          parents.set(key.asNumber(), lbodyRef)
      }
      else if (target instanceof PDFDict) {
        target.set(P, lbodyRef)
      }
    }
    li.dict.set(K, context.obj([...kids.filter(isLbl), lbodyRef]))
    made++
  }
  return made
}

/** Page content as one byte array (a page may have several content streams). */
export function pageContent(doc: PDFDocument, pageIndex: number): Uint8Array {
  const contents = doc.getPage(pageIndex).node.Contents()
  const streams = contents instanceof PDFArray ? contents.asArray().map(r => doc.context.lookup(r)) : [contents]
  const parts = streams.map(streamBytes)
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length + 1, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    out[at + p.length] = 10
    at += p.length + 1
  }
  return out
}

/** Decoded bytes of a content stream. */
export function streamBytes(stream: PDFObject | undefined): Uint8Array {
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : new Uint8Array()
}

/** The form XObjects of a resource dictionary, by resource name. */
export function formXObjects(doc: PDFDocument, resources: PDFObject | undefined): Map<string, { ref: PDFRef, stream: PDFRawStream }> {
  const res = resources instanceof PDFRef ? doc.context.lookup(resources) : resources
  const out = new Map<string, { ref: PDFRef, stream: PDFRawStream }>()
  const xobjects = res instanceof PDFDict ? res.lookupMaybe(PDFName.of('XObject'), PDFDict) : undefined
  for (const [key, ref] of xobjects?.entries() ?? []) {
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined
    if (ref instanceof PDFRef && stream instanceof PDFRawStream && stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'))
      out.set(key.decodeText(), { ref, stream })
  }
  return out
}

const RE_MCID = /\/MCID\s/

/** Whether a form XObject holds tagged content: it has /StructParents or marked content with an MCID. */
export function isTaggedForm(stream: PDFRawStream, bytes?: Uint8Array): boolean {
  return stream.dict.has(PDFName.of('StructParents')) || RE_MCID.test(new TextDecoder('latin1').decode(bytes ?? streamBytes(stream)))
}

/**
 * Chromium tags every HTML `<figure>` as a Figure, also one that groups text (a quotation
 * with its source, a map with its legend and credit): a Figure with no /Alt whose children
 * are structure elements. ISO 32000-1 makes a Figure graphical content read by its /Alt, so
 * such a grouping becomes a Div; its graphics keep their own Figure (an `<svg role="img">`
 * named by its title and description). Returns the number retyped.
 */
export function retypeGroupingFigures(doc: PDFDocument): number {
  let made = 0
  for (const e of structElements(doc)) {
    if (e.type !== 'Figure' || e.dict.get(PDFName.of('Alt')) || e.dict.get(PDFName.of('ActualText')))
      continue
    const raw = e.dict.get(K)
    const kids = raw instanceof PDFArray ? raw.asArray() : raw === undefined ? [] : [raw]
    const groups = kids.some((kid) => {
      const d = kid instanceof PDFRef ? doc.context.lookup(kid) : undefined
      return d instanceof PDFDict && d.get(S) instanceof PDFName
    })
    if (groups) {
      e.dict.set(S, PDFName.of('Div'))
      made++
    }
  }
  return made
}

/** Structure types whose shapes are their content: their text-less marked content stays tagged. */
const GRAPHIC_TYPES = new Set(['Figure', 'Formula', 'Form', 'Link', 'Annot'])

/**
 * Artifacts for decoration, in one pass over each content stream (pages, and the form
 * XObjects with tagged content that they draw: Chromium draws each handout slide frame as
 * one):
 * - Chromium tags the backgrounds and borders an element paints (table rules in Table, card
 *   backgrounds in NonStruct) as that element's content. Marked content that shows no text
 *   and draws no image, held by an element that is not a Figure, Formula, Form, Link or
 *   Annot, becomes an artifact: its BDC is rewritten, and it leaves the element's kids and
 *   the parent tree.
 * - Chromium paints what is not in its accessibility tree (backgrounds, aria-hidden graphics)
 *   outside marked content; all of it is wrapped in /Artifact.
 */
export function markContent(doc: PDFDocument): { artifacts: number, retagged: number } {
  const { context } = doc
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const parents = numberTree(doc, root?.lookupMaybe(PDFName.of('ParentTree'), PDFDict))
  const roleMap = root?.lookupMaybe(PDFName.of('RoleMap'), PDFDict)
  const roleOf = (type: string) => STANDARD_TYPES.has(type) ? type : (roleMap?.get(PDFName.of(type)) as PDFName | undefined)?.decodeText() ?? type
  const total = { artifacts: 0, retagged: 0 }
  const done = new Set<string>()
  const formBytes = new Map<string, Uint8Array>()
  const bytesOf = (ref: PDFRef, stream: PDFRawStream) => {
    if (!formBytes.has(ref.toString()))
      formBytes.set(ref.toString(), streamBytes(stream))
    return formBytes.get(ref.toString())!
  }
  const visit = (bytes: Uint8Array, holder: PDFDict, resources: PDFObject | undefined, stm: PDFRef | undefined, page: PDFRef, replace: (bytes: Uint8Array) => void) => {
    const key = holder.get(PDFName.of('StructParents'))
    const array = key instanceof PDFNumber ? parents.get(key.asNumber()) : undefined
    const retag = (mcid: number) => {
      if (!(array instanceof PDFArray))
        return false
      const ownerRef = mcid < array.size() ? array.get(mcid) : undefined
      const owner = ownerRef instanceof PDFRef ? context.lookup(ownerRef) : undefined
      const type = owner instanceof PDFDict ? owner.get(S) : undefined
      if (!(owner instanceof PDFDict) || !(type instanceof PDFName) || GRAPHIC_TYPES.has(roleOf(type.decodeText())))
        return false
      const raw = owner.get(K)
      const kids = raw instanceof PDFArray ? raw.asArray() : raw === undefined ? [] : [raw]
      const ownPage = owner.get(PG)?.toString()
      const rest = kids.filter((kid) => {
        if (kid instanceof PDFNumber)
          return !(kid.asNumber() === mcid && !stm && ownPage === page.toString())
        const d = kid instanceof PDFRef ? context.lookup(kid) : kid
        if (!(d instanceof PDFDict) || d.get(TYPE) !== PDFName.of('MCR'))
          return true
        const sameStream = stm ? d.get(PDFName.of('Stm'))?.toString() === stm.toString() : !d.get(PDFName.of('Stm'))
        const samePage = (d.get(PG) ?? owner.get(PG))?.toString() === page.toString()
        const id = d.lookup(PDFName.of('MCID'))
        return !(id instanceof PDFNumber && id.asNumber() === mcid && sameStream && samePage)
      })
      if (rest.length === kids.length)
        return false
      if (rest.length)
        owner.set(K, context.obj(rest))
      else
        owner.delete(K)
      array.set(mcid, PDFNull)
      return true
    }
    const forms = formXObjects(doc, resources)
    const tagged = new Map([...forms].filter(([, f]) => isTaggedForm(f.stream, bytesOf(f.ref, f.stream))))
    const result = finishContent(bytes, name => tagged.has(name), retag)
    total.artifacts += result.artifacts
    total.retagged += result.retagged
    if (result.bytes !== bytes)
      replace(result.bytes)
    for (const { ref, stream } of tagged.values()) {
      if (done.has(ref.toString()))
        continue
      done.add(ref.toString())
      visit(bytesOf(ref, stream), stream.dict, stream.dict.get(PDFName.of('Resources')) ?? resources, ref, page, bytes => replaceStream(doc, ref, stream, bytes))
    }
  }
  doc.getPages().forEach((page, i) => {
    visit(pageContent(doc, i), page.node, page.node.Resources(), undefined, page.ref, (bytes) => {
      page.node.set(PDFName.of('Contents'), context.register(context.flateStream(bytes)))
    })
  })
  return total
}

/** Replaces a stream's content, keeping its dictionary (but its filter and length). */
function replaceStream(doc: PDFDocument, ref: PDFRef, stream: PDFRawStream, bytes: Uint8Array): void {
  const next = doc.context.flateStream(bytes)
  for (const [key, value] of stream.dict.entries()) {
    if (!['Filter', 'DecodeParms', 'Length'].includes(key.decodeText()))
      next.dict.set(key, value)
  }
  doc.context.assign(ref, next)
}

export interface XmpInfo {
  title: string
  author: string
  subject: string
  lang: string
  keywords?: string[]
  producer: string
  creatorTool?: string
  created?: Date
  modified: Date
}

const RE_AMP = /&/g
const RE_LT = /</g
const RE_GT = />/g
const RE_QUOT = /"/g
const RE_MILLIS = /\.\d{3}Z$/

const escapeXml = (s: string) => s.replace(RE_AMP, '&amp;').replace(RE_LT, '&lt;').replace(RE_GT, '&gt;').replace(RE_QUOT, '&quot;')

/** XMP packet with Dublin Core, PDF and XMP basic properties, and pdfuaid:part 1. */
export function xmpPacket(info: XmpInfo): string {
  const lang = escapeXml(info.lang || 'x-default')
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li>${info.lang ? `<rdf:li xml:lang="${lang}">${escapeXml(value)}</rdf:li>` : ''}</rdf:Alt>`
  const date = (d: Date) => d.toISOString().replace(RE_MILLIS, 'Z')
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(info.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(info.subject)}</dc:description>`,
    info.lang ? `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>` : '',
    info.keywords?.length ? `<dc:subject><rdf:Bag>${info.keywords.map(k => `<rdf:li>${escapeXml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>` : '',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${escapeXml(info.producer)}</pdf:Producer>`,
    info.keywords?.length ? `<pdf:Keywords>${escapeXml(info.keywords.join(', '))}</pdf:Keywords>` : '',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    info.creatorTool ? `<xmp:CreatorTool>${escapeXml(info.creatorTool)}</xmp:CreatorTool>` : '',
    info.created ? `<xmp:CreateDate>${date(info.created)}</xmp:CreateDate>` : '',
    `<xmp:ModifyDate>${date(info.modified)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date(info.modified)}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ]
  return lines.filter(Boolean).join('\n')
}

/** Puts the XMP packet into the catalog as an uncompressed metadata stream. */
export function writeXmp(doc: PDFDocument, info: XmpInfo): void {
  const stream = doc.context.stream(new TextEncoder().encode(xmpPacket(info)), { Type: 'Metadata', Subtype: 'XML' })
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream))
}
