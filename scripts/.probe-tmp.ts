// Probe a built deck: node --import tsx probe.ts <dist> <slide> '<js expression>'
import { chromium } from 'playwright-core'
import { resolveBrowser, launchArgs } from '/work/wt/layouts/cli/shared/browser'
import { createServer } from 'node:http'
import sirv from 'sirv'
const [dist, no, expr, path = ''] = process.argv.slice(2)
const h = sirv(dist, { single: true })
const srv = createServer((q, r) => h(q, r))
await new Promise<void>(ok => srv.listen(31401, '127.0.0.1', ok))
const server = { url: 'http://127.0.0.1:31401/', close: async () => srv.close() }
const browser = await chromium.launch({ executablePath: resolveBrowser().executablePath, args: launchArgs(process.getuid?.() === 0) })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
await page.goto(`${server.url}${path || no}`)
await page.waitForTimeout(2500)
console.log(JSON.stringify(await page.evaluate(expr), null, 1))
await browser.close(); await server.close()
