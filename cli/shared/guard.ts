/** Keeps a browser context on localhost: every other request is aborted and recorded. */
import type { BrowserContext, Page } from 'playwright-core'

const RE_LOCAL = /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//

export function isLocalUrl(url: string): boolean {
  return RE_LOCAL.test(url) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank'
}

export interface PageLog {
  /** Requests that tried to leave localhost (all blocked). */
  offHost: string[]
  errors: string[]
}

export async function blockOffHost(context: BrowserContext, log: PageLog): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isLocalUrl(url))
      return route.continue()
    log.offHost.push(url)
    return route.abort('blockedbyclient')
  })
}

export function firstLine(text: string): string {
  return text.split('\n')[0]!.trim()
}

/** Records uncaught exceptions and console errors of a page into `log.errors`. */
export function recordErrors(page: Page, log: PageLog): void {
  page.on('pageerror', error => log.errors.push(`uncaught ${error.name}: ${firstLine(error.message)}`))
  page.on('console', (message) => {
    // A blocked off-host request also logs a console error; blockOffHost reports it by URL.
    if (message.type() === 'error' && !message.text().includes('ERR_BLOCKED_BY_CLIENT'))
      log.errors.push(`console error: ${firstLine(message.text())}`)
  })
}
