/**
 * The one inspection of a rendered deck, used by `check`, `export`, `build` and
 * `screenshots`: Slidev's print page (/print, every slide mounted once in its final click
 * state) is scanned for slides that threw (slide-top.vue's error box), component error
 * boxes, unknown elements (a misspelt component), empty slides, unknown icons, component
 * warnings, requests beyond localhost and console output; console output that the scan
 * does not explain is placed by showing each slide alone. The same deck gives the same
 * findings, in the same words, in every command (cli/shared/findings.ts formats them).
 * Also the waits for a rendered slide that every browser task uses.
 */
import type { Browser, Page } from 'playwright-core'
import type { SlideError } from '../../setup/slide-errors'
import type { Deck } from './deck'
import type { CheckProblem, ConsoleMessage, FitScan, IconCheck, SlideScan } from './findings'
import type { PageLog } from './guard'
import { collisions } from '../../setup/fit'
import { slideGeometry } from '../../setup/geometry'
import { browserEnded } from './browser'
import { attributeSlide, domProblems, fitProblems, formatMessage, messageKey, offHostProblems, report, unboxedErrors, unexplainedMessages } from './findings'
import { blockOffHost, firstLine, isLocalUrl } from './guard'
import { iconChecker } from './icons'
import { printPageReady } from './print-ready'
import { closeBrowser, serveAndLaunch } from './served-browser'

export { printPageReady }

/** tsx names the functions it compiles (`__name(fn, "x")`); pages evaluating them need the helper. */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn'

/**
 * Runs in the page: what each rendered slide (`[data-slidev-no]`) shows. Must not
 * reference anything outside its own body.
 */
export function scanSlides(): SlideScan[] {
  const HTML = 'http://www.w3.org/1999/xhtml'
  const SVG = 'http://www.w3.org/2000/svg'
  // This function runs in the page, so its regular expressions cannot live at module scope.
  // eslint-disable-next-line e18e/prefer-static-regex
  const iconClass = /^i-[a-z0-9]+-[a-z0-9-]+$/
  const unknown = (el: Element) => {
    if (el.namespaceURI === HTML)
      return el instanceof HTMLUnknownElement || (el.localName.includes('-') && !customElements.get(el.localName))
    // Every SVG element Chromium knows has its own interface (SVGPathElement, ...).
    return el.namespaceURI === SVG && el.constructor === SVGElement
  }
  // The files an element names: src, srcset, poster, data, SVG href and CSS background images.
  const fileRefs = (el: Element): string[] => {
    const refs = ['src', 'poster', 'data'].map(a => el.getAttribute(a) ?? '')
    refs.push(...(el.getAttribute('srcset') ?? '').split(',').map(c => c.trim().split(' ')[0] ?? ''))
    if (el.namespaceURI === SVG)
      refs.push(el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '')
    // eslint-disable-next-line e18e/prefer-static-regex
    for (const m of getComputedStyle(el).backgroundImage.matchAll(/url\("?([^")]+)"?\)/g))
      refs.push(m[1] ?? '')
    return refs.filter(r => r && !r.startsWith('data:') && !r.startsWith('blob:') && !r.startsWith('#'))
  }
  return Array.from(document.querySelectorAll('[data-slidev-no]'), (slide) => {
    const thrownBox = slide.querySelector('[data-bx-thrown]')
    const layout = slide.querySelector('.slidev-layout')
    const text = (layout?.textContent ?? '').trim()
    const media = layout?.querySelector('img, svg, video, canvas, iframe, object')
    const all = [...slide.querySelectorAll('*')]
    return {
      no: Number(slide.getAttribute('data-slidev-no')),
      thrown: thrownBox?.getAttribute('data-bx-thrown') ?? '',
      empty: !thrownBox && (!layout || (!text && !media)),
      errors: [...slide.querySelectorAll('[data-bx-error]')].filter(box => !box.closest('[data-bx-thrown]')).map(box => ({
        component: box.getAttribute('data-bx-error') || '?',
        problems: Array.from(box.querySelectorAll('li'), li => (li.textContent || '').trim()),
      })),
      unknownTags: all.filter(unknown).map(el => el.localName),
      icons: all.flatMap(el => [...el.classList].filter(c => iconClass.test(c)).map(name => ({ name, where: el.getAttribute('data-bx-icon') ?? '' }))),
      warnings: [...slide.querySelectorAll('[data-bx-warning]')].flatMap(el =>
        (el.getAttribute('data-bx-warning-text') ?? '').split('\n').filter(Boolean).map(text => ({ component: el.getAttribute('data-bx-warning') || '?', text }))),
      urls: all.flatMap(fileRefs).flatMap((ref) => {
        try {
          return [new URL(ref, document.baseURI).href]
        }
        catch {
          return []
        }
      }),
    }
  })
}

/** Waits until fonts and images are in and two frames have painted. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready
    await Promise.all(Array.from(document.images, img => img.decode().catch(() => undefined)))
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
}

/** Waits until every slide of the print page is mounted (or shows its error) and has settled, its Monaco editors included. */
export async function waitForPrintPage(page: Page, slides: number): Promise<void> {
  await page.evaluate(NAME_SHIM)
  await page.waitForFunction(printPageReady, slides)
  await settle(page)
  await waitForEditors(page)
}

/**
 * Runs in the page: the height of every Monaco editor box (```ts {monaco}, with its run
 * output), or the slide of one whose editor has not been created yet. Slidev creates the
 * editors after the slide has mounted, from a chunk of its own, and they grow once their
 * content and output are in: measured before, a slide looks as if it fitted.
 */
export function editorState(): { heights: string } | { waiting: number } {
  const boxes = Array.from(document.querySelectorAll('.slidev-monaco-container'))
  const waiting = boxes.find(box => !box.querySelector('.monaco-editor'))
  if (waiting)
    return { waiting: Number(waiting.closest('[data-slidev-no]')?.getAttribute('data-slidev-no')) || 0 }
  return { heights: boxes.map(box => Math.round(box.getBoundingClientRect().height)).join(',') }
}

/** How long the Monaco editors of a page may take to appear and stop growing. */
export const EDITOR_TIMEOUT_MS = 60_000
const EDITOR_POLL_MS = 400

/** Waits until every Monaco editor on the page exists and its box kept its height for one poll; fails naming the slide of one that does not load. */
export async function waitForEditors(page: Page, timeoutMs = EDITOR_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last: string | undefined
  for (;;) {
    const state = await page.evaluate(editorState)
    if ('heights' in state) {
      if (state.heights === '' || state.heights === last)
        return
      last = state.heights
    }
    if (Date.now() > deadline) {
      const where = 'waiting' in state ? `the Monaco editor of slide ${state.waiting} was not created` : 'the Monaco editors kept changing size'
      throw new Error(`${where} within ${timeoutMs / 1000} s of the page loading (Slidev loads Monaco from a chunk of its own: is the build complete?)`)
    }
    await page.waitForTimeout(EDITOR_POLL_MS)
  }
}

/** The selector of slide `no` inside `scope` once it has rendered: its layout, or the box of the error it threw. */
export function renderedSlideSelector(no: number, scope: string): string {
  return `${scope} [data-slidev-no="${no}"] .slidev-layout, ${scope} [data-slidev-no="${no}"] [data-bx-thrown]`
}

/** Waits until slide `no` is rendered inside `scope` (or shows the error it threw) and has settled. */
export async function waitForSlide(page: Page, no: number, scope = '#slide-content'): Promise<void> {
  await page.locator(renderedSlideSelector(no, scope)).first().waitFor({ state: 'visible', timeout: 15_000 })
  await settle(page)
  await waitForEditors(page)
}

/** Collects the page's console warnings and errors and uncaught errors (not blocked off-host requests: blockOffHost lists those). */
export function watchConsole(page: Page, messages: ConsoleMessage[] = []): ConsoleMessage[] {
  page.on('console', (msg) => {
    const type = msg.type()
    if ((type === 'warning' || type === 'error') && !msg.text().includes('ERR_BLOCKED_BY_CLIENT')) {
      const where = type === 'error' && msg.text().startsWith('Failed to load resource') ? ` (${msg.location().url})` : ''
      messages.push({ kind: type, text: `${msg.text()}${where}` })
    }
  })
  page.on('pageerror', error => messages.push({ kind: 'page error', text: `${error.name}: ${firstLine(error.message)}` }))
  return messages
}

/** What the print page shows: the scan of every slide and the errors the theme recorded. */
export async function scanPrintPage(page: Page): Promise<{ scans: SlideScan[], errors: SlideError[] }> {
  await page.evaluate(NAME_SHIM)
  const scans = await page.evaluate(scanSlides)
  const errors = await page.evaluate(() => window.__bxSlideErrors ?? [])
  return { scans, errors }
}

/** Waits until the theme's autofit (setup/autofit.ts) has no fit scheduled, two frames in a row. */
export async function waitForFit(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    for (let i = 0; i < 2; i++) {
      await new Promise(done => requestAnimationFrame(done))
      if ((window.__bxFitPending ?? 0) > 0)
        return false
    }
    return true
  }, undefined, { timeout: 10_000 }).catch(() => undefined)
}

/** The source of setup/geometry.ts slideGeometry, evaluated in the page (it references nothing outside itself). */
const GEOMETRY_SOURCE = slideGeometry.toString()

/**
 * Runs in the page: per slide, its geometry (setup/geometry.ts) and what autofit did
 * (`data-bx-fit`, `data-bx-fit-overflow`). Slides that threw or show no layout are left
 * out (the DOM scan reports them).
 */
function readFit(source: string) {
  // eslint-disable-next-line no-new-func -- the geometry function, shared with the theme's autofit
  const geometry = new Function(`return (${source})`)() as typeof slideGeometry
  return Array.from(document.querySelectorAll('[data-slidev-no]'), (slide) => {
    const layout = slide.querySelector<HTMLElement>('.slidev-layout')
    if (!layout || slide.querySelector('[data-bx-thrown]'))
      return undefined
    const overflow = layout.getAttribute('data-bx-fit-overflow')
    return {
      no: Number(slide.getAttribute('data-slidev-no')),
      size: Number(layout.getAttribute('data-bx-fit')) || undefined,
      dense: Number(layout.getAttribute('data-bx-fit-dense')) || undefined,
      side: Number(layout.getAttribute('data-bx-fit-media')) || undefined,
      overflow: overflow ? JSON.parse(overflow) : undefined,
      geometry: geometry(layout),
    }
  }).filter(x => x !== undefined)
}

/**
 * Autofit and collisions on every slide of a rendered print page, as presented (screen
 * media: the print page lays every slide out on the same 980 x 552 canvas as the 16:9
 * view) and as printed (print media: what the PDF shows). Leaves the page in print media.
 */
export async function scanFit(page: Page): Promise<FitScan[]> {
  const scans: FitScan[] = []
  await page.evaluate(NAME_SHIM)
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media })
    await waitForFit(page)
    const slides = await page.evaluate(readFit, GEOMETRY_SOURCE)
    for (const slide of slides)
      scans.push({ no: slide.no, media, size: slide.size, dense: slide.dense, side: slide.side, overflow: slide.overflow, collisions: collisions(slide.geometry) })
  }
  return scans
}

export interface InspectOptions {
  browser: Browser
  /** The built deck's address, ending in '/'. */
  url: string
  count: number
  /** A print page already open and rendered (the export's), with its console and off-host log. */
  page?: Page
  messages?: ConsoleMessage[]
  log?: PageLog
  icons?: IconCheck
  /** Longest wait for the print page; default 30 s. */
  timeoutMs?: number
  /** More findings read from the rendered print page (check's legibility rule). */
  onPrintPage?: (page: Page) => Promise<CheckProblem[]>
}

export class NoPrintPageError extends Error {
  override name = 'NoPrintPageError'
}

/** Opens the print page of a built deck in a fresh context that stays on localhost. */
export async function openPrintPage(browser: Browser, url: string, count: number, timeoutMs = 30_000, viewport = { width: 980, height: 552 }, deviceScaleFactor = 1) {
  const context = await browser.newContext({ viewport, deviceScaleFactor })
  context.setDefaultTimeout(timeoutMs)
  await context.addInitScript(NAME_SHIM)
  const log: PageLog = { offHost: [], errors: [] }
  await blockOffHost(context, log)
  const page = await context.newPage()
  const messages = watchConsole(page)
  await page.goto(`${url}print`, { waitUntil: 'load' })
  await page.locator('#print-container').waitFor({ state: 'attached', timeout: Math.min(timeoutMs, 15_000) }).catch(() => {
    throw new NoPrintPageError(`The built deck has no print page (${url}print): the deck must use this project's theme, whose setup/routes.ts adds it (a deck in a sub-folder: \`theme: ..\`).`)
  })
  // A slide that never renders is reported below (did not render / empty), not as a timeout.
  await waitForPrintPage(page, count).catch((error: Error) => {
    if (error.name !== 'TimeoutError')
      throw error
  })
  return { context, page, messages, log }
}

/**
 * Every problem of the rendered deck, one per finding, each tied to its slide where it can
 * be (0: the deck as a whole). Opens the print page unless one is given.
 */
export async function inspectDeck(options: InspectOptions): Promise<CheckProblem[]> {
  const { browser, url, count } = options
  const opened = options.page ? undefined : await openPrintPage(browser, url, count, options.timeoutMs)
  const page = options.page ?? opened!.page
  const messages = options.messages ?? opened!.messages
  const log = options.log ?? opened?.log
  let scan
  let more: CheckProblem[] = []
  try {
    scan = await scanPrintPage(page)
    if (options.onPrintPage)
      more = await options.onPrintPage(page)
    more = [...more, ...fitProblems(await scanFit(page))]
  }
  finally {
    await opened?.context.close()
  }
  const problems = [
    ...domProblems(scan.scans, count, options.icons ?? iconChecker()),
    ...unboxedErrors(scan.errors, scan.scans),
    ...more,
  ]
  problems.push(...offHostProblems(log?.offHost ?? [], scan.scans, isLocalUrl))
  const rest = unexplainedMessages(messages, scan.scans)
  if (rest.length === 0)
    return problems

  // Console output to place: show each slide alone and note where each message appears.
  const seenOn = new Map<string, number[]>()
  for (let no = 1; no <= count; no++) {
    const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
    await blockOffHost(context, { offHost: [], errors: [] })
    const visit = await context.newPage()
    const seen = watchConsole(visit)
    await visit.goto(`${url}${no}`, { waitUntil: 'networkidle' })
    await visit.waitForTimeout(200)
    await context.close()
    for (const m of seen)
      seenOn.set(messageKey(m), [...(seenOn.get(messageKey(m)) ?? []), no])
  }
  for (const m of rest)
    problems.push({ slide: attributeSlide(seenOn.get(messageKey(m)) ?? [], count), text: formatMessage(m) })
  return problems
}

export interface BuiltDeckOptions {
  /** The sub-path the build was made for (--base). */
  base?: string
  /** Names the command in the summary line: check, build, screenshots. */
  label?: string
  /** Only the problems found in the markdown (deck.problems), no browser. */
  skipBrowser?: boolean
  /** Stops the inspection (Ctrl-C); it then rejects with the signal's reason. */
  signal?: AbortSignal
  onPrintPage?: InspectOptions['onPrintPage']
  /** Findings of the command's own, found before rendering (check's translations). */
  extraProblems?: CheckProblem[]
}

/**
 * The verdict on a built deck (a `slidev build` folder): its markdown problems and what
 * the inspection of its print page finds, as report lines and an exit code.
 */
export async function inspectBuiltDeck(deck: Deck, dist: string, options: BuiltDeckOptions = {}): Promise<{ lines: string[], code: number, problems: CheckProblem[] }> {
  const titles = new Map(deck.slides.map(s => [s.no, s.title]))
  const count = deck.slides.length
  const problems: CheckProblem[] = [...deck.problems, ...options.extraProblems ?? []]
  if (!options.skipBrowser) {
    options.signal?.throwIfAborted()
    const { server, browser, close } = await serveAndLaunch(dist, options.base)
    const stop = () => void closeBrowser(browser)
    options.signal?.addEventListener('abort', stop, { once: true })
    try {
      options.signal?.throwIfAborted()
      problems.push(...await inspectDeck({ browser, url: server.url, count, onPrintPage: options.onPrintPage }))
    }
    catch (error) {
      options.signal?.throwIfAborted()
      throw browserEnded(error, browser, 'inspecting the rendered slides')
    }
    finally {
      options.signal?.removeEventListener('abort', stop)
      await close()
    }
    options.signal?.throwIfAborted()
  }
  return { ...report(problems, titles, count, options.label), problems }
}
