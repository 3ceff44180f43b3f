import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { UsageError } from '../shared/args'
import { formatSize, publicAliases, singleFileTarget } from './single-file'

describe('formatSize', () => {
  it.each([
    [1_375_136, '1.31 MiB (1,375,136 bytes)'],
    [2 * 1024 * 1024, '2.00 MiB (2,097,152 bytes)'],
    [52_000, '50.8 KiB (52,000 bytes)'],
  ])('%i -> %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text)
  })
})

describe('singleFileTarget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bx-target-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('takes --out as given when it names an .html file', async () => {
    expect(await singleFileTarget(join(dir, 'x.md'), join(dir, 'out/deck.html'))).toBe(join(dir, 'out/deck.html'))
  })

  it('refuses a folder and a name that is not .html, naming what was given', async () => {
    await expect(singleFileTarget(join(dir, 'x.md'), dir)).rejects.toThrow(new UsageError(`briefing build --single-file: --out ${dir} is a folder; give the file to write, e.g. ${join(dir, 'deck.html')}`))
    await expect(singleFileTarget(join(dir, 'x.md'), 'deck.pdf')).rejects.toThrow('--out takes an .html file name, got "deck.pdf"')
  })

  it('names the file as the export names its PDFs, under exports/', async () => {
    const deckDir = join(dir, 'my-deck')
    mkdirSync(deckDir)
    writeFileSync(join(deckDir, 'slides.md'), '---\ntitle: X\n---\n\n# Een\n')
    expect(await singleFileTarget(join(deckDir, 'slides.md'), undefined)).toBe(resolve('exports/my-deck.html'))
    writeFileSync(join(deckDir, 'talk.md'), '---\ntitle: X\nexportFilename: benelux-talk\n---\n\n# Een\n')
    expect(await singleFileTarget(join(deckDir, 'talk.md'), undefined)).toBe(resolve('exports/benelux-talk.html'))
  })
})

describe('publicAliases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bx-public-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('maps every file of public/ by its site address, none for a missing folder', () => {
    mkdirSync(join(dir, 'public/images'), { recursive: true })
    writeFileSync(join(dir, 'public/logo.png'), '')
    writeFileSync(join(dir, 'public/images/map.svg'), '')
    const aliases = publicAliases(join(dir, 'public'))
    const resolve = (id: string) => aliases.find(alias => alias.find.test(id))?.replacement
    expect(resolve('/logo.png')).toBe(join(dir, 'public/logo.png'))
    expect(resolve('/logo.png?url')).toBe(join(dir, 'public/logo.png'))
    expect(resolve('/images/map.svg')).toBe(join(dir, 'public/images/map.svg'))
    expect(resolve('/logo.png/x'), 'the whole address only').toBeUndefined()
    expect(resolve('/logoXpng'), 'a dot is a dot').toBeUndefined()
    expect(publicAliases(join(dir, 'nothing'))).toEqual([])
  })
})
