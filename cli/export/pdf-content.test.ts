import { describe, expect, it } from 'vitest'
import { markUnmarkedAsArtifacts, parseContent, parseToUnicode, readMarkedContent, replaceRanges, textlessMcids } from './pdf-content'

const enc = (s: string) => new TextEncoder().encode(s)
const dec = (b: Uint8Array) => new TextDecoder('latin1').decode(b)

describe('parseContent', () => {
  it('reads operators with names, numbers, strings, arrays and inline dictionaries', () => {
    const ops = parseContent(enc('q 1 0 0 -1 0 842 cm\n/NonStruct <</MCID 3 >>BDC BT /F4 12 Tf <0003> Tj [(a\\)b) -20 <0041>] TJ ET EMC % note\nQ'))
    expect(ops.map(o => o.op)).toEqual(['q', 'cm', 'BDC', 'BT', 'Tf', 'Tj', 'TJ', 'ET', 'EMC', 'Q'])
    expect((ops[2]!.operands[1] as Map<string, unknown>).get('MCID')).toBe(3)
    expect(Array.from((ops[5]!.operands[0] as { bytes: Uint8Array }).bytes)).toEqual([0, 3])
    expect(dec(((ops[6]!.operands[0] as unknown[])[0] as { bytes: Uint8Array }).bytes)).toBe('a)b')
  })

  it('names where a stream is malformed', () => {
    expect(() => parseContent(enc('0 0 1 1 re f (open'))).toThrow(/unterminated string/)
    expect(() => parseContent(enc('1 2'))).toThrow(/operands without an operator/)
  })
})

describe('markUnmarkedAsArtifacts', () => {
  it('wraps unmarked painting in artifacts without crossing q/Q, BT/ET or marked content', () => {
    const input = 'q 1 0 0 rg 0 0 10 10 re f Q /P <</MCID 0>> BDC BT (x) Tj ET EMC 0 0 1 1 re S'
    const { bytes, artifacts } = markUnmarkedAsArtifacts(enc(input))
    expect(artifacts).toBe(2)
    expect(dec(bytes)).toBe('q 1 0 0 rg /Artifact BMC\n0 0 10 10 re f EMC\nQ /P <</MCID 0>> BDC BT (x) Tj ET EMC /Artifact BMC\n0 0 1 1 re S\nEMC\n')
    const after = readMarkedContent({ id: 'page', bytes })
    expect(after.unmarked).toEqual([])
    expect(after.mcids).toEqual([{ stream: 'page', mcid: 0 }])
  })

  it('leaves a stream without unmarked content alone, and does not wrap a form that holds tagged content', () => {
    const tagged = enc('/P <</MCID 0>> BDC 0 0 1 1 re f EMC')
    expect(markUnmarkedAsArtifacts(tagged).bytes).toBe(tagged)
    expect(dec(markUnmarkedAsArtifacts(enc('/X1 Do /X2 Do'), name => name === 'X1').bytes)).toBe('/X1 Do /Artifact BMC\n/X2 Do\nEMC\n')
  })
})

describe('readMarkedContent', () => {
  it('reads into form XObjects, with their text and MCIDs, and finds content that is neither tagged nor artifact', () => {
    const form = { id: '9 0 R', bytes: enc('/Span <</MCID 0>> BDC (Hallo) Tj EMC 0 0 1 1 re f'), decode: (_: string, b: Uint8Array) => dec(b) }
    const facts = readMarkedContent({ id: 'page', bytes: enc('/Fm0 Do'), form: name => (name === 'Fm0' ? form : undefined) })
    expect(facts.mcids).toEqual([{ stream: '9 0 R', mcid: 0 }])
    expect(facts.text.get('9 0 R:0')).toBe('Hallo')
    expect(facts.unmarked).toEqual(['re at offset 37 of form 9 0 R', 'f at offset 48 of form 9 0 R'])
  })

  it('reports artifacts and tagged content nested in each other, and unbalanced sequences', () => {
    const facts = readMarkedContent({ id: 'page', bytes: enc('/P <</MCID 1>> BDC /Artifact BMC EMC EMC EMC /Artifact BMC') })
    expect(facts.misnested).toEqual(['Artifact inside MCID page:1: BMC at offset 19'])
    expect(facts.unbalanced).toEqual(['EMC without BMC/BDC: EMC at offset 41', '1 marked-content sequence(s) not closed in the page'])
  })
})

describe('parseToUnicode', () => {
  it('reads bfchar and bfrange (offset and array) entries', () => {
    const cmap = parseToUnicode('1 begincodespacerange <0000> <FFFF> endcodespacerange\n2 beginbfchar <0003> <0020> <0010> <00660069> endbfchar\n2 beginbfrange <0020> <0022> <0041> <0030> <0031> [<00E9> <00EB>] endbfrange')
    expect(cmap.bytesPerCode).toBe(2)
    expect([3, 0x10, 0x20, 0x22, 0x30, 0x31].map(c => cmap.map.get(c))).toEqual([' ', 'fi', 'A', 'C', 'é', 'ë'])
  })
})

describe('textlessMcids', () => {
  it('finds tagged sequences that only paint shapes, not those with text, images or nested tags', () => {
    const stream = '/Table <</MCID 0>> BDC 0 0 9 1 re f EMC /P <</MCID 1>> BDC BT (x) Tj ET EMC /Figure <</MCID 2>> BDC /Im0 Do EMC /Div <</MCID 3>> BDC /Span <</MCID 4>> BDC (y) Tj EMC EMC'
    expect(textlessMcids(enc(stream)).map(m => m.mcid)).toEqual([0])
    const [first] = textlessMcids(enc(stream))
    expect(dec(replaceRanges(enc(stream), [{ ...first!, text: '/Artifact BMC' }])).startsWith('/Artifact BMC 0 0 9 1 re f EMC /P')).toBe(true)
  })
})
