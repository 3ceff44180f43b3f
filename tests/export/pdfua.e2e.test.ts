/**
 * Every PDF the export writes meets the machine-checkable conditions of PDF/UA-1
 * (tests/support/pdfua.ts): the main deck, the gallery, a deck made by the scaffolder and
 * the links fixture (links between slides and notes on continuation pages), each
 * exported once, all three PDFs of each.
 */
import type { Deck } from '../../cli/shared/deck'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { HANDOUT_LABELS } from '../../cli/export/handout-page'
import { stripClickMarkers } from '../../cli/export/note-text'
import { loadDeck, readHeadmatter } from '../../cli/shared/deck'
import { THEME_ROOT } from '../../cli/shared/theme'
import { deckLanguages, selectLanguage } from '../../setup/bilingual'
import { briefing } from '../support/cli'
import { writeNewDeck } from '../support/new-deck'
import { checkPdfUa, elements, PDFUA_CONDITIONS, readingOrderText, taggedTables } from '../support/pdfua'

const KINDS = ['slides', 'handout', 'handout-3up'] as const
const place = mkdtempSync(join(tmpdir(), 'bx-pdfua-'))

interface Exported { deck: Deck, files: Record<typeof KINDS[number], string>, docs: Record<typeof KINDS[number], PDFDocument> }

async function exportDeck(entry: string, name: string, base: string): Promise<Exported> {
  const out = join(place, 'out', name)
  return readExport(entry, { out, ...briefing(['export', entry, '--out', out]) }, base)
}

async function readExport(entry: string, run: { out: string, status: number | null, stderr: string }, base: string): Promise<Exported> {
  const { out } = run
  expect(run.status, `export ${entry}\n${run.stderr}`).toBe(0)
  const files = { 'slides': join(out, `${base}.pdf`), 'handout': join(out, `${base}-handout.pdf`), 'handout-3up': join(out, `${base}-handout-3up.pdf`) }
  const docs = Object.fromEntries(await Promise.all(KINDS.map(async kind => [kind, await PDFDocument.load(readFileSync(files[kind]), { updateMetadata: false })]))) as Exported['docs']
  return { deck: await loadDeck(entry), files, docs }
}

const decks: Record<string, Exported> = {}

beforeAll(async () => {
  const created = writeNewDeck('pdfua')
  const shared = inject('sharedExports') // run once by the global setup, read by export.e2e too
  decks.main = await readExport(shared.main.entry, shared.main, 'benelux-briefing')
  decks.gallery = await exportDeck(join(THEME_ROOT, 'gallery.md'), 'gallery', 'gallery')
  decks.new = await exportDeck(created, 'new', 'nieuwe-briefing')
  decks.links = await readExport(shared.links.entry, shared.links, 'links')
}, 600_000)

afterAll(() => rmSync(place, { recursive: true, force: true }))

describe.each(['main', 'gallery', 'new', 'links'])('%s deck', (name) => {
  describe.each(KINDS)('%s PDF', (kind) => {
    it.each(PDFUA_CONDITIONS)('meets PDF/UA-1: %s', (condition) => {
      const report = checkPdfUa(decks[name]!.docs[kind])
      expect(report[condition], `${decks[name]!.files[kind]}: ${condition}`).toEqual([])
    })

    it('embeds every font, none of them Type 3 (pdffonts)', () => {
      const rows = execFileSync('pdffonts', [decks[name]!.files[kind]], { encoding: 'utf8' }).trim().split('\n').slice(2)
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) {
        expect(row, row).not.toMatch(/Type 3/)
        expect(row.split(/\s+/).slice(-5, -2), `not embedded or no ToUnicode: ${row}`).toEqual(['yes', 'yes', 'yes'])
      }
    })
  })
})

describe('alternative texts', () => {
  it('come from the components\' accessible names: title and description of maps and org charts', async () => {
    // The deck as the Dutch build reads it (its {nl: … | fr: …} forms resolved).
    const entry = join(THEME_ROOT, 'slides.md')
    const selection = deckLanguages(await readHeadmatter(entry), 'nl')
    const source = selectLanguage(readFileSync(entry, 'utf8').split('\n'), selection).join('\n')
    const titles = Array.from(source.matchAll(/<(?:OrgChart|CityMap)[^>]*\stitle="([^"]+)"/g), m => m[1]!)
    expect(titles.length).toBeGreaterThan(0)
    for (const kind of KINDS) {
      const texts = elements(decks.main!.docs[kind]).filter(e => e.role === 'Figure').map((e) => {
        const alt = e.dict.get(PDFName.of('Alt'))
        return alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : ''
      })
      for (const title of titles)
        expect(texts.some(t => t.startsWith(title) && t.length > title.length + 20), `${kind}: no Figure with the alt "${title} …"`).toBe(true)
    }
  })
})

describe('charts', () => {
  // The gallery's four chart pages (gallery/chart-*.md, data in snippets/chart-*.md), in Dutch.
  const CHARTS = [['Kolomdiagram', 'Inwoners'], ['Staafdiagram, gestapeld', 'Grensarbeiders'], ['Lijndiagram', 'Bevolking'], ['Verdeling in procent', 'Gewesten']] as const
  const chartTables = (kind: typeof KINDS[number]) => taggedTables(decks.gallery!.docs[kind]).filter(t => t.figureAlt && CHARTS.some(([type]) => t.figureAlt!.includes(`${type}:`)))

  it.each(['slides', 'handout'] as const)('%s PDF: each chart is a Figure with an /Alt summary, followed by its data as a Table with TH /Scope', (kind) => {
    const tables = chartTables(kind)
    expect(tables.map(t => t.caption.split(' (')[0]), 'one table after each chart\'s Figure, in order').toEqual(CHARTS.map(([, title]) => title))
    tables.forEach((table, i) => {
      const [type, title] = CHARTS[i]!
      expect(table.figureAlt, 'alt: title, type, series and range').toMatch(new RegExp(`^${title} ${type}: \\d+ reeksen \\(.+\\) over \\d+ categorieën, (waarden|aandelen) van \\S+ tot \\S+`))
      const [head, ...rows] = table.rows
      expect(head!.map(c => [c.role, c.scope])).toEqual(head!.map(() => ['TH', 'Column']))
      expect(rows.length).toBeGreaterThan(1)
      for (const row of rows)
        expect(row.map(c => [c.role, c.scope])).toEqual([['TH', 'Row'], ...head!.slice(1).map(() => ['TD', undefined])])
    })
    // snippets/chart-column.md
    expect(tables[0]!.rows.map(r => r.map(c => c.text))).toEqual([['Categorie', '2000', '2024'], ['NL', '15,9', '17,9'], ['BE', '10,2', '11,8'], ['LU', '0,4', '0,7']])
  })

  it('notes handout: text extraction (pdftotext -layout) gives each chart\'s table under its caption, row by row', () => {
    const lines = execFileSync('pdftotext', ['-layout', decks.gallery!.files.handout, '-'], { encoding: 'utf8' }).split('\n').map(l => l.trim().replace(/\s+/g, ' ')).filter(Boolean)
    const tables = chartTables('handout')
    expect(tables).toHaveLength(CHARTS.length)
    for (const table of tables) {
      const at = lines.indexOf(table.caption)
      expect(at, `caption "${table.caption}" on a line of its own`).toBeGreaterThanOrEqual(0)
      expect(lines.slice(at + 1, at + 1 + table.rows.length)).toEqual(table.rows.map(r => r.map(c => c.text).join(' ')))
    }
    const column = lines.indexOf('Inwoners (miljoen)')
    expect(lines.slice(column + 1, column + 5)).toEqual(['Categorie 2000 2024', 'NL 15,9 17,9', 'BE 10,2 11,8', 'LU 0,4 0,7'])
  })
})

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
const plain = (markdown: string) => squash(stripClickMarkers(markdown).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, '').replace(/^\s*(?:[-+]|\d+\.)\s+/gm, ''))

describe('handout reading order', () => {
  // Each slide's first sheet starts with its label "Dia N van M" as text (running headers
  // of continuation sheets and footers are artifacts): the notes must lie between that
  // label and the next slide's.
  it.each(['main', 'links'])('%s: each slide\'s notes follow its slide, before the next slide, continuation pages too', (name) => {
    const { deck, docs } = decks[name]!
    const flat = readingOrderText(docs.handout).map(e => squash(e.text)).join('')
    const count = deck.slides.length
    const starts = deck.slides.map(slide => flat.indexOf(squash(`${HANDOUT_LABELS.slide} ${slide.no} ${HANDOUT_LABELS.of} ${count}`)))
    expect(starts.every(s => s >= 0), `every slide label in the reading order: ${starts}`).toBe(true)
    expect(starts, 'slides in order').toEqual([...starts].sort((a, b) => a - b))
    let checked = 0
    deck.slides.forEach((slide, i) => {
      if (!slide.note)
        return
      // Digits left out: list numbers are Lbl text in the PDF but markup in the notes.
      // The heading of continued notes sits between the parts: leave it out.
      const segment = flat.slice(starts[i], starts[i + 1] ?? flat.length).replaceAll(squash(`${HANDOUT_LABELS.notes} (${HANDOUT_LABELS.continued})`), '').replace(/\d+/g, '')
      const notes = plain(slide.note).replace(/\d+/g, '')
      expect(segment, `the notes of slide ${slide.no}, whole and in order, between its slide and the next`).toContain(notes)
      checked++
    })
    expect(checked).toBeGreaterThan(0)
  })
})
