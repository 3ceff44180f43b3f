import type { Deck } from '../../cli/shared/deck'
import type { PdfFacts } from '../support/pdf-facts'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { stripClickMarkers } from '../../cli/export/note-text'
import { loadDeck } from '../../cli/shared/deck'
import { THEME_ROOT } from '../../cli/shared/theme'
import { briefing } from '../support/cli'
import { LONG_NOTES, writeFixture } from '../support/export-fixtures'
import { readPdfFacts } from '../support/pdf-facts'

const OUT = join(THEME_ROOT, '.cache/export-e2e/out')

interface Run { status: number | null, stdout: string, stderr: string, out: string }

function runExport(entry: string, name: string, extra: string[] = []): Run {
  const out = join(OUT, name)
  rmSync(out, { recursive: true, force: true })
  const result = briefing(['export', entry, '--out', out, ...extra])
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, out }
}

// pdftotext keeps a hyphen at a line break as "-\n": join it, on both sides of a comparison.
const normalise = (text: string) => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim().toLowerCase()

function pageTexts(file: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) =>
    normalise(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' })))
}

/** Position of the word "Pagina" in the page footer, in pt from the top left, and the page size. */
function footerPosition(file: string, page: number): { top: number, right: number, width: number, height: number } {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' })
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(xml)!
  const words = Array.from(xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g))
  const at = words.findIndex(w => w[4] === 'Pagina')
  expect(at, `no page number on page ${page} of ${file}`).toBeGreaterThanOrEqual(0)
  const line = words.slice(at).filter(w => w[2] === words[at]![2])
  return { top: Number(words[at]![2]), right: Math.max(...line.map(w => Number(w[3]))), width: Number(size[1]), height: Number(size[2]) }
}

function plain(markdown: string): string {
  return normalise(stripClickMarkers(markdown).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, '').replace(/^\s*[-+]\s+/gm, ''))
}

interface Exported { deck: Deck, run: Run, files: Record<'slides' | 'handout' | 'handout-3up', string>, facts: Record<'slides' | 'handout' | 'handout-3up', PdfFacts> }

async function exportAndRead(entry: string, name: string, base: string, extra: string[] = []): Promise<Exported> {
  return read(entry, runExport(entry, name, extra), base)
}

async function read(entry: string, run: Run, base: string): Promise<Exported> {
  const deck = await loadDeck(entry)
  expect(run.status, run.stderr).toBe(0)
  const files = {
    'slides': join(run.out, `${base}.pdf`),
    'handout': join(run.out, `${base}-handout.pdf`),
    'handout-3up': join(run.out, `${base}-handout-3up.pdf`),
  }
  const facts = {
    'slides': await readPdfFacts(readFileSync(files.slides)),
    'handout': await readPdfFacts(readFileSync(files.handout)),
    'handout-3up': await readPdfFacts(readFileSync(files['handout-3up'])),
  }
  return { deck, run, files, facts }
}

let main: Exported
let clicks: Exported
let links: Exported

beforeAll(async () => {
  const shared = inject('sharedExports') // run once by the global setup, read by pdfua.e2e too
  main = await read(shared.main.entry, shared.main, 'benelux-briefing')
  clicks = await exportAndRead(writeFixture('clicks'), 'clicks', 'clicks', ['--pptx'])
  links = await read(shared.links.entry, shared.links, 'links')
}, 420_000)

describe.each(['slides', 'handout', 'handout-3up'] as const)('%s PDF of the main deck', (kind) => {
  it('is tagged, has /Lang and the headmatter as document info', () => {
    const facts = main.facts[kind]
    expect(facts.marked, '/MarkInfo /Marked').toBe(true)
    expect(facts.hasStructTree, '/StructTreeRoot').toBe(true)
    expect(facts.lang).toBe(main.deck.lang)
    expect(facts.title).toContain(main.deck.title)
    expect(facts.author).toBe(main.deck.author)
    expect(facts.subject).toBe(main.deck.description.replace(/\s+/g, ' ').trim())
  })

  it('has one outline entry per titled slide, pointing at its page', () => {
    const perPage = kind === 'handout-3up' ? 3 : 1
    const titled = main.deck.slides.filter(s => s.title)
    expect(main.facts[kind].outline.map(e => [e.title, e.page]))
      .toEqual(titled.map(s => [s.title, Math.floor((s.no - 1) / perPage)]))
  })

  it('embeds only the bundled typefaces', () => {
    const rows = execFileSync('pdffonts', [main.files[kind]], { encoding: 'utf8' }).trim().split('\n').slice(2)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row, row).toMatch(/SourceSans3|SourceSerif4|SourceCodePro/)
      expect(row.split(/\s+/).at(-5), `not embedded: ${row}`).toBe('yes')
    }
  })
})

describe('slides PDF', () => {
  it('has one page per slide, each with its title as text', () => {
    expect(main.facts.slides.pages).toBe(main.deck.slides.length)
    const texts = pageTexts(main.files.slides, main.facts.slides.pages)
    main.deck.slides.forEach((slide, i) => {
      for (const word of normalise(slide.title).split(' ').slice(0, 3))
        expect(texts[i], `page ${i + 1} lacks "${slide.title}"`).toContain(word)
    })
  })

  it('shows every slide in its final click state', () => {
    expect(pageTexts(clicks.files.slides, 2)[1]).toContain('pas na de laatste klik zichtbaar')
  })

  it('reports progress in pages', () => {
    expect(main.run.stdout).toMatch(new RegExp(`benelux-briefing\\.pdf: ${main.deck.slides.length}/${main.deck.slides.length} pages`))
  })
})

describe('handouts', () => {
  it('are A4 portrait', () => {
    for (const kind of ['handout', 'handout-3up'] as const) {
      for (const [w, h] of main.facts[kind].sizes) {
        expect(Math.abs(w - 595), `width ${w}`).toBeLessThanOrEqual(1)
        expect(Math.abs(h - 842), `height ${h}`).toBeLessThanOrEqual(1)
      }
    }
  })

  it('fill the A4 page: the footer sits at its bottom right, not shrunk', () => {
    for (const kind of ['handout', 'handout-3up'] as const) {
      for (let page = 1; page <= main.facts[kind].pages; page++) {
        const footer = footerPosition(main.files[kind], page)
        // Margins: 10 mm (28 pt) below the footer, 18 mm (51 pt) right of it.
        expect(footer.top, `${kind} page ${page}`).toBeGreaterThan(footer.height - 60)
        expect(footer.right, `${kind} page ${page}`).toBeGreaterThan(footer.width - 60)
      }
    }
  })

  it('put each slide above its own speaker notes, as text', () => {
    expect(main.facts.handout.pages).toBe(main.deck.slides.length)
    const texts = pageTexts(main.files.handout, main.facts.handout.pages)
    main.deck.slides.forEach((slide, i) => {
      expect(texts[i]).toContain(normalise(slide.title).split(' ')[0])
      if (slide.note)
        expect(texts[i], `page ${i + 1} lacks the notes of slide ${slide.no}`).toContain(plain(slide.note))
      expect(texts[i]).toContain(`pagina ${i + 1} van ${main.deck.slides.length}`)
    })
  })

  it('render notes markdown as formatted text', () => {
    const text = pageTexts(clicks.files.handout, 1)[0]!
    expect(text).toContain('notities met vet en een lijst')
    expect(text).toMatch(/• ?eerste punt|eerste punt/)
  })

  it('fit three slides on each 3-up page', () => {
    const { deck, facts, files } = main
    expect(facts['handout-3up'].pages).toBe(Math.ceil(deck.slides.length / 3))
    const texts = pageTexts(files['handout-3up'], facts['handout-3up'].pages)
    deck.slides.forEach((slide, i) => {
      expect(texts[Math.floor(i / 3)]).toContain(normalise(slide.title).split(' ')[0])
    })
  })
})

describe('editable PPTX (--pptx)', () => {
  /** Text of each slide and of each slide's notes, in slide order. */
  async function pptxTexts(file: string): Promise<{ slides: string[], notes: string[] }> {
    const zip = await JSZip.loadAsync(readFileSync(file))
    const read = async (dir: string, stem: string) => {
      const names = Object.keys(zip.files).filter(n => new RegExp(`^ppt/${dir}/${stem}\\d+\\.xml$`).test(n)).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
      return Promise.all(names.map(async n => normalise((await zip.file(n)!.async('string')).replace(/<[^>]+>/g, ' '))))
    }
    return { slides: await read('slides', 'slide'), notes: await read('notesSlides', 'notesSlide') }
  }

  it('has one slide per slide, in its final click state, with the speaker notes', async () => {
    const file = join(clicks.run.out, 'clicks.pptx')
    expect(clicks.run.stdout).toContain(`Wrote ${file}`)
    const { slides, notes } = await pptxTexts(file)
    expect(slides).toHaveLength(clicks.deck.slides.length)
    expect(slides[0]).toContain('exporttest')
    expect(slides[1]).toContain('pas na de laatste klik zichtbaar')
    expect(notes[1]).toContain('deze dia heeft twee kliks')
    expect(readdirSync(clicks.run.out).filter(f => f.includes('.tmp'))).toEqual([])
  })
})

describe('links', () => {
  it('to another slide jump to its page; links to the web stay', () => {
    expect(links.facts.slides.links).toEqual([
      { page: 0, dest: 2 },
      { page: 0, uri: 'https://www.benelux.int/' },
      { page: 0, dest: 1 },
    ])
  })

  it('in the handout jump to the page the slide starts on', () => {
    const { handout } = links.facts
    const slideStarts = handout.outline.map(e => e.page)
    expect(handout.links).toEqual([
      { page: 0, dest: slideStarts[2] },
      { page: 0, uri: 'https://www.benelux.int/' },
      { page: 0, dest: slideStarts[1] },
    ])
  })
})

describe('speaker notes longer than one handout page', () => {
  it('flow onto continuation pages, in order, with every page numbered', () => {
    const { facts, files, deck } = links
    const [first, second, third] = facts.handout.outline.map(e => e.page)
    expect([first, second]).toEqual([0, 1])
    expect(third! - second!, 'continuation pages for slide 2').toBeGreaterThanOrEqual(2)
    expect(facts.handout.pages).toBe(third! + 1)
    const texts = pageTexts(files.handout, facts.handout.pages)
    texts.forEach((text, i) => expect(text).toContain(`pagina ${i + 1} van ${facts.handout.pages}`))
    for (let page = second! + 1; page < third!; page++)
      expect(texts[page], `page ${page + 1}`).toContain(`dia 2 van ${deck.slides.length} (vervolg)`)
    const notes = texts.slice(second, third).join(' ')
    const paragraphs = LONG_NOTES.split('\n\n').length - 1
    const at = Array.from({ length: paragraphs }, (_, i) => notes.indexOf(`alinea ${i + 1}:`))
    expect(at.every(i => i >= 0), 'every paragraph is printed').toBe(true)
    expect(at).toEqual([...at].sort((a, b) => a - b))
    expect(notes).toContain('punt 25 van de opsomming')
    expect(notes.indexOf('punt 1 van de opsomming')).toBeGreaterThan(at.at(-1)!)
  })
})

describe('a deck that fails to render', () => {
  it('exits non-zero, names each failing slide and leaves no file', () => {
    const run = runExport(writeFixture('failing'), 'failing')
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('slide 2 "Kapotte dia": threw while rendering: Error: kapot in setup')
    expect(run.stderr).toContain('slide 3 "Foute invoer": Tijdlijn: jaartal ontbreekt')
    expect(run.stderr).not.toMatch(/slide 1 /)
    expect(existsSync(run.out) ? readdirSync(run.out) : []).toEqual([])
  })
})
