/**
 * Checks a PDF against the machine-checkable conditions of PDF/UA-1 (ISO 14289-1) that
 * our exports must meet, as pure functions over a pdf-lib document. Each check returns
 * the problems it found, each naming where (page, structure element, font); an empty list
 * means the condition holds. What a machine cannot judge (whether an alternative text is
 * good, whether the reading order makes sense) is left to a human: see
 * docs/pdf-accessibility.md.
 */
import type { PDFObject } from 'pdf-lib'
import type { ContentSource, MarkedContentFacts } from '../../cli/export/pdf-content'
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString } from 'pdf-lib'
import { parseToUnicode, readMarkedContent } from '../../cli/export/pdf-content'
import { formXObjects, numberTree, pageContent, STANDARD_TYPES, streamBytes, structElements } from '../../cli/export/pdf-tags'

export const PDFUA_CONDITIONS = ['metadata', 'catalog', 'roleMap', 'figures', 'content', 'headings', 'lists', 'tables', 'links', 'fonts', 'readingOrder'] as const
export type PdfUaCondition = typeof PDFUA_CONDITIONS[number]
export type PdfUaReport = Record<PdfUaCondition, string[]>

const RE_TAGS = /<[^>]+>/g
const RE_PART_ATTR = /pdfuaid:part="(\d+)"/
const RE_AMP = /&/g
const RE_LT = /</g
const RE_LANG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i
const RE_HEADING = /^H\d?$/

const name = (o: PDFObject | undefined) => (o instanceof PDFName ? o.decodeText() : undefined)
const text = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined)
const N = (s: string) => PDFName.of(s)

function lookup(doc: PDFDocument, o: PDFObject | undefined): PDFObject | undefined {
  return o instanceof PDFRef ? doc.context.lookup(o) : o
}

function kids(o: PDFObject | undefined): PDFObject[] {
  return o instanceof PDFArray ? o.asArray() : o === undefined ? [] : [o]
}

/** The XMP packet in the catalog, as text; undefined when there is none. */
export function xmpText(doc: PDFDocument): string | undefined {
  const stream = lookup(doc, doc.catalog.get(N('Metadata')))
  if (!(stream instanceof PDFRawStream))
    return undefined
  return new TextDecoder().decode(streamBytes(stream))
}

/** Metadata stream with dc:title, dc:creator, dc:description, dc:language and pdfuaid:part 1. */
export function checkMetadata(doc: PDFDocument): string[] {
  const stream = lookup(doc, doc.catalog.get(N('Metadata')))
  if (!(stream instanceof PDFStream))
    return ['catalog has no /Metadata stream (XMP)']
  const problems: string[] = []
  if (name(stream.dict.get(N('Type'))) !== 'Metadata' || name(stream.dict.get(N('Subtype'))) !== 'XML')
    problems.push('/Metadata stream is not /Type /Metadata /Subtype /XML')
  const xmp = xmpText(doc) ?? ''
  const field = (tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xmp)?.[1]?.replace(RE_TAGS, '').trim()
  for (const tag of ['dc:title', 'dc:creator', 'dc:description', 'dc:language']) {
    if (!field(tag))
      problems.push(`XMP has no ${tag}`)
  }
  const part = field('pdfuaid:part') ?? RE_PART_ATTR.exec(xmp)?.[1]
  if (part !== '1')
    problems.push(`XMP pdfuaid:part is ${part === undefined ? 'missing' : `"${part}"`}, expected 1`)
  const title = doc.getTitle()
  if (title && field('dc:title') && !field('dc:title')!.includes(title.replace(RE_AMP, '&amp;').replace(RE_LT, '&lt;')))
    problems.push(`XMP dc:title differs from the document info Title "${title}"`)
  return problems
}

/** ViewerPreferences /DisplayDocTitle true, /Lang, /MarkInfo /Marked true (no /Suspects), a structure tree. */
export function checkCatalog(doc: PDFDocument): string[] {
  const { catalog } = doc
  const problems: string[] = []
  const prefs = lookup(doc, catalog.get(N('ViewerPreferences')))
  if (!(prefs instanceof PDFDict) || prefs.get(N('DisplayDocTitle')) !== PDFBool.True)
    problems.push('/ViewerPreferences /DisplayDocTitle is not true')
  const lang = text(catalog.get(N('Lang')))
  if (!lang || !RE_LANG.test(lang))
    problems.push(`catalog /Lang is ${lang === undefined ? 'missing' : `"${lang}", not a language tag`}`)
  const markInfo = lookup(doc, catalog.get(N('MarkInfo')))
  if (!(markInfo instanceof PDFDict) || markInfo.get(N('Marked')) !== PDFBool.True)
    problems.push('/MarkInfo /Marked is not true')
  if (markInfo instanceof PDFDict && markInfo.get(N('Suspects')) === PDFBool.True)
    problems.push('/MarkInfo /Suspects is true')
  if (!(lookup(doc, catalog.get(N('StructTreeRoot'))) instanceof PDFDict))
    problems.push('catalog has no /StructTreeRoot')
  if (!doc.getTitle())
    problems.push('document info has no Title')
  return problems
}

/** The role map of the structure tree root, type → type. */
function roleMapOf(doc: PDFDocument): Map<string, string> {
  const root = lookup(doc, doc.catalog.get(N('StructTreeRoot')))
  const map = root instanceof PDFDict ? lookup(doc, root.get(N('RoleMap'))) : undefined
  const out = new Map<string, string>()
  if (map instanceof PDFDict) {
    for (const [key, value] of map.entries())
      out.set(key.decodeText(), name(value) ?? '')
  }
  return out
}

/** The standard type a structure type reads as, or undefined when it maps to none. */
export function standardType(type: string, roleMap: Map<string, string>): string | undefined {
  const seen = new Set<string>()
  let t: string | undefined = type
  while (t && !STANDARD_TYPES.has(t)) {
    if (seen.has(t))
      return undefined
    seen.add(t)
    t = roleMap.get(t)
  }
  return t
}

/** Every structure element in reading order, with its standard type. */
export function elements(doc: PDFDocument) {
  const roleMap = roleMapOf(doc)
  return structElements(doc).map(e => ({ ...e, role: standardType(e.type, roleMap) }))
}

/** Every non-standard type maps (in the end) to a standard one; no standard type is remapped. */
export function checkRoleMap(doc: PDFDocument): string[] {
  const roleMap = roleMapOf(doc)
  const problems = new Set<string>()
  for (const [from] of roleMap) {
    if (STANDARD_TYPES.has(from))
      problems.add(`standard type ${from} is remapped to ${roleMap.get(from)}`)
  }
  for (const e of structElements(doc)) {
    if (!standardType(e.type, roleMap))
      problems.add(`structure type ${e.type} is not standard and has no role mapping to a standard type`)
  }
  return [...problems]
}

/** Page index of each page's object. */
function pageIndex(doc: PDFDocument): Map<string, number> {
  return new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]))
}

function where(doc: PDFDocument, e: { dict: PDFDict, type: string, ref: PDFRef }, pages = pageIndex(doc)): string {
  const pg = e.dict.get(N('Pg'))
  return `${e.type} ${e.ref.toString()}${pg ? ` on page ${(pages.get(pg.toString()) ?? -1) + 1}` : ''}`
}

/** Every Figure has a non-empty /Alt (or /ActualText). */
export function checkFigures(doc: PDFDocument): string[] {
  const pages = pageIndex(doc)
  return elements(doc)
    .filter(e => e.role === 'Figure' && !text(e.dict.get(N('Alt')))?.trim() && !text(e.dict.get(N('ActualText')))?.trim())
    .map(e => `${where(doc, e, pages)} has no /Alt`)
}

/** Fonts of a resource dictionary, resource name → dictionary. */
function resourceFonts(doc: PDFDocument, resources: PDFObject | undefined): Map<string, PDFDict> {
  const res = lookup(doc, resources)
  const fonts = res instanceof PDFDict ? lookup(doc, res.get(N('Font'))) : undefined
  const out = new Map<string, PDFDict>()
  if (fonts instanceof PDFDict) {
    for (const [key, value] of fonts.entries()) {
      const font = lookup(doc, value)
      if (font instanceof PDFDict)
        out.set(key.decodeText(), font)
    }
  }
  return out
}

/** A text decoder for one resource dictionary: resource name of a font and the bytes shown → Unicode. */
function textDecoder(doc: PDFDocument, resources: PDFObject | undefined): (font: string, bytes: Uint8Array) => string {
  const cmaps = new Map<string, ReturnType<typeof parseToUnicode> | undefined>()
  const fonts = resourceFonts(doc, resources)
  return (font, bytes) => {
    if (!cmaps.has(font)) {
      const stream = lookup(doc, fonts.get(font)?.get(N('ToUnicode')))
      cmaps.set(font, stream instanceof PDFRawStream ? parseToUnicode(new TextDecoder('latin1').decode(streamBytes(stream))) : undefined)
    }
    const cmap = cmaps.get(font)
    if (!cmap)
      return name(fonts.get(font)?.get(N('Subtype'))) === 'Type0' ? '' : String.fromCharCode(...bytes)
    let out = ''
    for (let i = 0; i + cmap.bytesPerCode <= bytes.length; i += cmap.bytesPerCode) {
      let code = 0
      for (let k = 0; k < cmap.bytesPerCode; k++) code = code * 256 + bytes[i + k]!
      out += cmap.map.get(code) ?? ''
    }
    return out
  }
}

/** A content stream with its resources, and the form XObjects it draws, for readMarkedContent. */
function contentSource(doc: PDFDocument, id: string, bytes: Uint8Array, resources: PDFObject | undefined): ContentSource {
  const forms = formXObjects(doc, resources)
  return {
    id,
    bytes,
    decode: textDecoder(doc, resources),
    form: (name) => {
      const f = forms.get(name)
      return f && contentSource(doc, f.ref.toString(), streamBytes(f.stream), f.stream.dict.get(N('Resources')) ?? resources)
    },
  }
}

export interface PageContentFacts {
  page: number
  facts: MarkedContentFacts
}

export function readPages(doc: PDFDocument): PageContentFacts[] {
  return doc.getPages().map((page, i) => ({ page: i, facts: readMarkedContent(contentSource(doc, 'page', pageContent(doc, i), page.node.Resources())) }))
}

/** Marked content a structure element holds directly: page index, stream ('page' or a form XObject's reference) and MCID. */
function ownMcids(doc: PDFDocument, dict: PDFDict, pages: Map<string, number>): { page: number, stream: string, mcid: number }[] {
  const pg = dict.get(N('Pg'))
  return kids(dict.get(N('K'))).flatMap((kid) => {
    if (kid instanceof PDFNumber)
      return [{ page: pg ? pages.get(pg.toString()) ?? -1 : -1, stream: 'page', mcid: kid.asNumber() }]
    const d = lookup(doc, kid)
    if (d instanceof PDFDict && name(d.get(N('Type'))) === 'MCR') {
      const p = d.get(N('Pg')) ?? pg
      const stm = d.get(N('Stm'))
      return [{ page: p ? pages.get(p.toString()) ?? -1 : -1, stream: stm instanceof PDFRef ? stm.toString() : 'page', mcid: (lookup(doc, d.get(N('MCID'))) as PDFNumber).asNumber() }]
    }
    return []
  })
}

/**
 * All page content is either tagged (marked content with an MCID that belongs to exactly
 * one structure element, found again through the parent tree) or an artifact; artifacts and
 * tagged content do not nest in one another.
 */
export function checkContent(doc: PDFDocument, pagesFacts = readPages(doc)): string[] {
  const problems: string[] = []
  const pages = pageIndex(doc)
  const root = lookup(doc, doc.catalog.get(N('StructTreeRoot')))
  const parents = numberTree(doc, root instanceof PDFDict ? lookup(doc, root.get(N('ParentTree'))) as PDFDict : undefined)
  const owners = new Map<string, PDFRef[]>()
  for (const e of structElements(doc)) {
    for (const { page, stream, mcid } of ownMcids(doc, e.dict, pages)) {
      if (page < 0)
        problems.push(`${where(doc, e, pages)} holds MCID ${mcid} but names no page`)
      const key = `${page}|${stream}|${mcid}`
      owners.set(key, [...(owners.get(key) ?? []), e.ref])
    }
  }
  /** The parent tree array of a page or form XObject (by /StructParents). */
  const parentArray = (page: number, stream: string) => {
    const holder = stream === 'page' ? doc.getPage(page).node : (doc.context.lookup(PDFRef.of(Number(stream.split(' ')[0]), Number(stream.split(' ')[1]))) as PDFStream).dict
    const key = holder.get(N('StructParents'))
    const array = key instanceof PDFNumber ? lookup(doc, parents.get(key.asNumber())) : undefined
    return array instanceof PDFArray ? array : undefined
  }
  for (const { page, facts } of pagesFacts) {
    const label = `page ${page + 1}`
    const unmarked = facts.unmarked
    if (unmarked.length)
      problems.push(`${label}: ${unmarked.length} content operator(s) neither tagged nor artifact (first: ${unmarked[0]})`)
    problems.push(...[...facts.misnested, ...facts.unbalanced].map(p => `${label}: ${p}`))
    const used = new Set<string>()
    for (const { stream, mcid } of facts.mcids) {
      const key = `${page}|${stream}|${mcid}`
      if (used.has(key))
        continue
      used.add(key)
      const inStream = stream === 'page' ? '' : ` in form ${stream}`
      const own = owners.get(key) ?? []
      if (own.length !== 1) {
        problems.push(`${label}: MCID ${mcid}${inStream} belongs to ${own.length} structure elements`)
        continue
      }
      const array = parentArray(page, stream)
      const parent = array && mcid < array.size() ? array.get(mcid) : undefined
      if (parent?.toString() !== own[0]!.toString())
        problems.push(`${label}: parent tree entry of MCID ${mcid}${inStream} is ${parent?.toString() ?? 'missing'}, but ${own[0]!.toString()} holds it`)
    }
    for (const [key] of owners) {
      const [p, stream, m] = key.split('|')
      if (Number(p) === page && !used.has(key))
        problems.push(`${label}: the structure tree holds MCID ${m}${stream === 'page' ? '' : ` in form ${stream}`}, which the content lacks`)
    }
  }
  return problems
}

/** The first numbered heading is H1, and no level is skipped on the way down. */
export function checkHeadings(doc: PDFDocument): string[] {
  const headings = elements(doc).filter(e => e.role && RE_HEADING.test(e.role))
  const problems: string[] = []
  if (headings.some(h => h.role === 'H') && headings.some(h => h.role !== 'H'))
    problems.push('both H and H1–H6 headings are used')
  let last = 0
  for (const h of headings.filter(e => e.role !== 'H')) {
    const level = Number(h.role!.slice(1))
    if (last === 0 && level !== 1)
      problems.push(`the first heading is ${h.role}, not H1 (${where(doc, h)})`)
    else if (level > last + 1)
      problems.push(`${h.role} follows H${last}, skipping a level (${where(doc, h)})`)
    last = level
  }
  return problems
}

function childRoles(doc: PDFDocument, dict: PDFDict, roleMap: Map<string, string>): string[] {
  return kids(dict.get(N('K'))).flatMap((kid) => {
    const d = lookup(doc, kid)
    if (kid instanceof PDFNumber)
      return ['(content)']
    if (!(d instanceof PDFDict))
      return []
    const t = name(d.get(N('Type')))
    if (t === 'MCR' || t === 'OBJR')
      return [`(${t})`]
    const s = name(d.get(N('S')))
    return s ? [standardType(s, roleMap) ?? s] : []
  })
}

/** L holds LI (or L, Caption); LI sits in L and holds only Lbl and LBody. */
export function checkLists(doc: PDFDocument): string[] {
  const roleMap = roleMapOf(doc)
  const problems: string[] = []
  const all = elements(doc)
  const byRef = new Map(all.map(e => [e.ref.toString(), e]))
  for (const e of all) {
    const children = childRoles(doc, e.dict, roleMap)
    if (e.role === 'L') {
      const bad = children.filter(c => !['LI', 'L', 'Caption'].includes(c))
      if (bad.length)
        problems.push(`${where(doc, e)} holds ${bad.join(', ')}; a list holds LI`)
    }
    if (e.role === 'LI') {
      const bad = children.filter(c => !['Lbl', 'LBody'].includes(c))
      if (bad.length)
        problems.push(`${where(doc, e)} holds ${bad.join(', ')}; a list item holds Lbl and LBody`)
      const parent = byRef.get(e.dict.get(N('P'))?.toString() ?? '')
      if (parent?.role !== 'L')
        problems.push(`${where(doc, e)} is not in an L`)
    }
  }
  return problems
}

/** Attributes of a structure element, owner /Table, as a flat map. */
function tableAttributes(doc: PDFDocument, dict: PDFDict): Map<string, PDFObject> {
  const out = new Map<string, PDFObject>()
  for (const a of kids(lookup(doc, dict.get(N('A'))))) {
    const attr = lookup(doc, a)
    if (attr instanceof PDFDict && name(attr.get(N('O'))) === 'Table') {
      for (const [k, v] of attr.entries())
        out.set(k.decodeText(), v)
    }
  }
  return out
}

/** Tables hold rows, rows hold TH/TD cells, every table has header cells and every TH a /Scope. */
export function checkTables(doc: PDFDocument): string[] {
  const roleMap = roleMapOf(doc)
  const problems: string[] = []
  const all = elements(doc)
  for (const e of all) {
    const children = childRoles(doc, e.dict, roleMap)
    if (e.role === 'Table') {
      // Chromium tags the table's own borders as content of the Table element; only its
      // child elements are checked.
      const bad = children.filter(c => !c.startsWith('(') && !['TR', 'THead', 'TBody', 'TFoot', 'Caption'].includes(c))
      if (bad.length)
        problems.push(`${where(doc, e)} holds ${bad.join(', ')}`)
    }
    if (['THead', 'TBody', 'TFoot'].includes(e.role ?? '') && children.some(c => c !== 'TR'))
      problems.push(`${where(doc, e)} holds ${children.filter(c => c !== 'TR').join(', ')}`)
    if (e.role === 'TR' && children.some(c => c !== 'TH' && c !== 'TD'))
      problems.push(`${where(doc, e)} holds ${children.filter(c => c !== 'TH' && c !== 'TD').join(', ')}`)
    if (e.role === 'TH') {
      const scope = name(tableAttributes(doc, e.dict).get('Scope'))
      if (!scope || !['Row', 'Column', 'Both'].includes(scope))
        problems.push(`${where(doc, e)} has no /Scope`)
    }
  }
  // Every table has header cells: walk down from each Table.
  const byRef = new Map(all.map(e => [e.ref.toString(), e]))
  const inTable = (e: typeof all[number]): typeof all[number] | undefined => {
    for (let p = byRef.get(e.dict.get(N('P'))?.toString() ?? ''); p; p = byRef.get(p.dict.get(N('P'))?.toString() ?? '')) {
      if (p.role === 'Table')
        return p
    }
    return undefined
  }
  const withHeaders = new Set(all.filter(e => e.role === 'TH').map(e => inTable(e)?.ref.toString()))
  for (const table of all.filter(e => e.role === 'Table')) {
    if (!withHeaders.has(table.ref.toString()))
      problems.push(`${where(doc, table)} has no TH cells`)
  }
  return problems
}

/**
 * Every link annotation has /Contents and a /StructParent whose parent tree entry is a Link
 * element holding an OBJR to it; other annotations (but widgets) sit in an Annot element;
 * every page with annotations has /Tabs /S.
 */
export function checkLinks(doc: PDFDocument): string[] {
  const problems: string[] = []
  const root = lookup(doc, doc.catalog.get(N('StructTreeRoot')))
  const parents = numberTree(doc, root instanceof PDFDict ? lookup(doc, root.get(N('ParentTree'))) as PDFDict : undefined)
  const roleMap = roleMapOf(doc)
  doc.getPages().forEach((page, i) => {
    const annots = kids(lookup(doc, page.node.get(N('Annots'))))
    if (annots.length && name(page.node.get(N('Tabs'))) !== 'S')
      problems.push(`page ${i + 1} has annotations but no /Tabs /S`)
    annots.forEach((ref, k) => {
      const annot = lookup(doc, ref)
      if (!(annot instanceof PDFDict))
        return
      const subtype = name(annot.get(N('Subtype')))
      if (subtype === 'Widget' || subtype === 'PrinterMark' || subtype === 'Popup')
        return
      const label = `page ${i + 1}, annotation ${k + 1} (${subtype})`
      if (!text(annot.get(N('Contents')))?.trim())
        problems.push(`${label} has no /Contents`)
      const key = annot.get(N('StructParent'))
      if (!(key instanceof PDFNumber)) {
        problems.push(`${label} has no /StructParent`)
        return
      }
      const parent = parents.get(key.asNumber())
      if (!(parent instanceof PDFDict)) {
        problems.push(`${label}: its /StructParent ${key.asNumber()} is not in the parent tree`)
        return
      }
      const role = standardType(name(parent.get(N('S'))) ?? '', roleMap)
      const expected = subtype === 'Link' ? 'Link' : 'Annot'
      if (role !== expected)
        problems.push(`${label} belongs to a ${role ?? name(parent.get(N('S')))} element, not ${expected}`)
      const objr = kids(parent.get(N('K'))).some((kid) => {
        const d = lookup(doc, kid)
        return d instanceof PDFDict && name(d.get(N('Type'))) === 'OBJR' && d.get(N('Obj'))?.toString() === ref.toString()
      })
      if (!objr)
        problems.push(`${label}: its ${role} element holds no OBJR to it`)
    })
  })
  return problems
}

/** Fonts used on any page (also in form XObjects): embedded, not Type 3, with a ToUnicode map. */
export function checkFonts(doc: PDFDocument): string[] {
  const problems = new Set<string>()
  const seen = new Set<string>()
  const checkFont = (font: PDFDict, label: string) => {
    const subtype = name(font.get(N('Subtype')))
    const base = name(font.get(N('BaseFont'))) ?? label
    if (subtype === 'Type3') {
      problems.add(`font ${base} is a Type 3 font`)
      return
    }
    if (!font.get(N('ToUnicode')))
      problems.add(`font ${base} has no /ToUnicode`)
    const descendant = subtype === 'Type0' ? lookup(doc, kids(lookup(doc, font.get(N('DescendantFonts'))))[0]) : font
    const descriptor = descendant instanceof PDFDict ? lookup(doc, descendant.get(N('FontDescriptor'))) : undefined
    if (!(descriptor instanceof PDFDict) || !['FontFile', 'FontFile2', 'FontFile3'].some(k => descriptor.get(N(k))))
      problems.add(`font ${base} is not embedded`)
  }
  const visitResources = (resources: PDFObject | undefined, label: string) => {
    const res = lookup(doc, resources)
    if (!(res instanceof PDFDict))
      return
    const fonts = lookup(doc, res.get(N('Font')))
    if (fonts instanceof PDFDict) {
      for (const [key, ref] of fonts.entries()) {
        const id = ref.toString()
        if (seen.has(id))
          continue
        seen.add(id)
        const font = lookup(doc, ref)
        if (font instanceof PDFDict)
          checkFont(font, `${key.decodeText()} on ${label}`)
      }
    }
    const xobjects = lookup(doc, res.get(N('XObject')))
    if (xobjects instanceof PDFDict) {
      for (const [, ref] of xobjects.entries()) {
        const id = ref.toString()
        if (seen.has(id))
          continue
        seen.add(id)
        const x = lookup(doc, ref)
        if (x instanceof PDFStream && name(x.dict.get(N('Subtype'))) === 'Form')
          visitResources(x.dict.get(N('Resources')), label)
      }
    }
  }
  doc.getPages().forEach((page, i) => visitResources(page.node.Resources(), `page ${i + 1}`))
  return [...problems]
}

/** Text of the tagged content in reading (structure tree) order, one entry per element that holds content. */
export function readingOrderText(doc: PDFDocument, pagesFacts = readPages(doc)): { type: string, text: string, page: number }[] {
  const pages = pageIndex(doc)
  const textOf = new Map(pagesFacts.flatMap(({ page, facts }) => Array.from(facts.text, ([key, t]) => [`${page}:${key}`, t] as const)))
  return structElements(doc).flatMap((e) => {
    const own = ownMcids(doc, e.dict, pages)
    if (!own.length)
      return []
    return [{ type: e.type, page: own[0]!.page, text: own.map(m => textOf.get(`${m.page}:${m.stream}:${m.mcid}`) ?? '').join('') }]
  })
}

/**
 * The structure tree visits the pages in order: no text of page n follows text of page n+1.
 * (Content without text, such as a container's background painted on every page, is left out.)
 */
export function checkReadingOrder(doc: PDFDocument, pagesFacts = readPages(doc)): string[] {
  let last = 0
  for (const e of readingOrderText(doc, pagesFacts)) {
    if (!e.text.trim())
      continue
    if (e.page < last)
      return [`text "${e.text.slice(0, 40)}" (${e.type}) on page ${e.page + 1} comes after text of page ${last + 1} in the structure tree`]
    last = e.page
  }
  return []
}

/** Every condition, each with the problems found. */
export function checkPdfUa(doc: PDFDocument): PdfUaReport {
  const pagesFacts = readPages(doc)
  return {
    metadata: checkMetadata(doc),
    catalog: checkCatalog(doc),
    roleMap: checkRoleMap(doc),
    figures: checkFigures(doc),
    content: checkContent(doc, pagesFacts),
    headings: checkHeadings(doc),
    lists: checkLists(doc),
    tables: checkTables(doc),
    links: checkLinks(doc),
    fonts: checkFonts(doc),
    readingOrder: checkReadingOrder(doc, pagesFacts),
  }
}

export async function checkPdfUaBytes(bytes: Uint8Array): Promise<PdfUaReport> {
  return checkPdfUa(await PDFDocument.load(bytes, { updateMetadata: false }))
}

export interface TaggedCell { role: 'TH' | 'TD', scope?: string, text: string }
export interface TaggedTable {
  page: number
  /** /Alt of the last Figure before the table in reading order (since the previous table), if any. */
  figureAlt?: string
  caption: string
  rows: TaggedCell[][]
}

/**
 * Every Table in reading order, with the Figure that comes before it, its caption and its
 * rows (TR, also within THead/TBody/TFoot) of TH and TD cells: each cell's role, /Scope and
 * the text of all content in it.
 */
export function taggedTables(doc: PDFDocument, pagesFacts = readPages(doc)): TaggedTable[] {
  const pages = pageIndex(doc)
  const roleMap = roleMapOf(doc)
  const textOf = new Map(pagesFacts.flatMap(({ page, facts }) => Array.from(facts.text, ([key, t]) => [`${page}:${key}`, t] as const)))
  const roleOf = (d: PDFDict) => standardType(name(d.get(N('S'))) ?? '', roleMap)
  const children = (d: PDFDict) => kids(d.get(N('K'))).map(k => lookup(doc, k)).filter((k): k is PDFDict => k instanceof PDFDict && name(k.get(N('S'))) !== undefined)
  const mcidsIn = (d: PDFDict): ReturnType<typeof ownMcids> => [...ownMcids(doc, d, pages), ...children(d).flatMap(mcidsIn)]
  const textIn = (d: PDFDict) => mcidsIn(d).map(m => textOf.get(`${m.page}:${m.stream}:${m.mcid}`) ?? '').join('')
  const rowsOf = (d: PDFDict): PDFDict[] => children(d).flatMap(c => roleOf(c) === 'TR' ? [c] : ['THead', 'TBody', 'TFoot'].includes(roleOf(c) ?? '') ? rowsOf(c) : [])
  const out: TaggedTable[] = []
  let figureAlt: string | undefined
  for (const e of elements(doc)) {
    if (e.role === 'Figure')
      figureAlt = text(e.dict.get(N('Alt')))
    if (e.role !== 'Table')
      continue
    const rows = rowsOf(e.dict).map(tr => children(tr).filter(c => roleOf(c) === 'TH' || roleOf(c) === 'TD').map(c => ({
      role: roleOf(c) as 'TH' | 'TD',
      ...(roleOf(c) === 'TH' ? { scope: name(tableAttributes(doc, c).get('Scope')) } : {}),
      text: textIn(c).trim(),
    })))
    const caption = children(e.dict).filter(c => roleOf(c) === 'Caption').map(textIn).join(' ').trim()
    out.push({ page: mcidsIn(e.dict)[0]?.page ?? -1, figureAlt, caption, rows })
    figureAlt = undefined
  }
  return out
}
