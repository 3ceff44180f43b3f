/**
 * A reader for PDF page content streams (ISO 32000-1, 7.8.2): splits a stream into
 * operations with their operands, and marks every piece of content that Chromium left
 * outside marked content as an artifact. Chromium tags what its accessibility tree holds
 * and paints everything else (backgrounds, borders, aria-hidden graphics) unmarked; PDF/UA-1
 * requires such content to be an artifact.
 */

export type Operand = number | boolean | null | { name: string } | { bytes: Uint8Array, hex: boolean } | Operand[] | Map<string, Operand>

export interface Operation {
  op: string
  operands: Operand[]
  /** Offset of the first operand (or of the operator when there is none). */
  start: number
  /** Offset just after the operator. */
  end: number
}

const RE_NAME_ESCAPE = /#([0-9a-f]{2})/gi
const RE_UTF16_UNIT = /.{1,4}/g
const RE_CODESPACE = /begincodespacerange\s*<([0-9a-f]+)>/i
const RE_BFCHAR_BLOCK = /beginbfchar([\s\S]*?)endbfchar/g
const RE_BFCHAR = /<([0-9a-f]+)>\s*<([0-9a-f]*)>/gi
const RE_BFRANGE_BLOCK = /beginbfrange([\s\S]*?)endbfrange/g
const RE_BFRANGE = /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(<[0-9a-f]+>|\[[^\]]*\])/gi
const RE_HEX_STRING = /<([0-9a-f]+)>/gi

/** Character classes: 1 white space, 2 delimiter (ISO 32000-1, 7.2.2). */
const CLASS = new Uint8Array(256)
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1
for (const c of [40, 41, 60, 62, 91, 93, 123, 125, 47, 37]) CLASS[c] = 2
const WHITE = { has: (c: number) => CLASS[c] === 1 }
const DELIM = { has: (c: number) => CLASS[c] === 2 }

export class ContentError extends Error {
  override name = 'ContentError'
}

/** Splits a content stream into operations. Throws a ContentError naming the offset on malformed input. */
export function parseContent(bytes: Uint8Array): Operation[] {
  let i = 0
  const n = bytes.length
  const ops: Operation[] = []
  const text = (from: number, to: number) => {
    let out = ''
    for (let k = from; k < to; k++) out += String.fromCharCode(bytes[k]!)
    return out
  }

  const skipSpace = () => {
    while (i < n) {
      if (WHITE.has(bytes[i]!)) {
        i++
      }
      else if (bytes[i] === 37) {
        while (i < n && bytes[i] !== 10 && bytes[i] !== 13) i++
      }
      else {
        break
      }
    }
  }

  const literal = (): Uint8Array => {
    const out: number[] = []
    let depth = 1
    i++
    while (i < n) {
      const c = bytes[i++]!
      if (c === 92) {
        const e = bytes[i++]!
        const simple: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12, 40: 40, 41: 41, 92: 92 }
        if (e in simple) {
          out.push(simple[e]!)
        }
        else if (e >= 48 && e <= 55) {
          let v = e - 48
          for (let k = 0; k < 2 && bytes[i]! >= 48 && bytes[i]! <= 55; k++) v = v * 8 + bytes[i++]! - 48
          out.push(v & 255)
        }
        else if (e === 13) {
          if (bytes[i] === 10)
            i++
        }
        else if (e !== 10) {
          out.push(e)
        }
        continue
      }
      if (c === 40)
        depth++
      if (c === 41 && --depth === 0)
        return Uint8Array.from(out)
      out.push(c)
    }
    throw new ContentError(`unterminated string at offset ${n}`)
  }

  const hex = (): Uint8Array => {
    const digits: number[] = []
    i++
    while (i < n && bytes[i] !== 62) {
      const c = bytes[i++]!
      if (!WHITE.has(c))
        digits.push(Number.parseInt(String.fromCharCode(c), 16))
    }
    i++
    if (digits.length % 2)
      digits.push(0)
    return Uint8Array.from({ length: digits.length / 2 }, (_, k) => digits[2 * k]! * 16 + digits[2 * k + 1]!)
  }

  const regular = () => {
    const from = i
    while (i < n && CLASS[bytes[i]!] === 0) i++
    return text(from, i)
  }

  /** One operand, or the operator that ends the operation (as a string). */
  const value = (): Operand | string => {
    const c = bytes[i]!
    if (c === 47) {
      i++
      return { name: regular().replace(RE_NAME_ESCAPE, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))) }
    }
    if (c === 40)
      return { bytes: literal(), hex: false }
    if (c === 60 && bytes[i + 1] === 60) {
      i += 2
      const dict = new Map<string, Operand>()
      for (;;) {
        skipSpace()
        if (i >= n)
          throw new ContentError(`unterminated dictionary at offset ${n}`)
        if (bytes[i] === 62 && bytes[i + 1] === 62) {
          i += 2
          return dict
        }
        const key = value()
        skipSpace()
        const v = value()
        if (typeof key !== 'object' || key === null || !('name' in key) || typeof v === 'string')
          throw new ContentError(`malformed dictionary at offset ${i}`)
        dict.set(key.name, v)
      }
    }
    if (c === 60)
      return { bytes: hex(), hex: true }
    if (c === 91) {
      i++
      const items: Operand[] = []
      for (;;) {
        skipSpace()
        if (i >= n)
          throw new ContentError(`unterminated array at offset ${n}`)
        if (bytes[i] === 93) {
          i++
          return items
        }
        const v = value()
        if (typeof v === 'string')
          throw new ContentError(`operator ${v} inside an array at offset ${i}`)
        items.push(v)
      }
    }
    if (DELIM.has(c))
      throw new ContentError(`unexpected "${String.fromCharCode(c)}" at offset ${i}`)
    const word = regular()
    if (word === 'true' || word === 'false')
      return word === 'true'
    if (word === 'null')
      return null
    const first = word.charCodeAt(0)
    if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) {
      const num = Number(word)
      if (!Number.isNaN(num))
        return num
    }
    return word
  }

  let operands: Operand[] = []
  let start = -1
  for (;;) {
    skipSpace()
    if (i >= n)
      break
    const at = i
    if (start < 0)
      start = at
    const v = value()
    if (typeof v !== 'string') {
      operands.push(v)
      continue
    }
    if (v === 'BI') {
      // Inline image: skip its dictionary and data up to EI.
      const end = findInlineImageEnd(bytes, i)
      if (end < 0)
        throw new ContentError(`inline image without EI at offset ${at}`)
      i = end
      ops.push({ op: 'BI', operands: [], start, end })
    }
    else {
      ops.push({ op: v, operands, start, end: i })
    }
    operands = []
    start = -1
  }
  if (operands.length)
    throw new ContentError(`operands without an operator at the end of the stream (offset ${start})`)
  return ops
}

function findInlineImageEnd(bytes: Uint8Array, from: number): number {
  let id = -1
  for (let k = from; k < bytes.length - 1; k++) {
    if (bytes[k] === 73 && bytes[k + 1] === 68 && WHITE.has(bytes[k - 1]!) && WHITE.has(bytes[k + 2] ?? 32)) {
      id = k + 3
      break
    }
  }
  if (id < 0)
    return -1
  for (let k = id; k < bytes.length - 1; k++) {
    if (bytes[k] === 69 && bytes[k + 1] === 73 && WHITE.has(bytes[k - 1]!) && (k + 2 >= bytes.length || WHITE.has(bytes[k + 2]!)))
      return k + 2
  }
  return -1
}

/** Operators that put marks on the page, or start a path that may be painted. */
const MARKING = new Set(['m', 're', 'l', 'c', 'v', 'y', 'h', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI', 'Tj', 'TJ', '\'', '"', 'd0', 'd1'])
/** Operators an artifact must not span, to keep marked content nested in graphics state and text objects. */
const BOUNDARY = new Set(['BDC', 'BMC', 'EMC', 'q', 'Q', 'BT', 'ET'])

export function isMarking(op: string): boolean {
  return MARKING.has(op)
}

/**
 * Wraps every run of content outside marked content in `/Artifact BMC … EMC`. Runs end at
 * q/Q, BT/ET and marked-content operators, so the result nests properly. A form XObject
 * that holds tagged content of its own (`taggedForm`) is not wrapped: its stream is marked
 * separately. Returns the stream unchanged (same object) when nothing was unmarked.
 */
export function markUnmarkedAsArtifacts(bytes: Uint8Array, taggedForm: (name: string) => boolean = () => false): { bytes: Uint8Array, artifacts: number } {
  const cuts = unmarkedCuts(parseContent(bytes), bytes.length, taggedForm)
  return { bytes: cuts.length ? replaceRanges(bytes, cuts) : bytes, artifacts: cuts.filter(c => c.text.includes('Artifact')).length }
}

/** Where to open and close artifacts around unmarked content, as zero-length replacements. */
function unmarkedCuts(ops: Operation[], length: number, taggedForm: (name: string) => boolean): { start: number, end: number, text: string }[] {
  const cuts: { start: number, end: number, text: string }[] = []
  const cut = (at: number, text: string) => cuts.push({ start: at, end: at, text })
  let depth = 0
  let open = false
  for (const op of ops) {
    const form = op.op === 'Do' && taggedForm((op.operands[0] as { name?: string } | undefined)?.name ?? '')
    if (BOUNDARY.has(op.op) || form) {
      if (open) {
        cut(op.start, 'EMC\n')
        open = false
      }
      if (op.op === 'BDC' || op.op === 'BMC')
        depth++
      else if (op.op === 'EMC')
        depth = Math.max(0, depth - 1)
      continue
    }
    if (depth === 0 && !open && MARKING.has(op.op)) {
      cut(op.start, '/Artifact BMC\n')
      open = true
    }
  }
  if (open)
    cut(length, '\nEMC\n')
  return cuts
}

/**
 * Both passes of the finisher over one content stream, parsed once: text-less tagged
 * sequences for which `retag(mcid)` agrees become artifacts, then unmarked content is
 * wrapped in artifacts. Returns the same bytes when nothing changed.
 */
export function finishContent(bytes: Uint8Array, taggedForm: (name: string) => boolean, retag: (mcid: number) => boolean): { bytes: Uint8Array, artifacts: number, retagged: number } {
  const ops = parseContent(bytes)
  const retagged = textlessSequences(ops).filter(m => retag(m.mcid)).map(m => ({ start: m.start, end: m.end, text: '/Artifact BMC' }))
  const cuts = unmarkedCuts(ops, bytes.length, taggedForm)
  if (!retagged.length && !cuts.length)
    return { bytes, artifacts: 0, retagged: 0 }
  return { bytes: replaceRanges(bytes, [...cuts, ...retagged]), artifacts: cuts.filter(c => c.text.includes('Artifact')).length, retagged: retagged.length }
}

/** A content stream to read: its bytes, how to decode its text, and the form XObjects it may draw. */
export interface ContentSource {
  /** 'page', or the object reference of a form XObject, e.g. "12 0 R". */
  id: string
  bytes: Uint8Array
  /** Decodes the bytes of a text string shown in the font named `font` (a resource name). */
  decode?: (font: string, bytes: Uint8Array) => string
  /** The form XObject a `Do` names, or undefined for an image or an unknown name. */
  form?: (name: string) => ContentSource | undefined
}

export interface MarkedContentFacts {
  /** Text drawn within each MCID, keyed "stream id:MCID". */
  text: Map<string, string>
  /** MCIDs in the order they appear, with the stream (page or form XObject) they are in. */
  mcids: { stream: string, mcid: number }[]
  /** Marking operators outside any artifact or MCID-tagged sequence, e.g. "re at offset 120". */
  unmarked: string[]
  /** MCID sequences inside an artifact, and artifacts inside MCID sequences. */
  misnested: string[]
  /** Marked-content operators that do not balance. */
  unbalanced: string[]
}

/** What is marked how in one page's content stream and the form XObjects it draws. */
export function readMarkedContent(source: ContentSource): MarkedContentFacts {
  const facts: MarkedContentFacts = { text: new Map(), mcids: [], unmarked: [], misnested: [], unbalanced: [] }
  const read = (src: ContentSource, stack: { artifact: boolean, mcid?: string }[], depth: number) => {
    const base = stack.length
    let font = ''
    const current = () => {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]!.mcid !== undefined)
          return stack[k]!.mcid
      }
      return undefined
    }
    const show = (operand: Operand | undefined) => {
      const mcid = current()
      if (mcid !== undefined && operand && typeof operand === 'object' && 'bytes' in operand)
        facts.text.set(mcid, (facts.text.get(mcid) ?? '') + (src.decode?.(font, operand.bytes) ?? ''))
    }
    const where = (op: Operation) => `${op.op} at offset ${op.start}${src.id === 'page' ? '' : ` of form ${src.id}`}`
    for (const op of parseContent(src.bytes)) {
      if (op.op === 'BMC' || op.op === 'BDC') {
        const tag = op.operands[0] as { name: string }
        const props = op.operands[1]
        const mcid = props instanceof Map && typeof props.get('MCID') === 'number' ? props.get('MCID') as number : undefined
        const artifact = tag?.name === 'Artifact'
        if (artifact && current() !== undefined)
          facts.misnested.push(`Artifact inside MCID ${current()}: ${where(op)}`)
        if (mcid !== undefined && stack.some(s => s.artifact))
          facts.misnested.push(`MCID ${mcid} inside an Artifact: ${where(op)}`)
        if (mcid !== undefined)
          facts.mcids.push({ stream: src.id, mcid })
        stack.push({ artifact, mcid: mcid === undefined ? undefined : `${src.id}:${mcid}` })
        continue
      }
      if (op.op === 'EMC') {
        if (stack.length <= base)
          facts.unbalanced.push(`EMC without BMC/BDC: ${where(op)}`)
        else
          stack.pop()
        continue
      }
      if (op.op === 'Tf')
        font = (op.operands[0] as { name: string } | undefined)?.name ?? ''
      const form = op.op === 'Do' && depth < 10 ? src.form?.((op.operands[0] as { name?: string } | undefined)?.name ?? '') : undefined
      if (form) {
        read(form, stack, depth + 1)
        continue
      }
      if (MARKING.has(op.op) && !stack.some(s => s.artifact || s.mcid !== undefined))
        facts.unmarked.push(where(op))
      if (op.op === 'Tj' || op.op === '\'')
        show(op.operands[0])
      else if (op.op === '"')
        show(op.operands[2])
      else if (op.op === 'TJ' && Array.isArray(op.operands[0]))
        op.operands[0].forEach(show)
    }
    if (stack.length > base) {
      facts.unbalanced.push(`${stack.length - base} marked-content sequence(s) not closed in ${src.id === 'page' ? 'the page' : `form ${src.id}`}`)
      stack.length = base
    }
  }
  read(source, [], 0)
  return facts
}

/** Parses a ToUnicode CMap into code → text (codes as big-endian numbers), with the code length in bytes. */
export function parseToUnicode(cmap: string): { bytesPerCode: number, map: Map<number, string> } {
  const map = new Map<number, string>()
  const utf16 = (h: string) => {
    const units = h.match(RE_UTF16_UNIT)!.map(u => Number.parseInt(u, 16))
    return String.fromCharCode(...units)
  }
  let bytesPerCode = 1
  const space = RE_CODESPACE.exec(cmap)
  if (space)
    bytesPerCode = space[1]!.length / 2
  for (const block of cmap.matchAll(RE_BFCHAR_BLOCK)) {
    for (const m of block[1]!.matchAll(RE_BFCHAR))
      map.set(Number.parseInt(m[1]!, 16), utf16(m[2]! || '0000'))
  }
  for (const block of cmap.matchAll(RE_BFRANGE_BLOCK)) {
    for (const m of block[1]!.matchAll(RE_BFRANGE)) {
      const lo = Number.parseInt(m[1]!, 16)
      const hi = Number.parseInt(m[2]!, 16)
      const dst = m[3]!
      if (dst.startsWith('[')) {
        Array.from(dst.matchAll(RE_HEX_STRING)).forEach((d, k) => map.set(lo + k, utf16(d[1]!)))
      }
      else {
        const base = dst.slice(1, -1)
        const last = Number.parseInt(base.slice(-4), 16)
        for (let code = lo; code <= hi; code++)
          map.set(code, utf16(base.slice(0, -4) + (last + code - lo).toString(16).padStart(4, '0')))
      }
    }
  }
  return { bytesPerCode, map }
}

/** Operators that show text or draw an image or form: content that may carry meaning. */
const CONTENTFUL = new Set(['Tj', 'TJ', '\'', '"', 'Do', 'BI'])

/**
 * MCID-tagged sequences, not inside another one, that show no text and draw no image or
 * form: only vector shapes (backgrounds, borders, rules). Each with the byte range of its
 * BDC operation, to be rewritten as an artifact.
 */
export function textlessMcids(bytes: Uint8Array): { mcid: number, start: number, end: number }[] {
  return textlessSequences(parseContent(bytes))
}

function textlessSequences(ops: Operation[]): { mcid: number, start: number, end: number }[] {
  const out: { mcid: number, start: number, end: number }[] = []
  const stack: { mcid?: number, start: number, end: number, contentful: boolean }[] = []
  for (const op of ops) {
    if (op.op === 'BMC' || op.op === 'BDC') {
      const props = op.operands[1]
      const mcid = props instanceof Map && typeof props.get('MCID') === 'number' ? props.get('MCID') as number : undefined
      if (mcid !== undefined)
        stack.forEach(s => (s.contentful = true))
      stack.push({ mcid, start: op.start, end: op.end, contentful: false })
      continue
    }
    if (op.op === 'EMC') {
      const done = stack.pop()
      if (done?.mcid !== undefined && !done.contentful && !stack.some(s => s.mcid !== undefined))
        out.push({ mcid: done.mcid, start: done.start, end: done.end })
      continue
    }
    if (CONTENTFUL.has(op.op))
      stack.forEach(s => (s.contentful = true))
  }
  return out
}

/** Replaces byte ranges (sorted, not overlapping) with text. */
export function replaceRanges(bytes: Uint8Array, ranges: { start: number, end: number, text: string }[]): Uint8Array {
  const enc = new TextEncoder()
  const parts: Uint8Array[] = []
  let from = 0
  // At one offset, insertions (zero-length) go before a replacement that starts there.
  for (const r of [...ranges].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start))) {
    parts.push(bytes.subarray(from, r.start), enc.encode(r.text))
    from = r.end
  }
  parts.push(bytes.subarray(from))
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
