import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { THEME_ROOT } from '../shared/theme'
import { fontFileName, themeFontFaces, woffToSfnt } from './pptx-fonts'

const require = createRequire(join(THEME_ROOT, 'package.json'))
const woffOf = (pkg: string, file: string) => new Uint8Array(readFileSync(join(dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files', file)))

/** The sfnt checksum of a table: the sum of its big-endian 32-bit words (zero-padded). */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.byteLength + 3) & ~3)
  padded.set(bytes)
  const view = new DataView(padded.buffer)
  let sum = 0
  for (let at = 0; at < padded.byteLength; at += 4)
    sum = (sum + view.getUint32(at)) >>> 0
  return sum
}

describe('themeFontFaces', () => {
  it('installs regular, italic, bold and bold italic of each typeface, plus the semibold faces loaded', () => {
    const styles = [
      `import '@fontsource/source-sans-3/400.css'`,
      `import '@fontsource/source-sans-3/600.css'`,
      `import '@fontsource/source-serif-4/600-italic.css'`,
      `import '@fontsource/source-serif-4/600.css'`,
    ].join('\n')
    const faces = themeFontFaces(styles).map(f => `${f.pkg} ${f.weight}${f.italic ? ' italic' : ''}`)
    expect(faces).toEqual([
      'source-sans-3 400',
      'source-sans-3 400 italic',
      'source-sans-3 700',
      'source-sans-3 700 italic',
      'source-serif-4 400',
      'source-serif-4 400 italic',
      'source-serif-4 700',
      'source-serif-4 700 italic',
      'source-sans-3 600',
      'source-serif-4 600',
    ])
  })

  it('reads the theme\'s own styles: every typeface it loads, the semibold it uses', () => {
    const faces = themeFontFaces()
    expect(new Set(faces.map(f => f.pkg))).toEqual(new Set(['source-sans-3', 'source-code-pro', 'source-serif-4']))
    expect(faces.filter(f => f.weight === 600).map(f => f.pkg)).toEqual(['source-sans-3', 'source-serif-4'])
  })
})

describe('woffToSfnt', () => {
  const woff = woffOf('source-sans-3', 'source-sans-3-latin-400-normal.woff')
  const sfnt = woffToSfnt(woff)
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength)
  const numTables = view.getUint16(4)
  const entries = Array.from({ length: numTables }, (_, i) => ({
    tag: String.fromCharCode(...sfnt.subarray(12 + 16 * i, 16 + 16 * i)),
    checksum: view.getUint32(12 + 16 * i + 4),
    offset: view.getUint32(12 + 16 * i + 8),
    length: view.getUint32(12 + 16 * i + 12),
  }))

  it('keeps the WOFF\'s flavour and tables, with the binary-search fields of the table directory', () => {
    const wview = new DataView(woff.buffer, woff.byteOffset)
    expect(view.getUint32(0)).toBe(wview.getUint32(4))
    expect(numTables).toBe(wview.getUint16(12))
    const entrySelector = Math.floor(Math.log2(numTables))
    expect([view.getUint16(6), view.getUint16(8), view.getUint16(10)]).toEqual([2 ** entrySelector * 16, entrySelector, numTables * 16 - 2 ** entrySelector * 16])
  })

  it('unpacks every table to its original bytes: each one matches the checksum the font carries, 4-byte aligned, in order', () => {
    expect(entries.map(e => e.tag)).toContain('glyf')
    let end = 12 + 16 * numTables
    for (const entry of entries) {
      expect(entry.offset % 4, entry.tag).toBe(0)
      expect(entry.offset, entry.tag).toBeGreaterThanOrEqual(end)
      end = entry.offset + entry.length
      // head's checksum is taken with its checkSumAdjustment field as zero.
      const data = sfnt.slice(entry.offset, entry.offset + entry.length)
      if (entry.tag === 'head')
        data.fill(0, 8, 12)
      expect(checksum(data), entry.tag).toBe(entry.checksum)
    }
    expect(sfnt.byteLength).toBe((end + 3) & ~3)
    const head = entries.find(e => e.tag === 'head')!
    expect(view.getUint32(head.offset + 12).toString(16)).toBe('5f0f3cf5')
  })

  it('refuses what is no WOFF 1.0 font, saying so', () => {
    expect(() => woffToSfnt(sfnt)).toThrow('not a WOFF 1.0 font')
    expect(() => woffToSfnt(new Uint8Array(10))).toThrow('not a WOFF 1.0 font')
  })
})

describe('fontFileName', () => {
  it('names a face by its family, weight and style, .ttf for TrueType and .otf for CFF outlines', () => {
    const truetype = woffToSfnt(woffOf('source-sans-3', 'source-sans-3-latin-400-normal.woff'))
    expect(fontFileName({ pkg: 'source-sans-3', weight: 600, italic: false }, truetype)).toBe('SourceSans3-600.ttf')
    const cff = new Uint8Array([0x4F, 0x54, 0x54, 0x4F, 0, 0])
    expect(fontFileName({ pkg: 'source-serif-4', weight: 400, italic: true }, cff)).toBe('SourceSerif4-400-italic.otf')
  })
})
