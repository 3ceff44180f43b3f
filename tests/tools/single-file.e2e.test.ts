/**
 * `briefing build --single-file`: the main deck as one HTML file, copied alone into an
 * empty folder and opened from file:// in Chromium with every request other than file:,
 * data: and blob: blocked. Every slide and click step is walked with the keyboard; the page
 * may log no error and load nothing but the file itself; the bundled fonts are the ones in
 * use; every slide in its final click state looks as in the hosted build (the visual
 * baselines of tests/deck/visual.e2e.test.ts); the presenter view, opened from the same
 * file, drives an audience window and says so while no audience window follows it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { Deck } from '../../cli/shared/deck'
import type { CliRun } from '../support/cli'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOTICE_ID } from '../../cli/build/presenter-notice'
import { normaliseText, noteToText } from '../../cli/export/note-text'
import { launchBrowser } from '../../cli/shared/browser'
import { loadDeck } from '../../cli/shared/deck'
import { CLICKS_MAX, FREEZE_CSS, settle, slideSelector } from '../../cli/shared/slide-page'
import { THEME_ROOT } from '../../cli/shared/theme'
import { briefing } from '../support/cli'
import { comparePngs } from '../support/png-diff'
import { renderedText } from '../support/slide-reading'
import { baselineFile, VIEWPORT } from '../support/visual'

const MAX_BYTES = 2 * 1024 * 1024
const ALLOWED = /^(?:file|data|blob):/
const RE_HASH = /^#\/(presenter\/)?(\d+)(?:\?(.*))?$/
const FONTS = ['Source Sans 3', 'Source Serif 4']

const work = mkdtempSync(join(tmpdir(), 'bx-single-e2e-'))
const built = join(work, 'build', 'benelux-briefing.html')
const alone = join(work, 'elsewhere', 'benelux-briefing.html')
const fileUrl = pathToFileURL(alone).href

let run: CliRun
let deck: Deck
let browser: Browser
let context: BrowserContext
/** Everything the pages asked for that was not file:, data: or blob: (blocked). */
const blocked: string[] = []
/** file: requests other than the deck file itself. */
const otherFiles: string[] = []
/** Console errors and uncaught exceptions, with the page's URL. */
const errors: string[] = []
/** clicks[no - 1] = number of click steps of slide `no`. */
let clicks: number[]
/** Slides whose final state differs from the visual baseline. */
const unlike: string[] = []

/** Where a page is, from its hash: `#/3?clicks=1`, `#/presenter/3`. */
function where(page: Page): { presenter: boolean, no: number, clicks: number } {
  const match = RE_HASH.exec(new URL(page.url()).hash)
  if (!match)
    return { presenter: false, no: Number.NaN, clicks: 0 }
  const clicks = Number(new URLSearchParams(match[3] ?? '').get('clicks') ?? 0)
  return { presenter: !!match[1], no: Number(match[2]), clicks }
}

async function newPage(): Promise<Page> {
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', error => errors.push(`${page.url()}: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('file:') && url.split(/[?#]/)[0] !== fileUrl)
      otherFiles.push(url)
  })
  return page
}

async function waitForSlide(page: Page, no: number, scope = '#slide-content'): Promise<void> {
  await page.locator(`${slideSelector(no, scope)} .slidev-layout`).first().waitFor({ state: 'visible', timeout: 15_000 })
}

/** Opens `#/<path>` of the file; a new hash in the same page is a same-document navigation. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${fileUrl}#/${path}`)
}

beforeAll(async () => {
  run = briefing(['build', '--single-file', 'slides.md', '--out', built])
  deck = await loadDeck(join(THEME_ROOT, 'slides.md'))
  if (run.status !== 0)
    return
  mkdirSync(join(work, 'elsewhere'))
  copyFileSync(built, alone)
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' })
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (ALLOWED.test(url))
      return route.continue()
    blocked.push(url)
    return route.abort('blockedbyclient')
  })
  // Slidev clamps an oversized ?clicks= to the slide's total once it is mounted, on a
  // fresh load (a new query to the file makes one; a new hash alone does not clamp).
  // That final state is what the visual baselines show.
  const page = await newPage()
  await page.addInitScript((css) => {
    document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: css })))
  }, FREEZE_CSS)
  clicks = []
  for (const { no } of deck.slides) {
    await page.goto(`${fileUrl}?load=${no}#/${no}?clicks=${CLICKS_MAX}`)
    await waitForSlide(page, no)
    await page.waitForFunction(max => !location.hash.includes(`clicks=${max}`), CLICKS_MAX, { timeout: 5000 })
    clicks.push(where(page).clicks)
    const baseline = baselineFile('main', no)
    if (existsSync(baseline)) {
      await settle(page)
      await page.mouse.move(0, 0)
      const shot = await page.locator('#slide-content').screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' })
      const diff = comparePngs(shot, readFileSync(baseline))
      if (!diff.pass)
        unlike.push(`slide ${no}: ${diff.sizeMismatch ?? `${diff.diffPixels} pixels differ`}`)
    }
  }
  console.warn(`[single-file] click steps per slide: ${clicks.map((k, i) => `${i + 1}:${k}`).join(' ')}`)
  await page.close()
})

afterAll(async () => {
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('briefing build --single-file', () => {
  it('writes one HTML file of at most 2 MiB and prints its size', () => {
    expect(run.status, run.output).toBe(0)
    expect(readdirSync(join(work, 'build')), 'no temporary or extra file beside it').toEqual(['benelux-briefing.html'])
    const bytes = statSync(built).size
    expect(run.stdout).toContain(`${bytes.toLocaleString('en-US')} bytes`)
    expect(bytes).toBeLessThanOrEqual(MAX_BYTES)
    console.warn(`[single-file] ${run.stdout.trim().split('\n').at(-1)}`)
  })

  it('copies the file of the unchanged deck from the build cache, byte for byte, and says so', () => {
    // The build above left its page in the cache (or reused one: the global setup may warm it).
    const again = join(work, 'again', 'benelux-briefing.html')
    const second = briefing(['build', '--single-file', 'slides.md', '--out', again])
    expect(second.status, second.output).toBe(0)
    expect(second.stdout).toContain('[build] build: reused (unchanged since build --single-file')
    expect(readFileSync(again).equals(readFileSync(built)), 'same bytes as the built file').toBe(true)
  })

  it('refuses a deck that does not exist, naming it', () => {
    const missing = briefing(['build', '--single-file', 'no-such-deck.md', '--out', join(work, 'x.html')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain(join(THEME_ROOT, 'no-such-deck.md'))
  })

  it('presents every slide and click step from disk, with the keyboard, offline, in the bundled fonts', async () => {
    const page = await newPage()
    await open(page, '1')
    await waitForSlide(page, 1)
    const steps = deck.slides.flatMap(({ no }) => Array.from({ length: clicks[no - 1]! + 1 }, (_, k) => ({ no, clicks: k })))
    for (let i = 1; i < steps.length; i++) {
      const from = page.url()
      await page.keyboard.press('ArrowRight')
      await page.waitForURL(url => url.href !== from, { timeout: 5000 }).catch(() => {})
      const step = steps[i]!
      expect(where(page), `ArrowRight from slide ${steps[i - 1]!.no} click ${steps[i - 1]!.clicks}`).toEqual({ presenter: false, ...step })
      await waitForSlide(page, step.no)
      if (step.clicks === 0) {
        const title = normaliseText(deck.slides[step.no - 1]!.title).toLowerCase()
        expect(normaliseText(await renderedText(page, slideSelector(step.no))).toLowerCase(), `slide ${step.no}`).toContain(title)
      }
    }
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => where(page), { message: 'ArrowLeft from the last step' }).toEqual({ presenter: false, ...steps.at(-2)! })
    const fonts = await page.evaluate(async (families) => {
      await document.fonts.ready
      return families.map(family => [family, [...document.fonts].filter(f => f.family.replaceAll('"', '') === family && f.status === 'loaded').length] as const)
    }, FONTS)
    await page.close()
    expect(otherFiles, 'files beside the deck').toEqual([])
    expect(blocked, 'requests off the file').toEqual([])
    expect(errors, 'console errors').toEqual([])
    for (const [family, loaded] of fonts)
      expect(loaded, `faces of ${family} loaded from the file`).toBeGreaterThan(0)
  })

  it('shows every slide in its final state as the hosted build does (visual baselines)', () => {
    expect(unlike).toEqual([])
  })

  it('opens the presenter view from the file: it says so while no audience window follows, then drives one', async () => {
    const presenter = await newPage()
    await open(presenter, 'presenter/1')
    await waitForSlide(presenter, 1, '.grid-section.main')
    expect(normaliseText(await renderedText(presenter, '.grid-section.note .slidev-note'))).toBe(noteToText(deck.slides[0]!.note))
    await presenter.locator(`#${NOTICE_ID}`).waitFor({ timeout: 10_000 })

    const audience = await newPage()
    await open(audience, '1')
    await waitForSlide(audience, 1)
    await presenter.locator(`#${NOTICE_ID}`).waitFor({ state: 'detached', timeout: 10_000 })

    const second = clicks[0]! > 0 ? { no: 1, clicks: 1 } : { no: 2, clicks: 0 }
    await presenter.bringToFront()
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => where(presenter)).toEqual({ presenter: true, ...second })
    await expect.poll(() => where(audience), { message: 'the audience window follows the presenter view' }).toEqual({ presenter: false, ...second })
    await waitForSlide(audience, second.no)
    await presenter.close()
    await audience.close()
    expect(errors, 'console errors').toEqual([])
    expect(blocked, 'requests off the file').toEqual([])
    expect(otherFiles, 'files beside the deck').toEqual([])
  })
})
