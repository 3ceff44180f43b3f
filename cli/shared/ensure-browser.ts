/**
 * `npm run browser` (README, docs/development.md): makes sure the browser tasks (tests,
 * export, screenshots) have a Chromium. Nothing runs on install: `allowScripts` in
 * package.json (npm 11.16+) and PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD in the scripts that install
 * keep playwright-chromium (a dev dependency of this repository) from downloading. This step
 * reports the browser it finds; with none, it tries Playwright's download (needs internet)
 * and says what to install when that fails. The browser commands without one stop with the
 * same message (cli/shared/browser.ts).
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { BrowserNotFoundError, findBrowser, NO_BROWSER_MESSAGE } from './browser'

let problem = NO_BROWSER_MESSAGE

async function found(): Promise<string | undefined> {
  try {
    const browser = await findBrowser()
    return `${browser.executablePath} (${browser.source})`
  }
  catch (error) {
    if (!(error instanceof BrowserNotFoundError))
      throw error
    problem = error.message
    return undefined
  }
}

const before = await found()
if (before) {
  console.log(`[browser] using ${before}`)
}
else if (process.env.BX_NO_BROWSER_DOWNLOAD) {
  console.warn(`[browser] BX_NO_BROWSER_DOWNLOAD is set: not downloading.\n${problem}`)
}
else {
  console.log('[browser] no Chromium found; trying Playwright\'s download (needs internet)...')
  const cli = join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'cli.js')
  const env = { ...process.env }
  delete env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD
  delete env.npm_config_playwright_skip_browser_download
  const result = spawnSync(process.execPath, [cli, 'install', 'chromium'], { env, stdio: 'inherit', timeout: 10 * 60_000 })
  const after = result.status === 0 ? await found() : undefined
  if (after)
    console.log(`[browser] using ${after}`)
  else
    console.warn(`[browser] the download did not succeed. Presenting works without it; tests and export need one.\n${problem}`)
}
