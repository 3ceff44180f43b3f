/**
 * The static server of a built deck and the Chromium that renders it, started together:
 * when either fails to start, the other is closed before the failure reaches the command
 * (an open server alone would keep the process running after the command ended).
 */
import type { Browser, LaunchOptions } from 'playwright-core'
import type { StaticServer } from './serve'
import { launchBrowser } from './browser'
import { serveDist } from './serve'

/**
 * Awaits both; when one rejects, the other (once it has started) is closed with its
 * `close`, then the first failure is thrown.
 */
export async function together<A, B>(a: Promise<A>, b: Promise<B>, closeA: (a: A) => Promise<unknown>, closeB: (b: B) => Promise<unknown>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b])
  if (ra.status === 'fulfilled' && rb.status === 'fulfilled')
    return [ra.value, rb.value]
  if (ra.status === 'fulfilled')
    await closeA(ra.value).catch(() => undefined)
  if (rb.status === 'fulfilled')
    await closeB(rb.value).catch(() => undefined)
  throw ra.status === 'rejected' ? ra.reason : (rb as PromiseRejectedResult).reason
}

export const closeBrowser = (browser: Browser): Promise<void> => browser.close().catch(() => undefined)
export const closeServer = (server: StaticServer | undefined): Promise<void> => server?.close() ?? Promise.resolve()

export interface ServedBrowser {
  server: StaticServer
  browser: Browser
  /** Closes Chromium, then the server (which must not be reading the build folder as it goes). */
  close: () => Promise<void>
}

/** Serves `dir` (a built deck) on 127.0.0.1 and launches Chromium, both or neither. */
export async function serveAndLaunch(dir: string, base?: string, options: LaunchOptions = {}): Promise<ServedBrowser> {
  // Signals are the command's to handle (cli/shared/interrupt.ts): Playwright's own handlers would exit at once.
  const [server, browser] = await together(serveDist(dir, base), launchBrowser({ handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, ...options }), closeServer, closeBrowser)
  return {
    server,
    browser,
    close: async () => {
      await closeBrowser(browser)
      await server.close()
    },
  }
}
