/**
 * npm run screenshots [-- deck.md] [-- --out dir] [-- --dist built-dir]
 * A 1280x720 PNG of every slide in its final click state, from a fresh `slidev build`
 * (or a given one), served on localhost and pictured with the project's Chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { launchBrowser } from '../shared/browser'
import { buildDeck, PROJECT_ROOT } from '../shared/build'
import { loadDeck } from '../shared/deck'
import { parseScreenshotArgs, screenshotName } from './args'
import { serveDist } from '../shared/serve'
import { openSlide } from '../shared/slide-page'

const args = (() => {
  try {
    return parseScreenshotArgs(process.argv.slice(2))
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
})()

const entry = resolve(args.deck ?? join(PROJECT_ROOT, 'slides.md'))
const outDir = resolve(args.out ?? join(PROJECT_ROOT, 'screenshots'))
const temp = args.dist ? undefined : mkdtempSync(join(tmpdir(), 'bx-shots-'))

try {
  const deck = await loadDeck(entry)
  const dist = args.dist ? resolve(args.dist) : join(temp!, 'dist')
  if (!args.dist) {
    console.log(`Building ${entry} …`)
    await buildDeck(entry, dist)
  }
  const server = await serveDist(dist)
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
    mkdirSync(outDir, { recursive: true })
    for (const slide of deck.slides) {
      await openSlide(page, server.url, slide.no)
      const file = join(outDir, screenshotName(slide.no, deck.slides.length))
      await page.screenshot({ path: file })
      console.log(`${file}  ${slide.title}`)
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
catch (error) {
  console.error(`Screenshots failed: ${(error as Error).message}`)
  process.exitCode = 1
}
finally {
  if (temp)
    rmSync(temp, { recursive: true, force: true })
}
