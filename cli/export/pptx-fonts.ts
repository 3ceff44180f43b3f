/**
 * The theme's typefaces as font files to install, written beside the PPTX (`fonts/`): a
 * .pptx names its fonts but Slidev's exporter embeds none, and without them PowerPoint
 * and LibreOffice set the text in a wider substitute. Embedding them instead does not hold
 * in LibreOffice Impress 7.4 (Debian 12): it ignores `p:embeddedFontLst` (measured with EOT
 * and with plain TrueType font parts; docs/export.md). The files are the theme's own
 * (@fontsource packages, the weights styles/index.ts loads, Latin subset: Dutch and French),
 * turned from WOFF into the TrueType/OpenType files office suites install (Impress reads no
 * WOFF). WOFF 1.0 is the font's own tables, each zlib-compressed: unpacking them is all.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { inflateSync } from 'node:zlib'
import { THEME_ROOT } from '../shared/theme'

/** One face of a typeface: its @fontsource package, weight and style. */
export interface FontFace { pkg: string, weight: number, italic: boolean }

const RE_FONT_IMPORT = /@fontsource\/([\w-]+)\/(\d{3})(-italic)?\.css/g

/**
 * The faces to install: of every typeface styles/index.ts loads, the four that office
 * suites pick by their bold and italic buttons (regular, italic, bold, bold italic), and
 * the semibold (600) it loads, which the PPTX names as a family of its own
 * (`Source Sans 3 SemiBold`, cli/export/pptx-finish.ts).
 */
export function themeFontFaces(stylesSource = readFileSync(join(THEME_ROOT, 'styles/index.ts'), 'utf8')): FontFace[] {
  const imported = Array.from(stylesSource.matchAll(RE_FONT_IMPORT), m => ({ pkg: m[1]!, weight: Number(m[2]), italic: !!m[3] }))
  const packages = [...new Set(imported.map(face => face.pkg))]
  return [
    ...packages.flatMap(pkg => [400, 700].flatMap(weight => [false, true].map(italic => ({ pkg, weight, italic })))),
    ...imported.filter(face => face.weight === 600 && !face.italic),
  ]
}

const WOFF_SIGNATURE = 0x774F4646 // 'wOFF'

/** A WOFF 1.0 font as the sfnt (TrueType or OpenType) file it packs. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength)
  if (woff.byteLength < 44 || view.getUint32(0) !== WOFF_SIGNATURE)
    throw new Error('not a WOFF 1.0 font')
  const flavor = view.getUint32(4)
  const numTables = view.getUint16(12)
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20
    const offset = view.getUint32(at + 4)
    const compLength = view.getUint32(at + 8)
    const origLength = view.getUint32(at + 12)
    const packed = woff.subarray(offset, offset + compLength)
    const data = compLength < origLength ? new Uint8Array(inflateSync(packed)) : packed
    if (data.byteLength !== origLength)
      throw new Error(`WOFF table ${i} unpacks to ${data.byteLength} bytes, expected ${origLength}`)
    return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data }
  })
  const pad = (n: number) => (n + 3) & ~3
  const headerSize = 12 + 16 * numTables
  const size = tables.reduce((sum, t) => sum + pad(t.data.byteLength), headerSize)
  const out = new Uint8Array(size)
  const o = new DataView(out.buffer)
  const entrySelector = Math.floor(Math.log2(numTables))
  const searchRange = 2 ** entrySelector * 16
  o.setUint32(0, flavor)
  o.setUint16(4, numTables)
  o.setUint16(6, searchRange)
  o.setUint16(8, entrySelector)
  o.setUint16(10, numTables * 16 - searchRange)
  let offset = headerSize
  tables.forEach((table, i) => {
    const at = 12 + i * 16
    o.setUint32(at, table.tag)
    o.setUint32(at + 4, table.checksum)
    o.setUint32(at + 8, offset)
    o.setUint32(at + 12, table.data.byteLength)
    out.set(table.data, offset)
    offset += pad(table.data.byteLength)
  })
  return out
}

/** Font file name: SourceSans3-600.ttf, SourceSerif4-400-italic.otf. */
export function fontFileName(face: FontFace, sfnt: Uint8Array): string {
  const family = face.pkg.split('-').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('')
  const cff = new DataView(sfnt.buffer, sfnt.byteOffset).getUint32(0) === 0x4F54544F // 'OTTO'
  return `${family}-${face.weight}${face.italic ? '-italic' : ''}.${cff ? 'otf' : 'ttf'}`
}

export const FONT_FOLDER = 'fonts'

/** How to install the font files, as the folder's README says it. */
export const FONT_README = `Fonts of the PowerPoint file beside this folder

The slides are set in Source Sans 3, Source Serif 4 and Source Code Pro (SIL Open Font
License 1.1, see OFL.txt). A .pptx names its fonts but does not carry them: without
these installed, PowerPoint and LibreOffice set the text in a wider font, and text boxes
shrink their text to fit.

Install them before opening the file:
- Windows: select the files, right-click, Install (or Install for all users).
- macOS: double-click each file, Install Font (Font Book).
- Linux (LibreOffice): copy them into ~/.local/share/fonts/ (or ~/.fonts/), then run
  fc-cache -f.
Then restart PowerPoint or LibreOffice.
`

/**
 * Writes `<dir>/fonts/` (the theme's faces, their licence and the README above) and
 * returns its path. The folder is written under a temporary name and renamed in place.
 */
export function writeFontFolder(dir: string, faces = themeFontFaces()): string {
  const target = join(dir, FONT_FOLDER)
  const temp = join(dir, `.${FONT_FOLDER}.${process.pid}.tmp`)
  const require = createRequire(join(THEME_ROOT, 'package.json'))
  rmSync(temp, { recursive: true, force: true })
  mkdirSync(temp, { recursive: true })
  try {
    const licences = new Set<string>()
    for (const face of faces) {
      const root = dirname(require.resolve(`@fontsource/${face.pkg}/package.json`))
      const woff = readFileSync(join(root, 'files', `${face.pkg}-latin-${face.weight}-${face.italic ? 'italic' : 'normal'}.woff`))
      const sfnt = woffToSfnt(woff)
      writeFileSync(join(temp, fontFileName(face, sfnt)), sfnt)
      licences.add(readFileSync(join(root, 'LICENSE'), 'utf8').trim())
    }
    writeFileSync(join(temp, 'OFL.txt'), `${[...licences].join('\n\n')}\n`)
    writeFileSync(join(temp, 'README.txt'), FONT_README)
    rmSync(target, { recursive: true, force: true })
    renameSync(temp, target)
    return target
  }
  finally {
    rmSync(temp, { recursive: true, force: true })
  }
}
