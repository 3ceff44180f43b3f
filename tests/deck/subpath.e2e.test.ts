import type { Browser } from 'playwright-chromium'
/**
 * Static hosting under a sub-path: the main deck built with `--base /briefing/`
 * (npm run build:subpath) and served only under /briefing/ loads, navigates to slide 2 and
 * to the presenter view, and every request it makes stays under the sub-path and succeeds.
 */
import type { PageLog } from '../../cli/shared/guard'
import type { StaticServer } from '../../cli/shared/serve'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../cli/shared/browser'
import { blockOffHost, recordErrors } from '../../cli/shared/guard'
import { serveDist } from '../../cli/shared/serve'
import { parseLocation, waitForSlide } from '../../cli/shared/slide-page'
import { SUBPATH_BASE } from '../support/global-setup'

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  server = await serveDist(inject('subpathDist'), SUBPATH_BASE)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe(`deck hosted under ${SUBPATH_BASE}`, () => {
  it('loads, goes to slide 2 and the presenter view, with every asset found under the sub-path', async () => {
    expect(server.url.endsWith(SUBPATH_BASE)).toBe(true)
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const problems: PageLog = { offHost: [], errors: [] }
    await blockOffHost(context, problems)
    const page = await context.newPage()
    recordErrors(page, problems)
    const failed: string[] = []
    const outside: string[] = []
    const prefix = new URL(server.url).pathname
    page.on('response', (response) => {
      if (response.status() >= 400)
        failed.push(`${response.status()} ${response.url()}`)
    })
    page.on('requestfailed', request => failed.push(`failed ${request.url()}: ${request.failure()?.errorText}`))
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.protocol.startsWith('http') && !url.pathname.startsWith(prefix))
        outside.push(request.url())
    })

    const report = () => [
      failed.length ? `failed requests: ${failed.join(', ')}` : '',
      outside.length ? `requests outside ${prefix}: ${outside.join(', ')}` : '',
    ].filter(Boolean).join('\n')
    // A wrong base shows up as 404s for the scripts and an empty page: name the requests then.
    const step = async (what: string, action: () => Promise<unknown>) => {
      try {
        await action()
      }
      catch (error) {
        throw new Error(`${what} under ${SUBPATH_BASE} failed: ${(error as Error).message.split('\n')[0]}\n${report()}`)
      }
    }

    await step('opening the deck', async () => {
      await page.goto(server.url, { waitUntil: 'networkidle' })
      await waitForSlide(page, 1)
    })
    expect(parseLocation(page.url(), server.url).no, `${server.url} should open slide 1`).toBe(1)

    await step('going to slide 2 with ArrowRight', async () => {
      await page.keyboard.press('ArrowRight')
      await page.waitForURL(url => parseLocation(url.href, server.url).no === 2, { timeout: 5000 })
      await waitForSlide(page, 2)
    })
    await step('opening /2 directly', async () => {
      await page.goto(`${server.url}2`, { waitUntil: 'networkidle' })
      await waitForSlide(page, 2)
    })
    await step('opening the presenter view', async () => {
      await page.goto(`${server.url}presenter/2`, { waitUntil: 'networkidle' })
      await waitForSlide(page, 2, '.grid-section.main')
      await page.locator('.grid-section.note .slidev-note').waitFor()
    })
    await page.evaluate(() => document.fonts.ready)
    const fonts = await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').length)
    expect(fonts, 'bundled fonts loaded under the sub-path').toBeGreaterThan(0)

    await context.close()
    expect(outside, `requests outside ${prefix}`).toEqual([])
    expect(failed, 'failed requests (404s)').toEqual([])
    expect(problems.errors, 'console errors and uncaught exceptions').toEqual([])
    expect(problems.offHost, 'requests that left localhost').toEqual([])
  })
})
