import type { BrowserContext, Page } from 'playwright-chromium'

export interface PageProblems {
  consoleErrors: string[]
  pageErrors: string[]
  /** Requests to anything but the local server; they are blocked, then reported. */
  offHostRequests: string[]
}

const LOCAL = /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//

export function isLocalUrl(url: string): boolean {
  return LOCAL.test(url) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank'
}

/** Blocks and records every request that leaves localhost, for the whole context. */
export async function guardContext(context: BrowserContext, problems: PageProblems): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isLocalUrl(url))
      return route.continue()
    problems.offHostRequests.push(url)
    return route.abort('blockedbyclient')
  })
}

/** Records console errors and uncaught exceptions of a page. */
export function watchPage(page: Page, problems: PageProblems): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      problems.consoleErrors.push(`${page.url()}: ${msg.text()}`)
  })
  page.on('pageerror', error => problems.pageErrors.push(`${page.url()}: ${error.message}`))
}

export function emptyProblems(): PageProblems {
  return { consoleErrors: [], pageErrors: [], offHostRequests: [] }
}
