import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'

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
