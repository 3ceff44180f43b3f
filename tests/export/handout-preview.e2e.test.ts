import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-chromium'
import { execFileSync, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../cli/shared/browser'
import { slidevFor } from '../../cli/shared/slidev.mjs'
import { THEME_ROOT } from '../../cli/shared/theme'
import { HANDOUT_PREVIEW_PATH } from '../../setup/routes'

// /bx-handout in the dev server must show the handout sheets the export prints, page for page:
// the same number of pages and the same words on each.
const RE_WORD_BREAK = /-\s+/g
const RE_SPACE = /\s+/g
const RE_LIST_MARKER = /^[ \t]*(?:\d+\.|[•◦▪])[ \t]+/gm
const RE_UPDATED = /bijgewerkt om/

let entry: string
let out: string
let server: ChildProcess
let url: string
let browser: Browser

/**
 * The characters of a text but white space, sorted: the same text in another reading order
 * or with other spacing (the PDF text joins "2 / 3" to "2/3") gives the same string; a line
 * or paragraph on another page does not.
 */
const letters = (text: string) => [...text.replace(RE_WORD_BREAK, '-').replace(RE_SPACE, '')].sort().join('')

/** The text of each page; list markers ("21.", "•") dropped, as the sheets' innerText has none. */
function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(page => page.replace(RE_LIST_MARKER, ''))
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(done => probe.listen(0, '127.0.0.1', () => done()))
  const port = (probe.address() as { port: number }).port
  await new Promise(done => probe.close(done))
  return port
}

beforeAll(async () => {
  // The links fixture's export is run once by the global setup (read by export.e2e and pdfua.e2e too).
  const shared = inject('sharedExports').links
  expect(shared.status, shared.stderr).toBe(0)
  entry = shared.entry
  out = shared.out
  const port = await freePort()
  url = `http://localhost:${port}/`
  server = spawn(process.execPath, [slidevFor(entry).bin, entry, '--port', String(port)], { cwd: THEME_ROOT, stdio: 'ignore' })
  browser = await launchBrowser()
  for (let i = 0; i < 240; i++) {
    if (await fetch(url).then(r => r.ok, () => false))
      break
    await new Promise(done => setTimeout(done, 500))
  }
}, 300_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
})

describe(`the live handout preview (${HANDOUT_PREVIEW_PATH})`, () => {
  it.each([
    ['notes', 'links-handout.pdf'],
    ['3up', 'links-handout-3up.pdf'],
  ])('?layout=%s shows the pages of %s', async (layout, file) => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
    try {
      await page.goto(`${url}${HANDOUT_PREVIEW_PATH.slice(1)}?layout=${layout}`)
      const status = page.locator('.bx-preview-bar [role=status]')
      const pages = pdfPages(join(out, file))
      expect(pages.length).toBeGreaterThan(layout === 'notes' ? 3 : 0) // the long notes flow over several pages
      // The preview lays out again once the slide infos are in (and the dev server may reload
      // the page on its first visit): wait until the sheets read as the PDF's pages, page for
      // page, or time out showing the difference.
      const sheetLetters = async () => {
        if (!RE_UPDATED.test(await status.textContent() ?? ''))
          return ['(not laid out yet)']
        // innerText, not textContent: it separates the words of adjacent blocks as the PDF text does.
        // eslint-disable-next-line unicorn/prefer-dom-node-text-content
        const sheets = await page.locator('#bx-handout .bx-sheet').evaluateAll(els => els.map(el => (el as HTMLElement).innerText))
        return sheets.map(letters)
      }
      await expect.poll(sheetLetters, { timeout: 120_000 }).toEqual(pages.map(letters))
    }
    finally {
      await page.close()
    }
  })
})
