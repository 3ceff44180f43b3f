/**
 * `npm run check`: builds a deck, serves it on 127.0.0.1 and reads every slide in
 * Chromium for component error boxes, unknown elements and console output.
 */
import type { Browser, Page } from 'playwright-core'
import type { CheckProblem, ConsoleMessage, SlideScan } from './findings'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { launchBrowser } from '../shared/browser'
import { buildDeck } from '../shared/build'
import { loadDeck } from '../shared/deck'
import { isLocalUrl } from '../shared/guard'
import { serveDist } from '../shared/serve'
import { attributeSlide, domProblems, formatMessage, messageKey, report, unexplainedMessages } from './findings'
import { translationProblems } from './translations'

/**
 * Runs in the page: error boxes and unknown elements of every rendered slide. Kept as
 * source text because tsx would wrap a compiled function in helpers the page lacks.
 */
const SCAN_SLIDES = `(() => {
  const HTML = 'http://www.w3.org/1999/xhtml'
  const SVG = 'http://www.w3.org/2000/svg'
  const unknown = (el) => {
    if (el.namespaceURI === HTML)
      return el instanceof HTMLUnknownElement || (el.localName.includes('-') && !customElements.get(el.localName))
    // Every SVG element Chromium knows has its own interface (SVGPathElement, ...).
    return el.namespaceURI === SVG && el.constructor === SVGElement
  }
  return [...document.querySelectorAll('[data-slidev-no]')].map(slide => ({
    no: Number(slide.getAttribute('data-slidev-no')),
    errors: [...slide.querySelectorAll('[data-bx-error]')].map(box => ({
      component: box.getAttribute('data-bx-error') || '?',
      problems: [...box.querySelectorAll('li')].map(li => (li.textContent || '').trim()),
    })),
    unknownTags: [...slide.querySelectorAll('*')].filter(unknown).map(el => el.localName),
  }))
})()`

export interface CheckResult {
  lines: string[]
  code: number
}

/** `lang`: the deck language to build and render (default: the headmatter's `lang`); translations are checked in every language. */
export async function checkDeck(entryPath: string, lang?: string): Promise<CheckResult> {
  const entry = resolve(entryPath)
  if (!existsSync(entry))
    return { lines: [`check: deck not found: ${entry}`], code: 1 }
  let deck
  let untranslated
  try {
    deck = await loadDeck(entry, lang)
    untranslated = await translationProblems(entry)
  }
  catch (error) {
    return { lines: [`check: cannot read ${entry}: ${(error as Error).message}`], code: 1 }
  }
  const titles = new Map(deck.slides.map(s => [s.no, s.title]))
  const count = deck.slides.length
  const dir = mkdtempSync(join(tmpdir(), 'bx-check-'))
  try {
    try {
      await buildDeck(entry, dir, { lang })
    }
    catch (error) {
      return { lines: [`check: the build of ${entry} failed`, (error as Error).message], code: 1 }
    }
    const server = await serveDist(dir)
    const browser = await launchBrowser()
    try {
      const problems = await inspect(browser, server.url, count)
      return report([...untranslated, ...problems], titles, count)
    }
    finally {
      await browser.close()
      await server.close()
    }
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function inspect(browser: Browser, url: string, count: number): Promise<CheckProblem[]> {
  // 1. Print mode mounts every slide at once (clicks at their end): read each slide's DOM.
  const { page, messages } = await openPage(browser)
  await page.goto(`${url}1?print`, { waitUntil: 'networkidle' })
  await page.waitForFunction(n => document.querySelectorAll('[data-slidev-no]').length >= n, count, { timeout: 20_000 })
    .catch(() => {})
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(300)
  const scans = await page.evaluate<SlideScan[]>(SCAN_SLIDES)
  await page.context().close()

  const problems = domProblems(scans, count)
  const rest = unexplainedMessages(messages, scans)
  if (rest.length === 0)
    return problems

  // 2. Console output to place: show each slide alone and note where each message appears.
  const seenOn = new Map<string, number[]>()
  for (let no = 1; no <= count; no++) {
    const visit = await openPage(browser)
    await visit.page.goto(`${url}${no}`, { waitUntil: 'networkidle' })
    await visit.page.waitForTimeout(200)
    await visit.page.context().close()
    for (const m of visit.messages)
      seenOn.set(messageKey(m), [...(seenOn.get(messageKey(m)) ?? []), no])
  }
  for (const m of rest)
    problems.push({ slide: attributeSlide(seenOn.get(messageKey(m)) ?? [], count), text: formatMessage(m) })
  return problems
}

async function openPage(browser: Browser): Promise<{ page: Page, messages: ConsoleMessage[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  // Nothing may leave localhost; a blocked request shows up as a console error.
  await context.route('**/*', route =>
    isLocalUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient'))
  const page = await context.newPage()
  const messages: ConsoleMessage[] = []
  page.on('console', (msg) => {
    const type = msg.type()
    if (type === 'warning' || type === 'error') {
      const where = type === 'error' && msg.text().startsWith('Failed to load resource') ? ` (${msg.location().url})` : ''
      messages.push({ kind: type, text: `${msg.text()}${where}` })
    }
  })
  page.on('pageerror', error => messages.push({ kind: 'page error', text: error.message }))
  return { page, messages }
}
