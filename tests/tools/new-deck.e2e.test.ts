import type { Browser } from 'playwright-chromium'
import type { PageLog } from '../../cli/shared/guard'
import type { StaticServer } from '../../cli/shared/serve'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../cli/shared/browser'
import { buildDeck } from '../../cli/shared/build'
import { loadDeck } from '../../cli/shared/deck'
import { blockOffHost, recordErrors } from '../../cli/shared/guard'
import { serveDist } from '../../cli/shared/serve'
import { THEME_ROOT } from '../../cli/shared/theme'

const TSX = join(THEME_ROOT, 'node_modules/tsx/dist/cli.mjs')
const place = mkdtempSync(join(tmpdir(), 'bx-new-deck-'))

function newDeck(...args: string[]) {
  const run = spawnSync(process.execPath, [TSX, join(THEME_ROOT, 'cli/new/command.ts'), ...args, '--dir', place], {
    cwd: THEME_ROOT,
    encoding: 'utf8',
  })
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() }
}

let entry: string
let server: StaticServer
let browser: Browser

beforeAll(async () => {
  const created = newDeck('demo-briefing')
  expect(created.stderr).toBe('')
  expect(created.status).toBe(0)
  entry = created.stdout.split('\n').at(-1)!
  await buildDeck(entry, join(place, 'dist'))
  server = await serveDist(join(place, 'dist'))
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(place, { recursive: true, force: true })
})

describe('npm run new-deck', () => {
  it('prints the new entry file as its last line', () => {
    expect(entry).toBe(join(place, 'demo-briefing', 'slides.md'))
    expect(existsSync(entry)).toBe(true)
  })

  it('refuses a name that exists, with a clear message', () => {
    const again = newDeck('demo-briefing')
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/already exists/)
  })

  it('refuses an unsafe name', () => {
    const bad = newDeck('../escape')
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/not a safe deck name/)
    expect(existsSync(join(place, '..', 'escape'))).toBe(false)
  })

  it('builds and renders every slide without console errors, component errors or off-host requests', async () => {
    const deck = await loadDeck(entry)
    expect(deck.slides.length).toBeGreaterThanOrEqual(3)
    const problems: PageLog = { offHost: [], errors: [] }
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    await blockOffHost(context, problems)
    const page = await context.newPage()
    recordErrors(page, problems)
    const componentErrors: string[] = []
    for (const slide of deck.slides) {
      await page.goto(`${server.url}${slide.no}?clicks=99`, { waitUntil: 'networkidle' })
      const layout = page.locator(`#slide-content [data-slidev-no="${slide.no}"] .slidev-layout`)
      await layout.waitFor({ state: 'visible', timeout: 10_000 })
      for (const box of await layout.locator('[data-bx-error]').all())
        componentErrors.push(`slide ${slide.no} "${slide.title}": ${await box.textContent()}`)
    }
    await context.close()
    expect(problems.offHost, 'requests that left localhost').toEqual([])
    expect(componentErrors, 'component error boxes').toEqual([])
    expect(problems.errors, 'console errors and uncaught exceptions').toEqual([])
  })
})
