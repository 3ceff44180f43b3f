/**
 * Finds the Chromium that every browser task of this project uses (tests, export,
 * screenshots, benchmark). Order: $CHROMIUM_PATH, Playwright's own download, a system
 * Chromium or Chrome. Without one, a single message says what to install.
 */
import type { Browser, LaunchOptions } from 'playwright-core'
import { Buffer } from 'node:buffer'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/** Longest wait for Chromium to start (it takes about a second). */
export const LAUNCH_TIMEOUT_MS = 30_000

/** A Unix socket path holds at most 107 bytes (108 with its NUL). */
export const SOCKET_PATH_LIMIT = 107

/**
 * Where Chromium's own temporary folder goes: under `tmp` (os.tmpdir(), from TMPDIR) when
 * the socket Chromium makes in it (`<tmp>/bx-chromium-XXXXXX/org.chromium.Chromium.XXXXXX/
 * SingletonSocket`) stays within the socket limit, else /tmp. A longer one makes Chromium
 * abort at start ("Socket path too long").
 */
export function chromiumTempParent(tmp: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32')
    return tmp
  const socket = join(tmp, 'bx-chromium-XXXXXX', 'org.chromium.Chromium.XXXXXX', 'SingletonSocket')
  return Buffer.byteLength(socket) <= SOCKET_PATH_LIMIT ? tmp : '/tmp'
}

export class BrowserLaunchError extends Error {
  override name = 'BrowserLaunchError'
}

const RE_EXIT = /<process did exit: exitCode=(\w+), signal=(\w+)>/
const RE_STDERR = /^\[pid=\d+\]\[err\] (.*)$/gm
const RE_FATAL = /FATAL:[^\]]*\] (.*)$/
const RE_LAUNCH_PREFIX = /^browserType\.launch: /

const RE_LAUNCHED = /<launched> pid=(\d+)/

/** The pid of the browser process a launch error names, if it got that far. */
export function launchedPid(message: string): number | undefined {
  const pid = Number(RE_LAUNCHED.exec(message)?.[1])
  return pid > 0 ? pid : undefined
}

function killGroup(pid: number): void {
  for (const target of process.platform === 'win32' ? [pid] : [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL')
    }
    catch {}
  }
}

/**
 * What Playwright's launch error says, in one paragraph: how Chromium ended (exit code or
 * signal), its FATAL line (or its last line of error output), or the launch timeout.
 */
export function describeLaunchFailure(message: string, executablePath: string, timeoutMs = LAUNCH_TIMEOUT_MS): string {
  const lines = Array.from(message.matchAll(RE_STDERR), m => m[1]!.trim()).filter(Boolean)
  const fatal = lines.map(line => RE_FATAL.exec(line)?.[1]).find(Boolean)
  const said = fatal ?? lines.at(-1)
  const exit = RE_EXIT.exec(message)
  let how: string
  if (exit && exit[2] !== 'null')
    how = `it was ended by ${exit[2]}`
  else if (exit && exit[1] !== 'null')
    how = `it exited with code ${exit[1]}`
  else if (message.includes('Timeout') && message.includes('exceeded'))
    how = `it did not answer within ${timeoutMs / 1000} s`
  else
    how = (message.split('\n')[0] ?? '').replace(RE_LAUNCH_PREFIX, '')
  return `Chromium (${executablePath}) did not start: ${how}${said ? `: ${said}` : ''}`
}

/**
 * Resolves the browser and launches it headless, with its own temporary folder on a short
 * path (removed when the browser closes or its process ends). A browser that does not start
 * within LAUNCH_TIMEOUT_MS, or ends at start, rejects with a BrowserLaunchError that says how.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const resolved = await findBrowser()
  const { chromium } = await import('playwright-core')
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const temp = mkdtempSync(join(chromiumTempParent(tmpdir()), 'bx-chromium-'))
  const removeTemp = () => {
    process.off('exit', removeTemp)
    try {
      rmSync(temp, { recursive: true, force: true })
    }
    catch {}
  }
  // Also when the command exits at once (a second Ctrl-C): Playwright ends Chromium then.
  process.on('exit', removeTemp)
  const timeout = options.timeout ?? LAUNCH_TIMEOUT_MS
  let browser: Browser
  try {
    browser = await chromium.launch({
      headless: true,
      ...options,
      timeout,
      env: { ...process.env, ...options.env, TMPDIR: temp },
      executablePath: resolved.executablePath,
      args: [...launchArgs(isRoot), ...(options.args ?? [])],
    })
  }
  catch (error) {
    const message = (error as Error).message
    // A browser that did not answer in time may still run: end it (Playwright starts it in a process group of its own).
    const pid = launchedPid(message)
    if (pid)
      killGroup(pid)
    removeTemp()
    throw new BrowserLaunchError(describeLaunchFailure(message, resolved.executablePath, timeout))
  }
  browser.once('disconnected', removeTemp)
  return browser
}

export class BrowserEndedError extends Error {
  override name = 'BrowserEndedError'
}

/**
 * The error to report for a failure in a browser step: when Chromium is gone (it crashed
 * or was killed), one that says so and names the step; else `error` as it is.
 */
export function browserEnded(error: unknown, browser: Pick<Browser, 'isConnected'> | undefined, step: string): unknown {
  if (!browser || browser.isConnected() || error instanceof BrowserEndedError)
    return error
  const detail = error instanceof Error ? `: ${error.message.split('\n')[0]}` : ''
  return new BrowserEndedError(`Chromium ended unexpectedly while ${step} (it crashed or was killed)${detail}`)
}
