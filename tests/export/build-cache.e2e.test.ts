/**
 * One build per deck state (cli/shared/build-cache.ts, cli/shared/dev-state.ts), on a small
 * deck with a data file, an image, a snippet and a `src:` slide:
 * - export beside a running `briefing dev` of the deck prints from it, with the same pages
 *   as a fresh export (`--no-cache`);
 * - check stores its build, with the deck's files as the build reported them, and export
 *   then reuses it, with page images byte-identical to the fresh export's;
 * - a build killed halfway is never reused.
 * Three builds of a three-slide deck and one dev server in all.
 */
import type { ChildProcess } from 'node:child_process'
import type { Manifest } from '../../cli/shared/build-cache'
import { Buffer } from 'node:buffer'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cacheRoot } from '../../cli/shared/build-cache'
import { devStateFile } from '../../cli/shared/dev-state'
import { THEME_ROOT } from '../../cli/shared/theme'
import { briefing, BRIEFING_BIN } from '../support/cli'
import { writeFixtureDeck } from '../support/export-fixtures'

// A 2x2 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=='
const OUT = join(THEME_ROOT, '.cache/build-cache-e2e/out')

let entry: string
let deckDir: string
let dev: ChildProcess | undefined

function deckMarkdown(run: string): string {
  return `---
theme: ../../..
title: Cachetest
author: Testteam
lang: nl
info: Een kleine deck voor de cachetests.
favicon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>'
fonts:
  sans: Source Sans 3
  serif: Source Serif 4
  provider: none
layout: cover
---

# Cachetest

<script setup lang="ts">
import cijfers from './data/cijfers'
</script>

Cijfers: {{ cijfers.join(', ') }}

<!--
Run ${run}.
-->

---

# Kaart en code

![Kaart](./images/kaart.png)

<<< ./snippets/voorbeeld.ts

---
src: ./extra.md
---
`
}

/** Page images of a PDF (pdftoppm -r 50), as bytes. */
function pageImages(pdf: string): Buffer[] {
  const dir = `${pdf}.pages`
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(dir, 'p')])
  return readdirSync(dir).sort().map(name => readFileSync(join(dir, name)))
}

function exportTo(name: string, extra: string[] = []) {
  const out = join(OUT, name)
  rmSync(out, { recursive: true, force: true })
  const run = briefing(['export', entry, '--out', out, ...extra])
  expect(run.status, run.output).toBe(0)
  return { ...run, pdf: join(out, 'cachetest.pdf') }
}

/** This deck's cache entries: folder and manifest. */
function entries(): { dir: string, manifest: Manifest }[] {
  const builds = join(cacheRoot(entry), 'builds')
  return (existsSync(builds) ? readdirSync(builds) : [])
    .map(name => join(builds, name))
    .filter(dir => existsSync(join(dir, 'manifest.json')))
    .map(dir => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest }))
    .filter(e => e.manifest.entry === entry)
}

/** The manifests of this deck's cache entries. */
function manifests(): Manifest[] {
  return entries().map(e => e.manifest)
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

async function until(what: string, test: () => boolean, timeoutMs = 120_000) {
  const end = Date.now() + timeoutMs
  while (!test()) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}`)
    await new Promise(done => setTimeout(done, 200))
  }
}

let fresh: ReturnType<typeof exportTo>

beforeAll(() => {
  // A deck state no earlier run has cached.
  entry = writeFixtureDeck('build-cache-e2e', 'cachetest', deckMarkdown(`${process.pid}-${Date.now()}`))
  deckDir = dirname(entry)
  // The entries of earlier runs (other deck states, kept in the repository's cache).
  for (const { dir } of entries())
    rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(deckDir, 'data'), { recursive: true })
  mkdirSync(join(deckDir, 'images'), { recursive: true })
  mkdirSync(join(deckDir, 'snippets'), { recursive: true })
  writeFileSync(join(deckDir, 'data/cijfers.ts'), 'export default [1958, 2008, 2012]\n')
  writeFileSync(join(deckDir, 'images/kaart.png'), Buffer.from(PNG, 'base64'))
  writeFileSync(join(deckDir, 'snippets/voorbeeld.ts'), 'export const land = \'Benelux\'\n')
  writeFileSync(join(deckDir, 'extra.md'), '# Uit een ander bestand\n\nTekst van de derde dia.\n')
  fresh = exportTo('fresh', ['--no-cache'])
}, 240_000)

afterAll(() => {
  if (dev?.exitCode === null)
    process.kill(-dev.pid!, 'SIGINT')
})

describe('the build cache', () => {
  it('a fresh export (--no-cache) builds and keeps nothing', () => {
    expect(fresh.output).toMatch(/\[export\] built 3 slides/)
    expect(manifests()).toEqual([])
  })

  it('export beside a running dev server of the deck prints from it: the same pages as a fresh export', async () => {
    const port = await freePort()
    dev = spawn(process.execPath, [BRIEFING_BIN, 'dev', entry, '--port', String(port)], { cwd: THEME_ROOT, detached: true, stdio: 'ignore' })
    const state = devStateFile(entry, 'nl')
    await until('the dev server\'s state file', () => existsSync(state))
    const run = exportTo('dev')
    expect(run.output).toContain(`[export] build: printed from the running dev server (http://localhost:${port}/`)
    expect(pageImages(run.pdf)).toEqual(pageImages(fresh.pdf))
    process.kill(-dev.pid!, 'SIGINT')
    await until('the dev server to end', () => dev!.exitCode !== null || dev!.signalCode !== null, 30_000)
    expect(existsSync(state), 'the state file is removed when the server ends').toBe(false)
  }, 240_000)

  it('check keeps its build, with every file the deck imports as the build reported it', () => {
    // (Its verdict is not the point: the snippet's code is under check's 18 px minimum.)
    const run = briefing(['check', entry])
    expect(run.output).not.toContain('failed')
    const [manifest] = manifests()
    expect(manifest?.createdBy).toBe('check')
    for (const file of ['slides.md', 'extra.md', 'data/cijfers.ts', 'images/kaart.png', 'snippets/voorbeeld.ts'])
      expect(Object.keys(manifest!.files), file).toContain(join(deckDir, file))
  }, 240_000)

  it('export then reuses it, and its page images are byte-identical to the fresh export\'s', () => {
    const run = exportTo('reused')
    expect(run.output).toMatch(/\[export\] build: reused \(unchanged since check, \d+ s ago\)/)
    expect(pageImages(run.pdf)).toEqual(pageImages(fresh.pdf))
  }, 240_000)

  it('an edit of the data file rebuilds, and a build killed halfway is never reused', async () => {
    writeFileSync(join(deckDir, 'data/cijfers.ts'), 'export default [1944, 1958]\n')
    const tmp = join(cacheRoot(entry), 'tmp')
    const child = spawn(process.execPath, [BRIEFING_BIN, 'export', entry, '--out', join(OUT, 'killed')], { cwd: THEME_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout!.on('data', (d: Buffer) => (output += d))
    const mine = () => existsSync(tmp) ? readdirSync(tmp).filter(name => name.includes(`-${child.pid}-`)) : []
    // Its build is under way in the cache's temporary folder: kill it there, with no chance to clean up.
    await until('the build to start', () => mine().length > 0)
    await new Promise(done => setTimeout(done, 1500))
    process.kill(-child.pid!, 'SIGKILL')
    await until('the export to end', () => child.signalCode !== null)
    expect(output, 'killed before its build completed').not.toContain('[export] built')
    expect(mine(), 'the killed build is left as a temporary folder').toHaveLength(1)
    const run = exportTo('after-kill')
    expect(run.output).toMatch(/\[export\] built 3 slides/)
    expect(run.output).not.toContain('reused')
    expect(mine(), 'the next build removes the killed one\'s folder').toEqual([])
    expect(manifests().map(m => m.createdBy).sort()).toEqual(['check', 'export'])
  }, 240_000)
})
