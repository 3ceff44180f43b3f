/**
 * Visual regression: every slide of every deck in VISUAL_DECKS, rendered in its final click
 * state, must match its committed baseline (tests/visual/baselines/<deck>/<NN>.png) within a
 * small tolerance. A failure writes the actual and diff images to tests/visual/output/.
 */
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-chromium'
import type { StaticServer } from '../../cli/shared/serve'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../cli/shared/browser'
import { loadDeck } from '../../cli/shared/deck'
import { serveDist } from '../../cli/shared/serve'
import { THEME_ROOT } from '../../cli/shared/theme'
import { comparePngs, DEFAULT_DIFF } from '../support/png-diff'
import { BASELINE_ROOT, baselineFile, captureSlide, deckEntryPath, newVisualPage, OUTPUT_ROOT, outputFile, UPDATE_COMMAND, VISUAL_DECKS } from '../support/visual'

const dists = inject('visualDists')
let browser: Browser
let page: Page

beforeAll(async () => {
  rmSync(OUTPUT_ROOT, { recursive: true, force: true })
  browser = await launchBrowser()
  page = await newVisualPage(browser)
})

afterAll(async () => {
  await browser?.close()
})

const rel = (path: string) => relative(THEME_ROOT, path)

describe('visual regression', () => {
  it.each(VISUAL_DECKS)('deck $name matches its baselines', async (deck) => {
    if (!existsSync(deckEntryPath(deck))) {
      console.warn(`[visual] skipping deck "${deck.name}": ${deck.entry} does not exist (yet).`)
      return
    }
    const dist = dists[deck.name]
    expect(dist, `deck "${deck.name}" was not built by the global setup`).toBeTruthy()
    const { slides } = await loadDeck(deckEntryPath(deck))
    let server: StaticServer | undefined
    const failures: string[] = []
    try {
      server = await serveDist(dist!)
      for (const { no } of slides) {
        const actual = await captureSlide(page, server.url, no)
        const baseline = baselineFile(deck.name, no)
        const save = (kind: 'actual' | 'diff', png: Buffer) => {
          const file = outputFile(deck.name, no, kind)
          mkdirSync(dirname(file), { recursive: true })
          writeFileSync(file, png)
          return rel(file)
        }
        if (!existsSync(baseline)) {
          failures.push(`${deck.name} slide ${no}: no baseline ${rel(baseline)} (actual saved to ${save('actual', actual)}); run \`${UPDATE_COMMAND}\``)
          continue
        }
        const result = comparePngs(actual, readFileSync(baseline))
        if (!result.pass) {
          const where = save('actual', actual)
          const diff = result.diffPng ? `, diff ${save('diff', result.diffPng)}` : ''
          const what = result.sizeMismatch ?? `${result.diffPixels} pixels differ (allowed ${DEFAULT_DIFF.maxDiffPixels})`
          failures.push(`${deck.name} slide ${no}: ${what}; actual ${where}${diff}`)
        }
      }
    }
    finally {
      await server?.close()
    }
    const dir = join(BASELINE_ROOT, deck.name)
    const stale = existsSync(dir)
      ? readdirSync(dir).filter(f => /^\d+\.png$/.test(f) && Number.parseInt(f, 10) > slides.length)
      : []
    if (stale.length)
      failures.push(`${deck.name}: baselines for slides the deck no longer has: ${stale.join(', ')}`)
    if (failures.length)
      failures.push(`If the change is intended, update the baselines with \`${UPDATE_COMMAND}\` and commit them.`)
    expect(failures, failures.join('\n')).toEqual([])
  })
})
