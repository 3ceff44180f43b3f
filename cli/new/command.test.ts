import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { THEME_ROOT } from '../shared/theme'
import { readSamples, writeSampleData } from './command'
import { sampleDataFiles } from './scaffold'

const temps: string[] = []
function temp() {
  const dir = mkdtempSync(join(tmpdir(), 'bx-new-'))
  temps.push(dir)
  return dir
}
afterEach(() => temps.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })))

describe('writeSampleData', () => {
  it('copies the data files the samples read from the theme into the deck\'s data/ folder', () => {
    const theme = temp()
    mkdirSync(join(theme, 'data'))
    writeFileSync(join(theme, 'data/a.csv'), 'jaar,BE\n2020,1\n')
    const deck = temp()
    const written = writeSampleData([{ component: 'Chart', markdown: '<Chart src="data/a.csv" />' }], deck, theme)
    expect(written).toEqual(['data/a.csv'])
    expect(readFileSync(join(deck, 'data/a.csv'), 'utf8')).toBe('jaar,BE\n2020,1\n')
  })

  it('names a file the theme does not have', () => {
    expect(() => writeSampleData([{ component: 'Chart', markdown: '<Chart src="data/nope.csv" />' }], temp(), temp()))
      .toThrow('a sample reads data/nope.csv, which the theme does not have')
  })

  it('gives a new deck every file its chart samples read, and the package ships them', () => {
    const samples = readSamples()
    const files = sampleDataFiles(samples)
    expect(files.length, 'the chart samples read a file beside the deck').toBeGreaterThan(0)
    const deck = temp()
    writeSampleData(samples, deck)
    expect(files.filter(f => !existsSync(join(deck, f)))).toEqual([])
    const shipped = (JSON.parse(readFileSync(join(THEME_ROOT, 'package.json'), 'utf8')) as { files: string[] }).files
    expect(files.filter(f => !shipped.includes(f))).toEqual([])
  })
})
