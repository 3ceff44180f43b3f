import type { Browser } from 'playwright-chromium'
import type { Deck } from '../../cli/shared/deck'
import type { StaticServer } from '../../cli/shared/serve'
import { join } from 'node:path'
import { afterAll, beforeAll, inject } from 'vitest'
import { launchBrowser } from '../../cli/shared/browser'
import { loadDeck } from '../../cli/shared/deck'
import { serveDist } from '../../cli/shared/serve'
import { THEME_ROOT } from '../../cli/shared/theme'

export interface MainDeck {
  deck: Deck
  server: StaticServer
  browser: Browser
}

/** For a test file: loads the main deck, serves the build the global setup made, launches Chromium. */
export function useMainDeck(): MainDeck {
  const main = {} as MainDeck
  beforeAll(async () => {
    main.deck = await loadDeck(join(THEME_ROOT, 'slides.md'))
    main.server = await serveDist(inject('mainDist'))
    main.browser = await launchBrowser()
  })
  afterAll(async () => {
    await main.browser?.close()
    await main.server?.close()
  })
  return main
}
