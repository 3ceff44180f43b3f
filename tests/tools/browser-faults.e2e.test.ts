/**
 * No command hangs: a browser that is missing, that ends at start or that is killed while
 * printing ends the command with a message and exit 1; Chromium starts under a 100-character
 * TMPDIR; Ctrl-C in build, check, screenshots and export --watch stops within 5 s, with exit
 * 130, no partial output, no temporary folder and no process left. One 3-slide deck, built
 * once (the build cache) for every case that does not interrupt a build.
 */
import type { CliProcess } from '../support/cli'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { THEME_ROOT } from '../../cli/shared/theme'
import { descendants, startBriefing, stillRunning } from '../support/cli'
import { writeFaultDeck, writeHostileDevDeck } from '../support/fault-fixtures'

const OUT = join(THEME_ROOT, '.cache/faults-e2e/browser-out')
const RE_LEFTOVER = /^(?:bx-|playwright)/
/** bin/briefing.mjs's last guard: a command that left something open. */
const LINGERED = 'was still open after'
/** A command must end this soon after the failure it reports (the issue asks for 10 s; loading the CLI takes a few). */
const END_MS = 10_000
const PREVIOUS = ['tiny.pdf', 'tiny-handout.pdf', 'tiny-handout-3up.pdf']

let entry: string
let root: string
let stub: string

beforeAll(() => {
  entry = writeFaultDeck('tiny')
  root = mkdtempSync(join(tmpdir(), 'bx-bf-'))
  stub = join(root, 'stub-chromium')
  writeFileSync(stub, '#!/bin/sh\necho "stub browser: failing at start" >&2\nexit 1\n')
  chmodSync(stub, 0o755)
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A temporary folder of its own for one run (its leftovers are checked), `length` characters long when given. */
function tempFolder(length?: number): string {
  const base = mkdtempSync(join(root, 't'))
  if (!length)
    return base
  const long = `${base}/${'x'.repeat(length - base.length - 1)}`
  mkdirSync(long)
  expect(long).toHaveLength(length)
  return long
}

const leftovers = (tmp: string) => readdirSync(tmp).filter(name => RE_LEFTOVER.test(name))

function run(args: string[], env: Record<string, string> = {}, timeoutMs = 180_000): CliProcess & { tmp: string } {
  const tmp = env.TMPDIR ?? tempFolder()
  return { ...startBriefing(args, { env: { ...process.env, TMPDIR: tmp, ...env }, timeoutMs }), tmp }
}

/** An output folder holding a previous set of PDFs. */
function previousSet(name: string): string {
  const out = join(OUT, name)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  for (const file of PREVIOUS)
    writeFileSync(join(out, file), `previous ${file}`)
  return out
}

function expectPreviousSet(out: string) {
  expect(readdirSync(out).sort(), 'no new or temporary file in the output folder').toEqual([...PREVIOUS].sort())
  expect(PREVIOUS.map(file => readFileSync(join(out, file), 'utf8'))).toEqual(PREVIOUS.map(file => `previous ${file}`))
}

describe('a browser that fails ends the command', () => {
  it('a browser path that does not exist: check and export say so and exit 1 at once, without building', async () => {
    const env = { CHROMIUM_PATH: join(root, 'no/such/chromium') }
    const out = previousSet('missing')
    const [check, exported] = [run(['check', entry, '--no-cache'], env, 60_000), run(['export', entry, '--out', out, '--no-cache'], env, 60_000)]
    for (const cli of [check, exported]) {
      const ended = await cli.ended
      expect(ended.timedOut, ended.output).toBeFalsy()
      expect(ended.output).toContain(`CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", but no file is there.`)
      expect(ended.output).toContain('sudo apt-get install chromium')
      expect(ended.output).not.toContain(LINGERED)
      expect(ended.status).toBe(1)
      expect(ended.ms, 'ended without waiting for a build').toBeLessThan(END_MS + 10_000)
      expect(leftovers(cli.tmp)).toEqual([])
    }
    expectPreviousSet(out)
  }, 90_000)

  it('a browser that exits 1 at start: check and export name its exit code and its error line, exit 1', async () => {
    const out = previousSet('stub')
    // check builds the deck (kept in the build cache for the cases below), then starts the browser.
    const check = await run(['check', entry], { CHROMIUM_PATH: stub }).ended
    expect(check.timedOut, check.output).toBeFalsy()
    expect(check.output).toContain(`check: Chromium (${stub}) did not start: it exited with code 1: stub browser: failing at start`)
    expect(check.output).not.toContain(LINGERED)
    expect(check.status).toBe(1)
    const exported = run(['export', entry, '--out', out], { CHROMIUM_PATH: stub })
    const ended = await exported.ended
    expect(ended.timedOut, ended.output).toBeFalsy()
    expect(ended.output).toContain(`Export failed: Chromium (${stub}) did not start: it exited with code 1: stub browser: failing at start`)
    expect(ended.output).not.toContain(LINGERED)
    expect(ended.status).toBe(1)
    expect(ended.ms).toBeLessThan(END_MS + 10_000)
    expect(leftovers(exported.tmp)).toEqual([])
    expectPreviousSet(out)
  }, 240_000)

  it('a browser killed during the print: the export ends within 10 s, says so, exit 1, the previous PDFs stay', async () => {
    const out = previousSet('killed')
    const exported = run(['export', entry, '--out', out])
    await exported.waitFor(/\[export\] rendered: 3\/3 slides/)
    // The browser process itself (its helpers have a --type).
    const browser = descendants(exported.child.pid!).filter((pid) => {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      return cmdline.includes('--remote-debugging-pipe') && !cmdline.includes('--type=')
    })
    expect(browser).toHaveLength(1)
    const tree = descendants(exported.child.pid!)
    const killed = Date.now()
    process.kill(browser[0]!, 'SIGKILL')
    const ended = await exported.endsWithin(END_MS + 5000)
    expect(ended.timedOut, ended.output).toBeFalsy()
    expect(Date.now() - killed, 'from the kill to the end of the command').toBeLessThan(END_MS)
    expect(ended.output).toMatch(/Export failed: Chromium ended unexpectedly while printing [^\n]+ \(it crashed or was killed\)/)
    expect(ended.output).not.toContain('Wrote ')
    expect(ended.output).not.toContain(LINGERED)
    expect(ended.status).toBe(1)
    expectPreviousSet(out)
    await expect.poll(() => stillRunning(tree), { timeout: 5000 }).toEqual([])
    expect(leftovers(exported.tmp)).toEqual([])
  }, 240_000)

  it('export --watch: its build process killed ends the watch within 10 s, with its message and exit 1', async () => {
    const out = join(OUT, 'watch-worker')
    rmSync(out, { recursive: true, force: true })
    const watch = run(['export', '--watch', entry, '--out', out])
    await watch.waitFor(/Ctrl-C stops/)
    const worker = descendants(watch.child.pid!).filter(pid => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('print-build.mjs\0--worker'))
    expect(worker).toHaveLength(1)
    const tree = descendants(watch.child.pid!)
    const killed = Date.now()
    process.kill(worker[0]!, 'SIGKILL')
    const ended = await watch.endsWithin(END_MS + 5000)
    expect(ended.timedOut, ended.output).toBeFalsy()
    expect(Date.now() - killed).toBeLessThan(END_MS)
    expect(ended.output).toContain('[watch] The print-build process ended (SIGKILL)')
    expect(ended.output).toContain('[watch] stopped')
    expect(ended.output).not.toContain(LINGERED)
    expect(ended.status).toBe(1)
    expect(readdirSync(out).sort(), 'the PDFs of the first export stay').toEqual([...PREVIOUS].sort())
    await expect.poll(() => stillRunning(tree), { timeout: 5000 }).toEqual([])
    expect(leftovers(watch.tmp)).toEqual([])
  }, 240_000)

  it('a 100-character TMPDIR: Chromium starts (its sockets on a short path) and check passes; nothing is left there', async () => {
    const tmp = tempFolder(100)
    const check = run(['check', entry], { TMPDIR: tmp })
    const ended = await check.ended
    expect(ended.timedOut, ended.output).toBeFalsy()
    expect(ended.output).toContain('check: 3 slides, no problems')
    expect(ended.status, ended.output).toBe(0)
    expect(leftovers(tmp)).toEqual([])
    expect(readdirSync(tmpdir()).filter(name => name.startsWith('bx-chromium-') && existsSync(join(tmpdir(), name, 'SingletonSocket'))), 'Chromium\'s folder removed').toEqual([])
  }, 240_000)
})

/**
 * Sends Ctrl-C once `ready` holds and checks the stop: within 5 s, exit 130, the message,
 * no process of the command left, no temporary folder in its TMPDIR.
 */
async function interrupt(cli: CliProcess & { tmp: string }, ready: () => Promise<void>, message: RegExp, send = () => cli.interrupt()) {
  await ready()
  const tree = descendants(cli.child.pid!)
  const sent = Date.now()
  send()
  const ended = await cli.endsWithin(15_000)
  expect(ended.timedOut, ended.output).toBeFalsy()
  expect(Date.now() - sent, `from Ctrl-C to the end:\n${ended.output}`).toBeLessThan(5000)
  expect(ended.output).toMatch(message)
  expect(ended.output).not.toContain(LINGERED)
  expect(ended.status).toBe(130)
  await expect.poll(() => stillRunning(tree), { timeout: 5000 }).toEqual([])
  expect(leftovers(cli.tmp), 'temporary folders left').toEqual([])
  return ended
}

/** Waits until a folder named `prefix…` is in the run's TMPDIR, then 3 s more (the build has loaded Slidev and Vite). */
function appears(cli: { tmp: string }, prefix: string) {
  return async () => {
    await expect.poll(() => readdirSync(cli.tmp).some(name => name.startsWith(prefix)), { timeout: 120_000, interval: 50 }).toBe(true)
    await new Promise(done => setTimeout(done, 3000))
  }
}

describe('ctrl-C stops every command within 5 s, leaving nothing behind', () => {
  it('build, while Slidev builds: the previous site stays whole, no staging folder', async () => {
    const dist = join(OUT, 'dist')
    rmSync(dist, { recursive: true, force: true })
    mkdirSync(dist, { recursive: true })
    writeFileSync(join(dist, 'index.html'), 'previous site')
    const cli = run(['build', entry, '--out', dist])
    await interrupt(cli, async () => {
      await expect.poll(() => readdirSync(OUT).some(name => name.startsWith('.dist.bx-staging-')), { timeout: 60_000, interval: 50 }).toBe(true)
      await new Promise(done => setTimeout(done, 3000))
    }, /Build interrupted \(SIGINT\)\./)
    expect(readdirSync(OUT).filter(name => name.includes('dist'))).toEqual(['dist'])
    expect(readdirSync(dist)).toEqual(['index.html'])
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site')
  }, 180_000)

  it('check, while the deck builds', async () => {
    const cli = run(['check', entry, '--no-cache'])
    await interrupt(cli, appears(cli, 'bx-export-'), /check interrupted \(SIGINT\)\./)
  }, 180_000)

  it('screenshots, while Chromium renders the deck: no picture is written', async () => {
    const out = join(OUT, 'shots')
    rmSync(out, { recursive: true, force: true })
    const cli = run(['screenshots', entry, '--out', out])
    await interrupt(cli, async () => {
      await cli.waitFor(/\[screenshots\] build: /)
      await new Promise(done => setTimeout(done, 500))
    }, /Screenshots interrupted \(SIGINT\): no picture was written\./)
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(OUT).filter(name => name.startsWith('.shots'))).toEqual([])
  }, 180_000)

  it('export --watch, during its first export', async () => {
    const out = previousSet('watch')
    const cli = run(['export', '--watch', entry, '--out', out])
    await interrupt(cli, appears(cli, 'bx-export-'), /\[watch\] stopped/)
    expectPreviousSet(out)
  }, 180_000)

  it('export --watch, a second Ctrl-C while it stops: still exit 130 at once, nothing left', async () => {
    const out = previousSet('watch-twice')
    const cli = run(['export', '--watch', entry, '--out', out])
    // Once Chromium starts (the CLI has loaded what it runs on), during the first export.
    await interrupt(cli, appears(cli, 'bx-chromium-'), /Stopped at once \(SIGINT again\)\./, () => {
      cli.interrupt()
      setTimeout(() => cli.interrupt(), 150)
    })
    expectPreviousSet(out)
  }, 180_000)

  it('dev, once it serves: Slidev and what it started end, even when Slidev ignores the signal', async () => {
    const dev = writeHostileDevDeck()
    const port = await freePort()
    const cli = run(['dev', dev, '--port', String(port)])
    let helper: number[] = []
    const ended = await interrupt(cli, async () => {
      await cli.waitFor(/public slide show/, 120_000)
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.status, { timeout: 60_000, interval: 250 }).toBe(200)
      helper = descendants(cli.child.pid!).filter(pid => readFileSync(`/proc/${pid}/cmdline`, 'utf8') === 'sleep\u0000600\u0000')
      expect(helper, 'the process Slidev started').toHaveLength(1)
    }, /briefing dev: stopped \(SIGINT\)\./)
    expect(stillRunning(helper), ended.output).toEqual([])
    expect(await fetch(`http://127.0.0.1:${port}/`).then(() => 'answers', () => 'closed')).toBe('closed')
  }, 180_000)

  it('export --watch, SIGTERM to the command alone (not its build process) during its first export', async () => {
    const out = previousSet('watch-term')
    const cli = run(['export', '--watch', entry, '--out', out])
    await interrupt(cli, appears(cli, 'bx-export-'), /\[watch\] stopped/, () => process.kill(cli.child.pid!, 'SIGTERM'))
    expectPreviousSet(out)
  }, 180_000)
})

/** A TCP port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}
