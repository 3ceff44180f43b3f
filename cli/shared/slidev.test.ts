import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { findSlidev, pickSlidevRelease, SLIDEV_RANGE, SlidevError, slidevProblem } from './slidev.mjs'
import { THEME_PACKAGE } from './theme'

describe('pickSlidevRelease', () => {
  it.each([
    ['v26.12.1', '53.0.0', /Node 26\.12\.1 meets Slidev 53's >=22\.12\.0/],
    ['v22.12.0', '53.0.0', /meets/],
    ['v20.20.2', '52.20.1', /Node 20\.20\.2 is below 22\.12\.0, which Slidev 53 needs; Slidev 52\.20\.1 runs on it/],
    ['v22.11.0', '52.20.1', /Node 22\.11\.0 is below 22\.12\.0, which Slidev 53 needs, and Slidev 52\.20\.1 needs Node \^20\.19\.0 \|\| >=22\.12\.0: install Node 22\.12\.0 or newer/],
  ])('on Node %s picks %s and says why', (node, version, reason) => {
    const pick = pickSlidevRelease(node)
    expect(pick.version).toBe(version)
    expect(pick.reason).toMatch(reason)
  })
})

describe('slidevProblem', () => {
  it('takes the range from the theme\'s engines.slidev', () => {
    expect(SLIDEV_RANGE).toBe(THEME_PACKAGE.engines?.slidev)
    expect(SLIDEV_RANGE).toBe('>=52.20.0 <54')
  })

  it.each([
    ['52.20.1', '>=20.12.0', 'v20.20.2'],
    ['53.0.0', '>=22.12.0', 'v24.22.3'],
    ['53.4.1', undefined, 'v26.12.1'],
  ])('accepts Slidev %s (needs Node %s) on %s', (version, node, current) => {
    expect(slidevProblem(version, node, current)).toBeUndefined()
  })

  it.each([
    ['52.19.0', undefined, 'v24.22.3', /Slidev 52\.19\.0 is outside the range .* \(>=52\.20\.0 <54\)/],
    ['54.0.0', undefined, 'v24.22.3', /outside the range/],
    ['53.0.0', '>=22.12.0', 'v20.20.2', /Slidev 53\.0\.0 needs Node >=22\.12\.0; this is Node 20\.20\.2/],
  ])('refuses Slidev %s (needs Node %s) on %s', (version, node, current, message) => {
    expect(slidevProblem(version, node, current)).toMatch(message)
  })
})

describe('findSlidev', () => {
  const place = mkdtempSync(join(tmpdir(), 'bx-slidev-'))
  afterAll(() => rmSync(place, { recursive: true, force: true }))

  function deckWith(name: string, version?: string): string {
    const deck = join(place, name)
    mkdirSync(deck, { recursive: true })
    if (version) {
      const root = join(deck, 'node_modules/@slidev/cli')
      mkdirSync(root, { recursive: true })
      writeFileSync(join(root, 'package.json'), JSON.stringify({ name: '@slidev/cli', version, exports: { '.': { import: './dist/index.mjs' } } }))
    }
    return deck
  }

  it('finds the deck\'s own @slidev/cli, also from a subfolder', () => {
    const deck = deckWith('ok', '52.20.1')
    mkdirSync(join(deck, 'talks'))
    const slidev = findSlidev(join(deck, 'talks'))
    expect(slidev).toMatchObject({ version: '52.20.1', root: join(deck, 'node_modules/@slidev/cli'), bin: join(deck, 'node_modules/@slidev/cli/bin/slidev.mjs') })
    expect(slidev.entryUrl).toMatch(/\/node_modules\/@slidev\/cli\/dist\/index\.mjs$/)
  })

  it('says so when the deck has no Slidev, and what to install', () => {
    const deck = deckWith('none')
    expect(() => findSlidev(deck)).toThrow(SlidevError)
    expect(() => findSlidev(deck)).toThrow(new RegExp(`No Slidev for the deck in ${deck}: .*npm install @slidev/cli@${pickSlidevRelease(process.version).version}`))
  })

  it('names the version and the range when the deck\'s Slidev is outside it', () => {
    const deck = deckWith('old', '51.8.0')
    expect(() => findSlidev(deck)).toThrow(/has Slidev 51\.8\.0 .*outside the range the Benelux theme .* supports \(>=52\.20\.0 <54\)/)
  })
})
