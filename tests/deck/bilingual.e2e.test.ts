/**
 * The main deck in both languages: the global setup's print build of the French deck and
 * its build of the Dutch one shows every slide in its language, with footer and `<html lang>`
 * following it and no console error; the French export of that same build writes PDFs
 * with /Lang fr, French metadata and French handout labels, and the bilingual handout
 * carries the notes of both languages.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { ExportResult } from '../../cli/export/export-deck'
import type { StaticServer } from '../../cli/shared/serve'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { exportDeck } from '../../cli/export/export-deck'
import { launchBrowser } from '../../cli/shared/browser'
import { loadDeck } from '../../cli/shared/deck'
import { waitForPrintPage } from '../../cli/shared/inspect'
import { serveDist } from '../../cli/shared/serve'
import { THEME_ROOT } from '../../cli/shared/theme'
import { guessLanguage } from '../support/language-guess'
import { readPdfFacts } from '../support/pdf-facts'

const ENTRY = join(THEME_ROOT, 'slides.md')
/** Text the source keeps in one language for both decks: the closing slide is French in both. */
const SHARED_FRENCH = new Set(['Merci pour votre attention'])

let temp: string
let browser: Browser
let servers: { nl: StaticServer, fr: StaticServer }
let count: number

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'bx-bilingual-'))
  browser = await launchBrowser()
  servers = { nl: await serveDist(inject('mainDist')), fr: await serveDist(inject('frPrintDist')) }
  count = (await loadDeck(ENTRY)).slides.length
})

afterAll(async () => {
  await browser?.close()
  await servers?.nl.close()
  await servers?.fr.close()
  rmSync(temp, { recursive: true, force: true })
})

interface Rendered {
  lang: string
  slides: { no: number, text: string, footer: string, footerLabel: string }[]
  errors: string[]
}

async function renderAll(url: string): Promise<Rendered> {
  const page: Page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  const errors: string[] = []
  page.on('console', m => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()))
  page.on('pageerror', e => errors.push(e.message))
  try {
    await page.goto(`${url}print`, { waitUntil: 'load' })
    await waitForPrintPage(page, count)
    return {
      errors,
      ...await page.evaluate(() => ({
        lang: document.documentElement.lang,
        slides: Array.from(document.querySelectorAll<HTMLElement>('.print-slide-container'), el => ({
          no: Number(el.id.split('-')[0]),
          // innerText, not textContent: it puts a space between blocks, so words do not run together.
          // eslint-disable-next-line unicorn/prefer-dom-node-text-content
          text: (el.querySelector<HTMLElement>('.slidev-layout')?.innerText ?? '').replace(/\s+/g, ' ').trim(),
          footer: el.querySelector('.bx-footer-title')?.textContent?.trim() ?? '',
          footerLabel: el.querySelector('.bx-footer')?.getAttribute('aria-label') ?? '',
        })),
      })),
    }
  }
  finally {
    await page.close()
  }
}

describe.each([
  { lang: 'nl', title: 'Benelux-samenwerking actief en actueel', footerLabel: 'Voettekst', date: '17 juni 2008' },
  { lang: 'fr', title: 'Coopération Benelux active et actuelle', footerLabel: 'Pied de page', date: '17 juin 2008' },
] as const)('the $lang deck', ({ lang, title, footerLabel, date }) => {
  let rendered: Rendered

  beforeAll(async () => {
    rendered = await renderAll(servers[lang].url)
  })

  it('renders every slide with no console error, <html lang> set', () => {
    expect(rendered.slides).toHaveLength(count)
    expect(rendered.errors).toEqual([])
    expect(rendered.lang).toBe(lang)
  })

  it('is in its language on every slide, footer and dates included', () => {
    const wrong = rendered.slides
      .filter(s => !SHARED_FRENCH.has(s.text))
      .filter(s => guessLanguage(s.text) !== lang)
      .map(s => `${s.no}: ${guessLanguage(s.text)}: ${s.text.slice(0, 80)}`)
    expect(wrong).toEqual([])
    const content = rendered.slides.filter(s => s.footer)
    expect(content.length).toBeGreaterThan(15)
    for (const s of content) {
      expect(s.footer).toBe(title)
      expect(s.footerLabel).toBe(footerLabel)
    }
    expect(rendered.slides[1]!.text).toContain(date)
  })

  it('has speaker notes in its language on every slide', async () => {
    const deck = await loadDeck(ENTRY, lang)
    expect(deck.slides.filter(s => guessLanguage(s.note) !== lang).map(s => s.no)).toEqual([])
  })
})

describe('the French export', () => {
  let result: ExportResult
  const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

  beforeAll(async () => {
    const dir = inject('frPrintDist')
    // The global setup's French build, handed to the export (which would otherwise build its own).
    const build = { dir, started: Date.now(), done: Promise.resolve(), dispose: async () => {} }
    result = await exportDeck({ entry: ENTRY, lang: 'fr', build, browser, bilingual: ['fr', 'nl'], outDir: join(temp, 'out'), log: () => {} })
  })

  it('writes French file names with /Lang fr and French metadata', async () => {
    expect(Object.values(result.files).map(f => basename(f))).toEqual(['benelux-briefing.fr.pdf', 'benelux-briefing.fr-handout.pdf', 'benelux-briefing.fr-handout-3up.pdf'])
    expect(basename(result.bilingual!)).toBe('benelux-briefing.fr-nl-handout.pdf')
    for (const file of [...Object.values(result.files), result.bilingual!]) {
      const facts = await readPdfFacts(readFileSync(file))
      expect(facts.lang, file).toBe('fr')
      expect(facts.title).toMatch(/^Coopération Benelux active et actuelle/)
      expect(facts.author).toBe('Secrétariat général Benelux')
      expect(facts.subject).toMatch(/^Présentation du Secrétariat général/)
    }
  })

  it('labels the handouts in French', () => {
    const handout = pageText(result.files.handout, 3)
    expect(handout).toContain(`Diapositive 3 sur ${count}`)
    expect(handout).toContain('Notes de l’orateur'.toUpperCase())
    expect(handout).toMatch(/Page 3 sur \d+/)
    expect(handout).not.toMatch(/Dia |Pagina|Sprekersnotities/i)
    expect(pageText(result.files['handout-3up'], 1)).toContain(`Diapositive 1–3 sur ${count}`)
  })

  it('puts the notes of both languages side by side in the bilingual handout', () => {
    const text = pageText(result.bilingual!, 2)
    expect(text).toContain('NOTES DE L’ORATEUR · SPREKERSNOTITIES')
    expect(text).toContain('Pendant cinquante ans, le Benelux a été le précurseur')
    expect(text).toContain('De Benelux was vijftig jaar lang de voorloper')
  })
})
