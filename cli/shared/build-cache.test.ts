// @vitest-environment node
import type { Manifest } from './build-cache'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cacheRoot, dependencies, describeReuse, entryKey, evict, lookup, packageDir, pendingEntry, slotKey, staleReason } from './build-cache'

let work: string
let deck: string
let entry: string
/** What print-build.mjs reports for the deck: its markdown, data file, image and a package file. */
let reported: string[]

function write(file: string, text: string) {
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, text)
}

/** The deck's own Slidev (cli/shared/slidev.mjs resolves it from the deck's folder). */
function writeSlidev(version: string) {
  write(join(deck, 'node_modules/@slidev/cli/package.json'), JSON.stringify({ name: '@slidev/cli', version, engines: { node: '>=20.12.0' } }))
}

/** The key of the deck as it is now, as a build of it would record it. */
function keyNow(lang = 'nl') {
  return entryKey(slotKey({ kind: 'print', entry, lang }), dependencies(reported, [deck]))
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'bx-cache-test-'))
  deck = join(work, 'deck')
  entry = join(deck, 'slides.md')
  write(join(deck, 'package.json'), '{"name":"deck"}')
  write(entry, '---\ntheme: benelux\n---\n# Hallo\n\n<Cijfers />\n')
  write(join(deck, 'data/cijfers.ts'), 'export default [1, 2, 3]\n')
  write(join(deck, 'images/kaart.png'), 'PNG-1')
  write(join(deck, 'components/Cijfers.vue'), '<template><p>1</p></template>\n')
  write(join(deck, 'node_modules/vue/package.json'), '{"name":"vue","version":"3.5.0"}')
  write(join(deck, 'node_modules/vue/dist/vue.js'), 'vue')
  writeSlidev('52.20.1')
  write(join(work, 'elsewhere.md'), 'not the deck')
  reported = [entry, join(deck, 'data/cijfers.ts'), `${join(deck, 'images/kaart.png')}?url`, join(deck, 'node_modules/vue/dist/vue.js'), '\0virtual', '/@slidev/configs', `${entry}__slidev_1.md`]
})

afterEach(() => rmSync(work, { recursive: true, force: true }))

describe('the cache key', () => {
  it('holds the deck\'s files by content, packages by version, and nothing virtual', () => {
    const deps = dependencies(reported, [deck])
    expect(Object.keys(deps.files).sort()).toEqual([join(deck, 'components/Cijfers.vue'), join(deck, 'data/cijfers.ts'), join(deck, 'images/kaart.png'), join(deck, 'package.json'), entry].sort())
    expect(deps.packages).toEqual({ [join(deck, 'node_modules/vue')]: 'vue@3.5.0' })
  })

  it('changes when an imported data file changes', () => {
    const before = keyNow()
    write(join(deck, 'data/cijfers.ts'), 'export default [1, 2, 4]\n')
    expect(keyNow()).not.toBe(before)
  })

  it('changes when a file is added to data/, which <Chart src> reads by glob, not by import', () => {
    const before = keyNow()
    write(join(deck, 'data/pendel.csv'), 'jaar,BE\n2020,1\n')
    expect(keyNow()).not.toBe(before)
  })

  it('changes when an image changes', () => {
    const before = keyNow()
    write(join(deck, 'images/kaart.png'), 'PNG-2')
    expect(keyNow()).not.toBe(before)
  })

  it('changes with the language', () => {
    expect(keyNow('fr')).not.toBe(keyNow('nl'))
  })

  it('keeps the single HTML file of build --single-file apart from the print build', () => {
    expect(slotKey({ kind: 'single-file', entry, lang: 'nl' })).not.toBe(slotKey({ kind: 'print', entry, lang: 'nl' }))
  })

  it('changes with the Slidev the deck resolves', () => {
    const before = keyNow()
    writeSlidev('53.0.0')
    expect(keyNow()).not.toBe(before)
  })

  it('changes with a package version and with a component added to components/', () => {
    const before = keyNow()
    write(join(deck, 'node_modules/vue/package.json'), '{"name":"vue","version":"3.5.1"}')
    const bumped = keyNow()
    expect(bumped).not.toBe(before)
    write(join(deck, 'components/Nieuw.vue'), '<template><p>2</p></template>\n')
    expect(keyNow()).not.toBe(bumped)
  })

  it('does not change when only a file outside the deck changes', () => {
    const before = keyNow()
    write(join(work, 'elsewhere.md'), 'still not the deck')
    write(join(deck, 'notes-for-me.txt'), 'a file the build never read')
    expect(keyNow()).toBe(before)
  })

  it('finds the package of a file inside node_modules, scoped or not', () => {
    expect(packageDir('/d/node_modules/@slidev/client/main.ts')).toBe('/d/node_modules/@slidev/client')
    expect(packageDir('/d/node_modules/a/node_modules/vue/x.js')).toBe('/d/node_modules/a/node_modules/vue')
    expect(packageDir('/d/src/x.ts')).toBeUndefined()
  })

  it('is kept under the deck\'s node_modules/.cache/briefing', () => {
    expect(cacheRoot(entry)).toBe(join(deck, 'node_modules/.cache/briefing'))
  })
})

describe('the cache entries', () => {
  /** A build start after the deck's files were last written (their mtime is before it). */
  const startedAfterWrites = () => Date.now() + 1000

  /** A build into a pending entry, as startPrintBuild makes it. */
  function build(root: string, createdBy = 'check') {
    const slot = slotKey({ kind: 'print', entry, lang: 'nl' })
    const pending = pendingEntry(root, slot, { kind: 'print', entry, lang: 'nl', createdBy })
    write(join(pending.dir, 'index.html'), '<html>')
    write(pending.depsFile, JSON.stringify({ files: reported, roots: [deck] }))
    return { slot, pending }
  }

  it('reuses a committed build while nothing changed, and not after an edit', () => {
    const root = cacheRoot(entry)
    const { slot, pending } = build(root)
    const hit = pending.commit(reported, startedAfterWrites())!
    expect(hit.dir.startsWith(join(root, 'builds'))).toBe(true)
    hit.release()
    const again = lookup(root, slot)
    expect(again?.dir).toBe(hit.dir)
    expect(describeReuse(again!.manifest, again!.manifest.createdAt + 12_000)).toBe('reused (unchanged since check, 12 s ago)')
    again!.release()
    write(join(deck, 'data/cijfers.ts'), 'export default []\n')
    expect(lookup(root, slot)).toBeUndefined()
    expect(staleReason(again!.manifest)).toBe(`${join(deck, 'data/cijfers.ts')} changed`)
  })

  it('never reuses a build that did not complete: killed halfway it is only a temporary folder', () => {
    const root = cacheRoot(entry)
    const { slot } = build(root)
    // The process is killed here: no commit.
    expect(lookup(root, slot)).toBeUndefined()
    expect(existsSync(join(root, 'builds'))).toBe(false)
  })

  it('does not keep a build when a file it read changed while it ran', () => {
    const root = cacheRoot(entry)
    const { slot, pending } = build(root)
    // The deck's files were written a minute after the build started.
    expect(pending.commit(reported, Date.now() - 60_000)).toBeUndefined()
    pending.abandon()
    expect(lookup(root, slot)).toBeUndefined()
    expect(readdirSync(join(root, 'tmp'))).toEqual([])
  })

  it('removes the least recently used entries beyond its size, never one in use', () => {
    const root = cacheRoot(entry)
    const first = build(root).pending.commit(reported, startedAfterWrites())!
    write(entry, '# Anders\n')
    const second = build(root).pending.commit(reported, startedAfterWrites())!
    expect(second.dir).not.toBe(first.dir)
    first.release()
    second.release()
    const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
    expect(manifest(second.dir).bytes).toBeGreaterThan(0)
    // Room for one entry: the least recently used goes.
    expect(evict(root, manifest(second.dir).bytes)).toEqual([first.dir])
    expect(existsSync(second.dir)).toBe(true)
    // Over the limit, an entry a command is using stays.
    const using = lookup(root, slotKey({ kind: 'print', entry, lang: 'nl' }))!
    expect(using.dir).toBe(second.dir)
    expect(evict(root, 1)).toEqual([])
    using.release()
    expect(evict(root, 1)).toEqual([second.dir])
  })
})
