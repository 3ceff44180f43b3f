import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { THEME_ROOT } from '../../cli/shared/theme'
import { BRIEFING_BIN, descendants, stillRunning } from '../support/cli'
import { FIXTURES } from '../support/export-fixtures'

// `briefing export --watch` on a small deck: one export, then a notes-only save, a broken
// save, a fixed save with new slide content, and Ctrl-C.
const DIR = join(THEME_ROOT, '.cache/export-e2e/watch')
const ENTRY = join(DIR, 'slides.md')
const OUT = join(DIR, 'out')
const FILES = { slides: join(OUT, 'watch.pdf'), handout: join(OUT, 'watch-handout.pdf'), threeUp: join(OUT, 'watch-handout-3up.pdf') }
const RE_WS = /\s+/g

let child: ChildProcess
let output = ''

const text = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(RE_WS, ' ')
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Waits for a line matching `re` printed after the call. */
function next(re: RegExp, timeoutMs = 240_000): Promise<string> {
  const from = output.length
  return new Promise((done, fail) => {
    const until = Date.now() + timeoutMs
    const timer = setInterval(() => {
      const match = output.slice(from).match(re)
      if (match) {
        clearInterval(timer)
        done(match[0])
      }
      else if (Date.now() > until) {
        clearInterval(timer)
        fail(new Error(`no ${re} in ${timeoutMs / 1000} s:\n${output.slice(-3000)}`))
      }
    }, 50)
  })
}

function save(from: string, to: string) {
  const source = readFileSync(ENTRY, 'utf8')
  expect(source).toContain(from)
  writeFileSync(ENTRY, source.replace(from, to))
}

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  writeFileSync(ENTRY, FIXTURES.clicks.replace('title: Exporttest', 'title: Exporttest\nexportFilename: watch'))
  child = spawn(process.execPath, [BRIEFING_BIN, 'export', '--watch', ENTRY, '--out', OUT], { cwd: THEME_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()))
  await next(/Ctrl-C stops/)
}, 300_000)

afterAll(() => {
  if (child.exitCode === null)
    child.kill('SIGKILL')
})

describe('briefing export --watch', () => {
  it('exports all three PDFs first', () => {
    expect(output).toMatch(/\[watch\] exported in/)
    expect(text(FILES.handout)).toContain('Deze dia heeft twee kliks.')
  })

  it('reprints only the notes handout after a notes-only save', async () => {
    const slides = hash(FILES.slides)
    const threeUp = hash(FILES.threeUp)
    const reported = next(/\[watch\] (?:updated|failed)[^\n]*/)
    save('Deze dia heeft twee kliks.', 'Deze dia heeft nu echt twee kliks.')
    expect(await reported).toMatch(/updated in [\d.]+ s: .*slides\.md: notes of slide 2 \(notes handout reprinted\)/)
    expect(text(FILES.handout)).toContain('Deze dia heeft nu echt twee kliks.')
    expect(hash(FILES.slides)).toBe(slides)
    expect(hash(FILES.threeUp)).toBe(threeUp)
  })

  it('keeps the last good PDFs after a broken save, and names the problem', async () => {
    const before = Object.values(FILES).map(hash)
    const reported = next(/\[watch\] (?:updated|failed)[^\n]*/)
    save('</v-clicks>', '</v-clicks>\n\n<ComponentError component="Tijdlijn" :problems="[\'jaartal ontbreekt\']" />')
    expect(await reported).toMatch(/failed after/)
    await expect.poll(() => output, { timeout: 5000 }).toMatch(/last good PDFs stay/)
    expect(output).toContain('slide 2 "Stap voor stap": Tijdlijn: jaartal ontbreekt')
    expect(Object.values(FILES).map(hash)).toEqual(before)
  })

  it('rebuilds and rewrites all three after a fixed save with new slide content', async () => {
    const reported = next(/\[watch\] (?:updated|failed)[^\n]*/)
    const source = readFileSync(ENTRY, 'utf8')
    writeFileSync(ENTRY, source.replace(/\n\n<ComponentError[^\n]*/, '').replace('Zichtbaar vanaf het begin', 'Zichtbaar vanaf de start'))
    expect(await reported).toMatch(/updated in [\d.]+ s: .*\(rebuilt, 3 PDFs\)/)
    expect(text(FILES.slides)).toContain('Zichtbaar vanaf de start')
    expect(text(FILES.handout)).toContain('Deze dia heeft nu echt twee kliks.')
  })

  it('stops on Ctrl-C with exit 130, no child process and no temporary file left', async () => {
    const tree = descendants(child.pid!)
    expect(tree.length).toBeGreaterThan(1) // the build worker and Chromium
    const exited = new Promise<number | null>(done => child.once('close', code => done(code)))
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(output).toMatch(/\[watch\] stopped/)
    // Chromium's helpers end a moment after the browser process; a zombie is gone once reaped.
    await expect.poll(() => stillRunning(tree), { timeout: 10_000 }).toEqual([])
    expect(readdirSync(OUT).sort()).toEqual(['watch-handout-3up.pdf', 'watch-handout.pdf', 'watch.pdf'])
  })
})
