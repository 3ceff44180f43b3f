import type { Browser } from 'playwright-chromium'
import type { StaticServer } from '../../cli/shared/serve'
import { Buffer } from 'node:buffer'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { waitForPrintPage } from '../../cli/export/export-deck'
import { launchBrowser } from '../../cli/shared/browser'
import { loadDeck } from '../../cli/shared/deck'
import { serveDist } from '../../cli/shared/serve'
import { THEME_ROOT } from '../../cli/shared/theme'
import { comparePngs } from '../support/png-diff'

// The export prints from its own build (cli/shared/print-build.mjs, made here by the global
// setup through the build cache as the commands make it). Its print page must show every
// slide exactly as the print page of the real `slidev build` does.
const DIFF_DIR = join(THEME_ROOT, '.cache/print-fidelity')

let browser: Browser
let servers: StaticServer[] = []
let slides: number

async function slideShots(server: StaticServer): Promise<Buffer[]> {
  const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  try {
    await page.goto(`${server.url}print`, { waitUntil: 'load' })
    await waitForPrintPage(page, slides)
    const shots: Buffer[] = []
    for (const slide of await page.locator('.print-slide-container').all())
      shots.push(Buffer.from(await slide.screenshot({ animations: 'disabled' })))
    return shots
  }
  finally {
    await page.close()
  }
}

beforeAll(async () => {
  slides = (await loadDeck(join(THEME_ROOT, 'slides.md'))).slides.length
  servers = await Promise.all([serveDist(inject('mainDist')), serveDist(inject('nlPrintDist'))])
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await Promise.all(servers.map(s => s.close()))
})

describe('the export\'s print build', () => {
  it('renders every slide of the main deck as `slidev build` does', async () => {
    const [expected, actual] = [await slideShots(servers[0]!), await slideShots(servers[1]!)]
    expect(actual.length).toBe(slides)
    expect(expected.length).toBe(slides)
    const different: string[] = []
    actual.forEach((png, i) => {
      const result = comparePngs(png, expected[i]!)
      if (!result.pass) {
        mkdirSync(DIFF_DIR, { recursive: true })
        if (result.diffPng)
          writeFileSync(join(DIFF_DIR, `${i + 1}.png`), result.diffPng)
        different.push(`slide ${i + 1}: ${result.sizeMismatch ?? `${result.diffPixels} pixels differ`}`)
      }
    })
    expect(different, `differences written to ${DIFF_DIR}`).toEqual([])
  }, 120_000)
})
