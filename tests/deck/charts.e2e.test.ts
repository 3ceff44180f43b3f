/**
 * <Chart> and <KeyFigures> in the built gallery, in Dutch (the global setup's build) and
 * French (built here): every chart type renders, on its own slide and on the print page
 * in print media, with bars or lines, its labels in the deck language, its data table
 * hidden from sight but in the page, and no console error or warning.
 */
import type { Browser, Page } from 'playwright-core'
import type { StaticServer } from '../../cli/shared/serve'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../cli/shared/browser'
import { buildDeck } from '../../cli/shared/build'
import { loadDeck } from '../../cli/shared/deck'
import { waitForPrintPage } from '../../cli/shared/inspect'
import { serveDist } from '../../cli/shared/serve'
import { THEME_ROOT } from '../../cli/shared/theme'

const ENTRY = join(THEME_ROOT, 'gallery.md')
const TYPES = ['column', 'bar', 'line', 'share'] as const

/** Per language: each chart's name, a text it draws (the unit, a value, a percentage as the language writes it), the source line's lead. */
const EXPECT = {
  nl: {
    name: { column: 'Inwoners', bar: 'Grensarbeiders', line: 'Bevolking', share: 'Gewesten' },
    text: { column: 'miljoen', bar: '124', line: 'NL', share: '58%' },
    source: 'Bron:',
    figure: 'artikelen',
    reference: 'helft: 50%',
  },
  fr: {
    name: { column: 'Habitants', bar: 'Frontaliers', line: 'Population', share: 'Régions' },
    text: { column: 'millions', bar: '124', line: 'NL', share: '58\u00A0%' },
    source: 'Source\u00A0:',
    figure: 'articles',
    reference: 'moitié\u00A0: 50\u00A0%',
  },
} as const

let temp: string
let browser: Browser
const servers: Partial<Record<'nl' | 'fr', StaticServer>> = {}
let count: number

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'bx-charts-'))
  browser = await launchBrowser()
  count = (await loadDeck(ENTRY)).slides.length
  await buildDeck(ENTRY, join(temp, 'fr'), { lang: 'fr' })
  servers.nl = await serveDist(inject('visualDists').gallery!)
  servers.fr = await serveDist(join(temp, 'fr'))
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await servers.nl?.close()
  await servers.fr?.close()
  rmSync(temp, { recursive: true, force: true })
})

interface ChartFacts {
  slide: number
  type: string
  name: string
  marks: number
  texts: string[]
  credit: string
  tableRows: number
  tableVisible: boolean
  width: number
}

async function open(path: string, media: 'screen' | 'print'): Promise<{ page: Page, errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  const errors: string[] = []
  page.on('console', m => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()))
  page.on('pageerror', e => errors.push(e.message))
  await page.emulateMedia({ media })
  await page.goto(path, { waitUntil: 'load' })
  return { page, errors }
}

function chartFacts(page: Page): Promise<ChartFacts[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-bx-chart]'), (fig) => {
    const svg = fig.querySelector('svg[role="img"]')!
    const names = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map(id => document.getElementById(id)?.textContent ?? '')
    const table = fig.querySelector('table')
    // Hidden as the legibility scan and the PPTX export see it: clipped to nothing on the way up.
    const clipped = (el: Element | null) => {
      for (let e = el; e && e !== fig; e = e.parentElement) {
        const s = getComputedStyle(e)
        if (s.clip.startsWith('rect(0px, 0px, 0px, 0px)') || s.clipPath === 'inset(50%)')
          return e.getBoundingClientRect().width <= 1
      }
      return false
    }
    return {
      slide: Number(fig.closest('[data-slidev-no]')?.getAttribute('data-slidev-no') ?? 0),
      type: fig.dataset.bxChart ?? '',
      name: names[0] ?? '',
      marks: svg.querySelectorAll('.bx-chart-bars rect, .bx-chart-line').length,
      texts: Array.from(fig.querySelectorAll('svg text, li'), t => (t.textContent ?? '').trim()),
      credit: fig.querySelector('[data-bx-text="credit"]')?.textContent?.trim() ?? '',
      tableRows: table?.querySelectorAll('tbody tr').length ?? 0,
      tableVisible: !!table && !clipped(table),
      width: svg.getBoundingClientRect().width,
    }
  }))
}

describe.each(['nl', 'fr'] as const)('the gallery in %s', (lang) => {
  const want = EXPECT[lang]

  it.each(['screen', 'print'] as const)('renders every chart type on the print page in %s media, in its language, with no console error', async (media) => {
    const { page, errors } = await open(`${servers[lang]!.url}print`, media)
    try {
      await waitForPrintPage(page, count)
      const charts = await chartFacts(page)
      expect(charts.map(c => c.type)).toEqual([...TYPES])
      for (const c of charts) {
        expect(c.marks, `${c.type}: bars or lines`).toBeGreaterThan(0)
        const type = c.type as typeof TYPES[number]
        expect(c.name, `${c.type}: accessible name`).toBe(want.name[type])
        expect(c.credit.startsWith(want.source), `${c.type}: "${c.credit}"`).toBe(true)
        expect(c.tableRows, `${c.type}: data table rows`).toBeGreaterThan(0)
        expect(c.tableVisible, `${c.type}: the data table is for screen readers only`).toBe(false)
        expect(c.width, `${c.type}: drawn at the column's width`).toBeGreaterThan(300)
        expect(c.texts, c.type).toContain(want.text[type])
      }
      expect(charts.find(c => c.type === 'line')!.texts).toContain('NL')
      // The share chart's reference line, labelled in the deck language.
      expect(charts.find(c => c.type === 'share')!.texts).toContain(want.reference)
      // The line chart reveals its series by click; the print page shows every series.
      const opacities = await page.evaluate(() => Array.from(document.querySelectorAll('[data-bx-chart] .bx-chart-series-group'), g => getComputedStyle(g).opacity))
      expect(opacities.length).toBeGreaterThan(TYPES.length)
      expect(opacities.every(o => o === '1'), opacities.join(',')).toBe(true)
      const figures = await page.locator('[data-bx-component="KeyFigures"]').textContent()
      expect(figures).toContain(want.figure)
      expect(await page.locator('[data-bx-error]').count()).toBe(0)
      expect(errors).toEqual([])
    }
    finally {
      await page.close()
    }
  })

  it('reveals the line chart\'s series one per click, from the CSV file beside the gallery, all of them at the last click', async () => {
    const { page: print } = await open(`${servers[lang]!.url}print`, 'screen')
    await waitForPrintPage(print, count)
    const no = (await chartFacts(print)).find(c => c.type === 'line')!.slide
    await print.close()
    const shown: string[] = []
    for (const clicks of [0, 1, 2]) {
      const { page, errors } = await open(`${servers[lang]!.url}${no}?clicks=${clicks}`, 'screen')
      try {
        await page.waitForFunction(() => [...document.querySelectorAll('[data-bx-chart="line"]')].some(f => f.checkVisibility()))
        // Slidev's click transition: wait until no series is half-way.
        await page.waitForFunction(() => [...document.querySelectorAll('[data-bx-chart="line"]')].filter(f => f.checkVisibility()).flatMap(f => [...f.querySelectorAll('.bx-chart-series-group')]).every(g => ['0', '1'].includes(getComputedStyle(g).opacity)))
        shown.push(await page.evaluate(() => [...document.querySelectorAll('[data-bx-chart="line"]')].filter(f => f.checkVisibility()).flatMap(f => [...f.querySelectorAll('.bx-chart-series-group')]).map(g => getComputedStyle(g).opacity).join(',')))
        expect(errors, `slide ${no}, click ${clicks}`).toEqual([])
      }
      finally {
        await page.close()
      }
    }
    expect(shown).toEqual(['0,0', '1,0', '1,1'])
  })

  it('renders each chart slide on its own, as presented, with no console error', async () => {
    const { page: print } = await open(`${servers[lang]!.url}print`, 'screen')
    await waitForPrintPage(print, count)
    const slides = (await chartFacts(print)).map(c => c.slide)
    await print.close()
    expect(slides).toHaveLength(TYPES.length)
    for (const no of slides) {
      const { page, errors } = await open(`${servers[lang]!.url}${no}`, 'screen')
      try {
        // Slidev keeps the neighbouring slides mounted, hidden: the visible chart is this slide's.
        await page.waitForFunction(() => [...document.querySelectorAll('[data-bx-chart] svg[role="img"]')].some(s => s.checkVisibility() && s.querySelectorAll('.bx-chart-bars rect, .bx-chart-line').length > 0 && s.querySelectorAll('text').length > 0))
        expect(errors, `slide ${no}`).toEqual([])
      }
      finally {
        await page.close()
      }
    }
  })
})
