import { describe, expect, it } from 'vitest'
import { BROWSER_ENV, browserEnded, BrowserEndedError, BrowserNotFoundError, chromiumTempParent, describeLaunchFailure, launchArgs, launchedPid, NO_BROWSER_MESSAGE, resolveBrowser, SOCKET_PATH_LIMIT } from './browser'

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

describe('chromiumTempParent', () => {
  it('keeps a short TMPDIR', () => {
    expect(chromiumTempParent('/tmp', 'linux')).toBe('/tmp')
    expect(chromiumTempParent('/home/ci/work/tmp', 'linux')).toBe('/home/ci/work/tmp')
  })

  it('falls back to /tmp for a macOS TMPDIR (49 characters: 113 bytes with the folders below it)', () => {
    expect(chromiumTempParent('/var/folders/x1/abcdefghijklmnopqrstuvwx0000gn/T', 'darwin')).toBe('/tmp')
  })

  it('leaves TMPDIR as it is on Windows (no Unix socket there)', () => {
    expect(chromiumTempParent(`C:\\${'a'.repeat(120)}`, 'win32')).toBe(`C:\\${'a'.repeat(120)}`)
  })

  it('falls back to /tmp when Chromium\'s socket under TMPDIR would pass the 107-byte limit', () => {
    // <tmp>/bx-chromium-XXXXXX/org.chromium.Chromium.XXXXXX/SingletonSocket adds 64 bytes.
    const fits = `/${'a'.repeat(42)}`
    expect(`${fits}/bx-chromium-XXXXXX/org.chromium.Chromium.XXXXXX/SingletonSocket`).toHaveLength(SOCKET_PATH_LIMIT)
    expect(chromiumTempParent(fits, 'linux')).toBe(fits)
    expect(chromiumTempParent(`${fits}b`, 'linux')).toBe('/tmp')
    expect(chromiumTempParent(`/${'é'.repeat(22)}`, 'linux'), 'bytes, not characters').toBe('/tmp')
  })
})

// Playwright's launch errors as they read (1.65), shortened.
const ABORTED = `browserType.launch: Target page, context or browser has been closed
Browser logs:

<launching> /usr/bin/chromium --headless
<launched> pid=21999
[pid=21999][err] [21999:21999:1204/175007.959116:FATAL:chrome/browser/process_singleton_posix.cc:315] Socket path too long: /tmp/aaaa/org.chromium.Chromium.pO8FG9/SingletonSocket.
[pid=21999][err] [1204/175008.011227:ERROR:third_party/crashpad/crashpad/util/file/file_io_posix.cc:145] open /sys/devices/system/cpu/cpu0/cpufreq/scaling_cur_freq: No such file or directory (2)
Call log:
  - <launched> pid=21999
  - [pid=21999] <process did exit: exitCode=null, signal=SIGABRT>`

const EXITED = `browserType.launch: Target page, context or browser has been closed
Browser logs:

<launched> pid=21191
[pid=21191][err] stub browser: failing at start
Call log:
  - [pid=21191] <process did exit: exitCode=1, signal=null>`

describe('describeLaunchFailure', () => {
  it('names the signal and Chromium\'s FATAL line', () => {
    expect(describeLaunchFailure(ABORTED, '/usr/bin/chromium')).toBe('Chromium (/usr/bin/chromium) did not start: it was ended by SIGABRT: Socket path too long: /tmp/aaaa/org.chromium.Chromium.pO8FG9/SingletonSocket.')
  })

  it('names the exit code and the last error line when there is no FATAL one', () => {
    expect(describeLaunchFailure(EXITED, '/opt/stub')).toBe('Chromium (/opt/stub) did not start: it exited with code 1: stub browser: failing at start')
  })

  it('names the deadline when Chromium does not answer', () => {
    expect(describeLaunchFailure('browserType.launch: Timeout 30000ms exceeded.\nCall log:\n  - <launching> /usr/bin/chromium', '/usr/bin/chromium'))
      .toBe('Chromium (/usr/bin/chromium) did not start: it did not answer within 30 s')
  })

  it('keeps the first line of any other error', () => {
    expect(describeLaunchFailure('browserType.launch: spawn EACCES', '/opt/x')).toBe('Chromium (/opt/x) did not start: spawn EACCES')
  })
})

describe('launchedPid', () => {
  it('reads the pid of the browser process from the launch error', () => {
    expect(launchedPid(ABORTED)).toBe(21999)
    expect(launchedPid('browserType.launch: spawn EACCES')).toBeUndefined()
  })
})

describe('browserEnded', () => {
  const error = new Error('page.pdf: Target page, context or browser has been closed\nCall log: …')
  it('says that Chromium ended, and in which step, once it is gone', () => {
    const ended = browserEnded(error, { isConnected: () => false }, 'printing the slides PDF')
    expect(ended).toBeInstanceOf(BrowserEndedError)
    expect((ended as Error).message).toBe('Chromium ended unexpectedly while printing the slides PDF (it crashed or was killed): page.pdf: Target page, context or browser has been closed')
  })

  it('leaves other errors alone', () => {
    expect(browserEnded(error, { isConnected: () => true }, 'x')).toBe(error)
    expect(browserEnded(error, undefined, 'x')).toBe(error)
  })
})
