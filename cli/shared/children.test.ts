import type { Buffer } from 'node:buffer'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { descendants, endTree, isRunning } from './children'

const CHILDREN = join(import.meta.dirname, 'children.ts')

/** Runs a script that starts a long child process and exits at once with process.exit; returns the child's pid. */
function orphanOf(track: boolean): number {
  const script = `
    import { spawn } from 'node:child_process'
    import { endWithProcess } from ${JSON.stringify(CHILDREN)}
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    ${track ? 'endWithProcess(child)' : ''}
    child.once('spawn', () => { console.log(child.pid); process.exit(3) })
  `
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 })
  expect(run.status, run.stderr).toBe(3)
  return Number(run.stdout.trim())
}

const running = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ')

describe.runIf(process.platform === 'linux')('endWithProcess', () => {
  it('a tracked child ends when the process exits, even by process.exit', async () => {
    const pid = orphanOf(true)
    await expect.poll(() => running(pid), { timeout: 2000 }).toBe(false)
  })

  it('an untracked one would run on (the case it guards against)', () => {
    const pid = orphanOf(false)
    try {
      expect(running(pid)).toBe(true)
    }
    finally {
      process.kill(pid, 'SIGKILL')
    }
  })
})

describe.runIf(process.platform === 'linux')('endTree', () => {
  it('ends a child that ignores the signal, after the grace time, and the process it started in a group of its own', async () => {
    const script = `
      process.on('SIGTERM', () => {})
      const helper = require('node:child_process').spawn('sleep', ['60'], { detached: true, stdio: 'ignore' })
      console.log(helper.pid)
      setInterval(() => {}, 1000)
    `
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] })
    const helper = await new Promise<number>(done => child.stdout.once('data', (d: Buffer) => done(Number(d.toString().trim()))))
    expect(descendants(child.pid!)).toContain(helper)
    const started = Date.now()
    await endTree(child, 'SIGTERM', 500)
    expect(Date.now() - started).toBeGreaterThanOrEqual(450)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(child.signalCode).toBe('SIGKILL')
    await expect.poll(() => isRunning(helper), { timeout: 2000 }).toBe(false)
  })

  it('a child that stops on the signal ends without waiting for the grace time', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
    await new Promise(done => child.once('spawn', done))
    const started = Date.now()
    await endTree(child, 'SIGINT', 5000)
    expect(child.signalCode).toBe('SIGINT')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
