/**
 * Finds the Chromium that every browser task of this project uses (tests, export,
 * screenshots, benchmark). Order: $CHROMIUM_PATH, Playwright's own download, a system
 * Chromium or Chrome. Without one, a single message says what to install.
 */
import type { Browser, LaunchOptions } from 'playwright-core'
import { existsSync } from 'node:fs'
import process from 'node:process'

export type BrowserSource = 'env' | 'playwright' | 'system'

export interface ResolvedBrowser {
  executablePath: string
  source: BrowserSource
}

export interface ResolveBrowserOptions {
  env?: Record<string, string | undefined>
  platform?: NodeJS.Platform
  exists?: (path: string) => boolean
  /** Where Playwright would look for its own browser; undefined when unknown. */
  playwrightPath?: () => string | undefined
}

export const BROWSER_ENV = 'CHROMIUM_PATH'

export const SYSTEM_CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
}

export const NO_BROWSER_MESSAGE = [
  'No Chromium or Chrome found for the browser tasks (tests, export, screenshots).',
  'Install one of:',
  '  - Debian/Ubuntu:   sudo apt-get install chromium',
  '  - Playwright\'s:    npx playwright install chromium          (needs internet)',
  '  - or point to an installed one:  CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n')

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
}

function defaultPlaywrightPath(): string | undefined {
  return undefined
}

/** Pure resolution: decides which executable to use, or throws BrowserNotFoundError. */
export function resolveBrowser(options: ResolveBrowserOptions = {}): ResolvedBrowser {
  const env = options.env ?? process.env
  const exists = options.exists ?? existsSync
  const platform = options.platform ?? process.platform
  const playwrightPath = options.playwrightPath ?? defaultPlaywrightPath

  const fromEnv = env[BROWSER_ENV]?.trim()
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new BrowserNotFoundError(`${BROWSER_ENV} is set to "${fromEnv}", but no file is there.\n\n${NO_BROWSER_MESSAGE}`)
    return { executablePath: fromEnv, source: 'env' }
  }

  const own = playwrightPath()
  if (own && exists(own))
    return { executablePath: own, source: 'playwright' }

  const system = (SYSTEM_CANDIDATES[platform] ?? []).find(path => exists(path))
  if (system)
    return { executablePath: system, source: 'system' }

  throw new BrowserNotFoundError(NO_BROWSER_MESSAGE)
}

/** Flags for a headless run that must stay on localhost and work as root. */
export function launchArgs(isRoot: boolean): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--font-render-hinting=none',
  ]
}

/** Where Playwright keeps its own Chromium, if this install has one registered. */
export async function playwrightExecutablePath(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-core')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/** resolveBrowser() for this machine, including Playwright's own download if any. */
export async function findBrowser(): Promise<ResolvedBrowser> {
  const own = await playwrightExecutablePath()
  return resolveBrowser({ playwrightPath: () => own })
}

/** Resolves the browser and launches it headless. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const resolved = await findBrowser()
  const { chromium } = await import('playwright-core')
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: resolved.executablePath,
    args: [...launchArgs(isRoot), ...(options.args ?? [])],
  })
}
