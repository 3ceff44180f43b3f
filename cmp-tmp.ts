import { chromium } from 'playwright-chromium'
import { serveDist } from './scripts/lib/serve'
import { comparePngs } from './scripts/lib/png-diff'
import { writeFileSync } from 'node:fs'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
async function shots(dir: string) {
  const server = await serveDist(dir)
  const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  const errors: string[] = []
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()) })
  page.on('pageerror', e => errors.push(String(e)))
  page.on('response', r => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`) })
  const t0 = Date.now()
  await page.goto(`${server.url}print`, { waitUntil: 'load' })
  await page.waitForFunction(n => document.querySelectorAll('.print-slide-container').length >= n && !document.querySelector('.slidev-slide-loading'), 21, { timeout: 20000 }).catch(e => errors.push(String(e)))
  await page.evaluate(async () => { await document.fonts.ready; await new Promise(d => requestAnimationFrame(() => requestAnimationFrame(d))) })
  const ms = Date.now() - t0
  const els = await page.locator('.print-slide-container').all()
  const out = []
  for (const el of els) out.push(await el.screenshot())
  await page.close(); await server.close()
  return { out, errors, ms }
}
const a = await shots(process.env.A ?? '/tmp/pb')
const b = await shots(process.env.B ?? '/tmp/split')
console.log('ms', a.ms, b.ms, 'errors', a.errors, b.errors)
a.out.forEach((png, i) => {
  const r = comparePngs(b.out[i]!, png, { maxDiffPixels: 0, threshold: 0 })
  if (!r.pass) { console.log('slide', i + 1, r.diffPixels, r.sizeMismatch ?? ''); if (r.diffPng) writeFileSync(`/tmp/diff-${i + 1}.png`, r.diffPng) }
})
console.log('compared', a.out.length, b.out.length)
await browser.close()
