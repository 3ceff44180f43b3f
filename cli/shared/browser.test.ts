import { describe, expect, it } from 'vitest'
import { BROWSER_ENV, BrowserNotFoundError, launchArgs, NO_BROWSER_MESSAGE, resolveBrowser } from './browser'

function fs(...present: string[]) {
  return (path: string) => present.includes(path)
}

describe('resolveBrowser', () => {
  it('prefers the environment variable', () => {
    expect(resolveBrowser({
      env: { [BROWSER_ENV]: '/opt/chrome/chrome' },
      platform: 'linux',
      exists: fs('/opt/chrome/chrome', '/usr/bin/chromium'),
      playwrightPath: () => '/pw/chrome',
    })).toEqual({ executablePath: '/opt/chrome/chrome', source: 'env' })
  })

  it('fails clearly when the environment variable points nowhere', () => {
    expect(() => resolveBrowser({
      env: { [BROWSER_ENV]: '/nope/chrome' },
      platform: 'linux',
      exists: fs('/usr/bin/chromium'),
    })).toThrow(/CHROMIUM_PATH is set to "\/nope\/chrome", but no file is there/)
  })

  it('uses Playwright\'s own browser when it is installed', () => {
    expect(resolveBrowser({
      env: {},
      platform: 'linux',
      exists: fs('/pw/chrome', '/usr/bin/chromium'),
      playwrightPath: () => '/pw/chrome',
    })).toEqual({ executablePath: '/pw/chrome', source: 'playwright' })
  })

  it('skips a Playwright path that was never downloaded', () => {
    expect(resolveBrowser({
      env: {},
      platform: 'linux',
      exists: fs('/usr/bin/chromium'),
      playwrightPath: () => '/pw/chrome',
    })).toEqual({ executablePath: '/usr/bin/chromium', source: 'system' })
  })

  it.each([
    ['linux', '/usr/bin/google-chrome-stable'],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['win32', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
  ] as const)('finds a system browser on %s', (platform, path) => {
    expect(resolveBrowser({ env: {}, platform, exists: fs(path) }))
      .toEqual({ executablePath: path, source: 'system' })
  })

  it('throws one message that says what to install when nothing is found', () => {
    const attempt = () => resolveBrowser({ env: {}, platform: 'linux', exists: fs() })
    expect(attempt).toThrow(BrowserNotFoundError)
    expect(attempt).toThrow(NO_BROWSER_MESSAGE)
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install chromium/)
    expect(NO_BROWSER_MESSAGE).toMatch(/CHROMIUM_PATH=/)
  })
})

describe('launchArgs', () => {
  it('adds --no-sandbox only for root', () => {
    expect(launchArgs(true)).toContain('--no-sandbox')
    expect(launchArgs(false)).not.toContain('--no-sandbox')
  })

  it('keeps Chromium off the network', () => {
    expect(launchArgs(false)).toEqual(expect.arrayContaining([
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ]))
  })
})
