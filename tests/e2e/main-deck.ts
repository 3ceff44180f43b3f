import type { Browser } from 'playwright-chromium'
import type { Deck } from '../../scripts/lib/deck'
import type { StaticServer } from '../../scripts/lib/serve'
import { join } from 'node:path'
import { afterAll, beforeAll, inject } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { PROJECT_ROOT } from '../../scripts/lib/build'
import { loadDeck } from '../../scripts/lib/deck'
import { serveDist } from '../../scripts/lib/serve'

export interface MainDeck {
  deck: Deck
  server: StaticServer
  browser: Browser
}

/** For a test file: loads the main deck, serves the build the global setup made, launches Chromium. */
export function useMainDeck(): MainDeck {
  const main = {} as MainDeck
  beforeAll(async () => {
    main.deck = await loadDeck(join(PROJECT_ROOT, 'slides.md'))
    main.server = await serveDist(inject('mainDist'))
    main.browser = await launchBrowser()
  })
  afterAll(async () => {
    await main.browser?.close()
    await main.server?.close()
  })
  return main
}
