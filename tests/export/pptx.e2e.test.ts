/**
 * The editable PPTX opened in a real office suite: LibreOffice Impress (Debian's
 * libreoffice-impress, scripts/install-system-deps.sh) converts the PPTX of the main deck,
 * the gallery and a deck made by `briefing new` (built here, while the other two export)
 * to PDF, in one soffice call, with the fonts the export writes beside
 * the PPTX installed (a private fontconfig, as a user following fonts/README.txt would).
 * Each page is compared with the slides PDF of the same build: the same text (what is in a
 * picture is in its alt text), every word inside its text box and the slide, text boxes
 * inside the shapes they sit on, as many lines per text box as the slide sets, icons as SVG
 * pictures, titles in title placeholders, web pages (iframes) as pictures with the page's
 * text as alt text, inline code highlighted in its run, centred title rules centred.
 * Where soffice is missing the file says so and skips.
 */
import type { Browser } from 'playwright-core'
import type { PptxResult } from '../../cli/export/export-pptx'
import type { Deck } from '../../cli/shared/deck'
import type { StaticServer } from '../../cli/shared/serve'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { endPrintRun, exportTargets, newPrintRun, printPdfs, renderPrintPage } from '../../cli/export/export-deck'
import { exportPptx } from '../../cli/export/export-pptx'
import { splitShapes } from '../../cli/export/pptx-finish'
import { launchBrowser } from '../../cli/shared/browser'
import { buildForPrint } from '../../cli/shared/build'
import { loadDeck } from '../../cli/shared/deck'
import { serveDist } from '../../cli/shared/serve'
import { THEME_ROOT } from '../../cli/shared/theme'
import { writeNewDeck } from '../support/new-deck'

const OUT = join(THEME_ROOT, '.cache/pptx-e2e')
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0
if (!hasSoffice)
  console.warn('[pptx] soffice (LibreOffice Impress) not found: the PPTX-in-Impress test is skipped. Install it with `bash scripts/install-system-deps.sh`.')

/** Words as compared: lower case, hyphens out (line breaks split them differently), letters and digits. */
function words(text: string): string[] {
  return text.toLowerCase().replace(/[-\u00AD]\s+/g, '').replace(/[-\u00AD]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []
}

function bag(list: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const w of list)
    counts.set(w, (counts.get(w) ?? 0) + 1)
  return counts
}

function minus(a: Map<string, number>, b: Map<string, number>): string[] {
  return [...a].flatMap(([w, n]) => Array.from<string>({ length: Math.max(0, n - (b.get(w) ?? 0)) }).fill(w))
}

interface Word { text: string, x0: number, y0: number, x1: number, y1: number }
interface PdfPage { width: number, height: number, words: Word[], text: string }

function readPdf(file: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  return Array.from(html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g), (page) => {
    const list = Array.from(page[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g), w => ({
      text: w[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\''),
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
    }))
    return { width: Number(page[1]), height: Number(page[2]), words: list, text: list.map(w => w.text).join(' ') }
  })
}

/**
 * How many lines the words of a text box (`own`) take on a PDF page, where they lie inside
 * the box: words whose middles lie apart by half a word's height or more start a new line.
 */
function lineCount(page: PdfPage, r: { x: number, y: number, w: number, h: number }, own: Set<string>): number {
  const scale = 0.75 // pt per px
  const mids = page.words
    .filter((w) => {
      const cx = (w.x0 + w.x1) / 2 / scale
      const cy = (w.y0 + w.y1) / 2 / scale
      return cx >= r.x - 3 && cx <= r.x + r.w + 3 && cy >= r.y - 3 && cy <= r.y + r.h + 3 && words(w.text).some(x => own.has(x))
    })
    .map(w => ({ mid: (w.y0 + w.y1) / 2, h: w.y1 - w.y0 }))
    .sort((a, b) => a.mid - b.mid)
  let lines = 0
  let last: { mid: number, h: number } | undefined
  for (const m of mids) {
    if (!last || m.mid > last.mid + Math.min(last.h, m.h) / 2) {
      lines++
      last = m
    }
  }
  return lines
}

interface SlideXml { xml: string, shapes: ReturnType<typeof splitShapes>['shapes'] }

async function readSlides(file: string): Promise<SlideXml[]> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  const names = Object.keys(zip.files).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
  return Promise.all(names.map(async (n) => {
    const xml = await zip.file(n)!.async('string')
    return { xml, shapes: splitShapes(xml).shapes }
  }))
}

interface Exported { name: string, deck: Deck, pdf: string, pptx: PptxResult, impress: PdfPage[], slides: PdfPage[], xml: SlideXml[] }

const decks: Exported[] = []
let browser: Browser | undefined
const servers: StaticServer[] = []
let impressMs = 0
let buildMs = 0

async function exportBoth(name: string, dist: string, entry: string): Promise<Omit<Exported, 'impress' | 'slides' | 'xml'>> {
  const deck = await loadDeck(entry)
  const server = await serveDist(dist)
  servers.push(server)
  const outDir = join(OUT, name)
  mkdirSync(outDir, { recursive: true })
  const targets = exportTargets(deck, outDir)
  const run = newPrintRun(() => undefined)
  try {
    const print = await renderPrintPage(browser!, server.url, deck, run, 60_000)
    await printPdfs(print, deck, targets, run, ['slides'])
    await print.context.close()
  }
  finally {
    await endPrintRun(run)
  }
  const pptx = await exportPptx({ browser: browser!, url: server.url, deck, target: targets.files.slides.replace(/\.pdf$/, '.pptx'), log: () => undefined })
  return { name, deck, pdf: targets.files.slides, pptx }
}

describe.skipIf(!hasSoffice)('editable PPTX in LibreOffice Impress', () => {
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true })
    mkdirSync(OUT, { recursive: true })
    // The new deck has no build of the global setup: its print build (what export makes) runs meanwhile.
    const created = writeNewDeck('pptx-e2e/source')
    const newDist = join(OUT, 'new-dist')
    const buildStart = Date.now()
    const building = buildForPrint(created, newDist).then(() => (buildMs = Date.now() - buildStart))
    building.catch(() => undefined)
    browser = await launchBrowser()
    const main = await exportBoth('main', inject('mainDist'), join(THEME_ROOT, 'slides.md'))
    const gallery = await exportBoth('gallery', inject('visualDists').gallery!, join(THEME_ROOT, 'gallery.md'))
    await building
    let t = Date.now()
    const fresh = await exportBoth('new', newDist, created)
    const newExportMs = Date.now() - t
    // Impress with the fonts written beside the PPTX, in a profile and font setup of its own.
    const fontsConf = join(OUT, 'fonts.conf')
    writeFileSync(fontsConf, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${main.pptx.fonts}</dir><cachedir>${join(OUT, 'fc-cache')}</cachedir></fontconfig>`)
    t = Date.now()
    execFileSync('soffice', [`-env:UserInstallation=file://${join(OUT, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(OUT, 'impress'), main.pptx.target, gallery.pptx.target, fresh.pptx.target], { env: { ...process.env, FONTCONFIG_FILE: fontsConf }, stdio: 'ignore', timeout: 240_000 })
    impressMs = Date.now() - t
    for (const done of [main, gallery, fresh]) {
      const stem = done.pptx.target.split('/').at(-1)!.replace(/\.pptx$/, '')
      decks.push({ ...done, impress: readPdf(join(OUT, 'impress', `${stem}.pdf`)), slides: readPdf(done.pdf), xml: await readSlides(done.pptx.target) })
    }
    console.warn(`[pptx] new deck: print build ${(buildMs / 1000).toFixed(1)} s (beside the other exports), PDF and PPTX ${(newExportMs / 1000).toFixed(1)} s; soffice converted the three decks in ${(impressMs / 1000).toFixed(1)} s`)
  }, 420_000)

  afterAll(async () => {
    await browser?.close()
    await Promise.all(servers.map(s => s.close()))
  })

  /** One test per deck, so that each deck's result shows on its own. */
  const each = (title: string, fn: (deck: Exported) => void) => it.each(['main', 'gallery', 'new'])(`%s: ${title}`, (name) => {
    const deck = decks.find(d => d.name === name)
    expect(deck, `${name} exported and converted`).toBeDefined()
    fn(deck!)
  })

  each('opens with one page per slide, every shape inside its slide\'s XML', (d) => {
    expect(d.impress, d.name).toHaveLength(d.deck.slides.length)
    expect(d.xml, d.name).toHaveLength(d.deck.slides.length)
    d.xml.forEach((slide, i) => expect(slide.xml.trimEnd().endsWith('</p:sld>'), `${d.name} slide ${i + 1}: something after the slide`).toBe(true))
  })

  each('shows the text of the slides PDF, no more and no less; what a picture shows is its alt text', (d) => {
    d.slides.forEach((page, i) => {
      const descr = Array.from(d.xml[i]!.xml.matchAll(/<p:cNvPr [^>]*descr="([^"]*)"/g), m => m[1]).join(' ')
      // A label broken at its hyphen in the figure reads as two words there.
      const alt = [...words(descr), ...words(descr.replace(/-/g, ' '))]
      const shown = bag(words(d.impress[i]!.text))
      const printed = bag(words(page.text))
      const where = `${d.name} slide ${i + 1}`
      expect(minus(shown, printed), `${where}: text in Impress that the slides PDF does not show`).toEqual([])
      // A web page (iframe) is a picture: its text is in the picture's alt text.
      const altWords = new Set(alt)
      expect(minus(printed, shown).filter(w => !altWords.has(w)), `${where}: text of the slides PDF missing in Impress`).toEqual([])
    })
  })

  each('keeps every word inside the slide and inside its text box', (d) => {
    const scale = 0.75 // pt per px
    const tolerance = 2.5
    d.impress.forEach((page, i) => {
      const boxes = d.xml[i]!.shapes.filter(s => s.kind === 'sp' && s.text.trim()).map(s => ({ words: new Set(words(s.text)), r: s.rect }))
      for (const w of page.words) {
        const where = `${d.name} slide ${i + 1}: "${w.text}"`
        expect(w.x0 >= -tolerance && w.y0 >= -tolerance && w.x1 <= page.width + tolerance && w.y1 <= page.height + tolerance, `${where} runs out of the slide`).toBe(true)
        const ws = words(w.text)
        if (!ws.length)
          continue
        const inside = boxes.some(b => ws.every(x => b.words.has(x) || [...b.words].some(y => y.includes(x)))
          && w.x0 >= b.r.x * scale - tolerance && w.x1 <= (b.r.x + b.r.w) * scale + tolerance
          // Vertically by its middle: pdftotext's word box is the font's whole height, taller than an exact line.
          && (w.y0 + w.y1) / 2 >= b.r.y * scale - tolerance && (w.y0 + w.y1) / 2 <= (b.r.y + b.r.h) * scale + tolerance)
        expect(inside, `${where} lies outside its text box`).toBe(true)
      }
    })
  })

  each('keeps text boxes inside the slide and the card or panel they sit on', (d) => {
    const { width, height } = { width: 980, height: 552 }
    d.xml.forEach((slide, i) => {
      const shapes = slide.shapes.filter(s => s.kind === 'sp' && !s.text.trim() && s.rect.w * s.rect.h < 0.5 * width * height && s.rect.w > 40 && s.rect.h > 30)
      // A slide that shows no title gets one above it, on purpose (cli/export/pptx-finish.ts hiddenTitle).
      const hiddenTitle = (s: { xml: string, rect: { y: number, h: number } }) => s.xml.includes('<p:ph type="title"/>') && s.rect.y + s.rect.h <= 0
      for (const text of slide.shapes.filter(s => s.kind === 'sp' && s.text.trim() && !hiddenTitle(s))) {
        const r = text.rect
        const where = `${d.name} slide ${i + 1}: "${text.text.slice(0, 40)}"`
        expect(r.x >= -0.5 && r.y >= -0.5 && r.x + r.w <= width + 0.5 && r.y + r.h <= height + 0.5, `${where} runs out of the slide`).toBe(true)
        const cx = r.x + r.w / 2
        const cy = r.y + r.h / 2
        const card = shapes.filter(s => cx > s.rect.x && cx < s.rect.x + s.rect.w && cy > s.rect.y && cy < s.rect.y + s.rect.h).sort((a, b) => a.rect.w * a.rect.h - b.rect.w * b.rect.h)[0]
        if (card)
          expect(r.x >= card.rect.x - 1 && r.x + r.w <= card.rect.x + card.rect.w + 1 && r.y >= card.rect.y - 1 && r.y + r.h <= card.rect.y + card.rect.h + 1, `${where} runs out of its card`).toBe(true)
      }
    })
  })

  each('draws every icon as an SVG picture with a PNG beside it, never as a filled box', (d) => {
    const icons = d.pptx.facts.slides.map(s => s.icons.length)
    expect(icons.reduce((a, b) => a + b, 0), `${d.name}: no icons seen`).toBeGreaterThan(0)
    d.xml.forEach((slide, i) => {
      const svgPictures = slide.shapes.filter(s => s.kind === 'pic' && s.xml.includes('asvg:svgBlip') && s.xml.includes('adec:decorative'))
      expect(svgPictures, `${d.name} slide ${i + 1}`).toHaveLength(icons[i]!)
      for (const no of d.pptx.facts.slides[i]!.icons) {
        const at = d.pptx.facts.icons[no]!.rect
        const filled = slide.shapes.filter(s => s.kind === 'sp' && s.xml.includes('<a:solidFill>') && Math.abs(s.rect.x - at.x) < 1 && Math.abs(s.rect.y - at.y) < 1 && Math.abs(s.rect.w - at.w) < 1)
        expect(filled, `${d.name} slide ${i + 1}: a filled box where an icon is`).toEqual([])
      }
    })
  })

  each('has each slide title in a title placeholder, first in the reading order; pictures have alt text or are decorative', (d) => {
    d.xml.forEach((slide, i) => {
      const where = `${d.name} slide ${i + 1}`
      const titles = slide.shapes.filter(s => s.xml.includes('<p:ph type="title"/>'))
      expect(titles, `${where}: title placeholders`).toHaveLength(1)
      const read = slide.shapes.filter(s => !s.xml.includes('adec:decorative'))
      expect(read[0], `${where}: the title is not read first`).toBe(titles[0])
      for (const pic of slide.shapes.filter(s => s.kind === 'pic'))
        expect(/descr="[^"]+"/.test(pic.xml) || pic.xml.includes('adec:decorative'), `${where}: a picture without alt text`).toBe(true)
      expect(slide.xml, where).not.toContain('Rendered as an image')
      expect(slide.xml, where).not.toContain('lang="en-US"')
    })
  })

  each('sets each text box in as many lines as the slides PDF (no line takes the next line\'s first word)', (d) => {
    const changed: string[] = []
    // Left out: text in columns (Impress fills them in its own way) and boxes mostly of
    // inline code (a row of `layout: …` notes: monospaced runs that Impress sets a little
    // narrower, without their padding; docs/export.md).
    const highlighted = (xml: string) => Array.from(xml.matchAll(/<a:highlight>[\s\S]*?<a:t>([^<]*)<\/a:t>/g), m => m[1]!).join('').length
    d.xml.forEach((slide, i) => {
      for (const box of slide.shapes.filter(s => s.kind === 'sp' && s.text.trim() && s.rect.y + s.rect.h > 0 && !s.xml.includes('numCol=') && highlighted(s.xml) <= s.text.length / 2)) {
        const own = new Set(words(box.text))
        const slides = lineCount(d.slides[i]!, box.rect, own)
        const impress = lineCount(d.impress[i]!, box.rect, own)
        if (slides !== impress)
          changed.push(`slide ${i + 1}: ${slides} lines in the slides PDF, ${impress} in Impress: "${box.text.slice(0, 50)}"`)
      }
    })
    expect(changed, d.name).toEqual([])
  })

  it('shows each web page (iframe) as a picture with the page\'s title, text and address as alt text', () => {
    const gallery = decks.find(d => d.name === 'gallery')!
    const framed = gallery.deck.slides.filter(s => s.layout.startsWith('iframe'))
    expect(framed.length, 'gallery iframe slides').toBeGreaterThanOrEqual(3)
    for (const slide of framed) {
      const xml = gallery.xml[slide.no - 1]!
      const pictures = xml.shapes.filter(s => s.kind === 'pic' && !s.xml.includes('adec:decorative') && /descr="[^"]*\(\/embed\/[\w-]+\.html\)"/.test(s.xml))
      expect(pictures, `gallery slide ${slide.no} (${slide.layout}): a picture of the page with its address`).toHaveLength(1)
      expect(pictures[0]!.xml, `gallery slide ${slide.no}`).toContain('Benelux in cijfers')
      // As large as the part of the slide the page takes (the whole slide, or half).
      expect(pictures[0]!.rect.w, `gallery slide ${slide.no}`).toBeGreaterThanOrEqual(slide.layout === 'iframe' ? 979 : 489)
      expect(xml.xml, `gallery slide ${slide.no}: a background picture nobody can select or read`).not.toContain('<p:bg><p:bgPr><a:blipFill')
    }
  })

  it('highlights inline code in its run instead of a box beside the text', () => {
    const gallery = decks.find(d => d.name === 'gallery')!
    let highlighted = 0
    gallery.xml.forEach((slide, i) => {
      highlighted += slide.xml.match(/<a:highlight>/g)?.length ?? 0
      // The background a separate shape would give it: small, without text, in a code background colour.
      const colours = new Set(gallery.pptx.facts.slides[i]!.highlights.map(h => h.color))
      const boxes = slide.shapes.filter(s => s.kind === 'sp' && !s.text.trim() && s.rect.h < 32 && [...colours].some(c => s.xml.includes(`<a:srgbClr val="${c}"/>`)))
      expect(boxes.map(b => b.rect), `gallery slide ${i + 1}: a box behind inline code`).toEqual([])
    })
    // The gallery names each layout in inline code: a highlight at least once a slide from 14 on.
    expect(highlighted).toBeGreaterThanOrEqual(15)
  })

  each('centres the rule under the title of an end, fact or statement slide on the title, as the theme does', (d) => {
    let centred = 0
    d.xml.forEach((slide, i) => {
      const title = slide.shapes.find(s => s.xml.includes('<p:ph type="title"/>') && s.rect.y >= 0)
      if (!title || !['end', 'fact', 'statement'].includes(d.deck.slides[i]!.layout))
        return
      const bottom = title.rect.y + title.rect.h
      const rule = slide.shapes.find(s => s.kind === 'pic' && s.rect.h <= 8 && s.rect.y >= bottom - 4 && s.rect.y <= bottom + 40)
      expect(rule, `${d.name} slide ${i + 1}: the rule under the title`).toBeDefined()
      expect(Math.abs(rule!.rect.x + rule!.rect.w / 2 - (title.rect.x + title.rect.w / 2)), `${d.name} slide ${i + 1}: rule off the title's centre`).toBeLessThan(2)
      centred++
    })
    expect(centred, `${d.name}: slides with a centred title`).toBeGreaterThan(0)
  })

  it('puts the text for screen readers into the figure\'s alt text, not on the slide', () => {
    const main = decks.find(d => d.name === 'main')!
    const chart = main.deck.slides.findIndex(s => s.title === 'Structuur van de Benelux')
    expect(chart).toBeGreaterThanOrEqual(0)
    const descr = Array.from(main.xml[chart]!.xml.matchAll(/descr="([^"]+)"/g), m => m[1]).join(' ')
    expect(descr).toContain('Comité van Ministers')
    expect(descr).toContain('Raad')
    expect(main.impress[chart]!.text).not.toContain('Raad')
  })
})
