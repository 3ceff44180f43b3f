/**
 * Runs the `briefing` command line (bin/briefing.mjs) in a child Node process, as a user
 * would. Every run has a deadline: a command that hangs is killed (its whole process group)
 * and the run says so, so that a hang fails the test instead of stopping the suite.
 */
import type { Buffer } from 'node:buffer'
import type { ChildProcess, SpawnOptions, SpawnSyncOptions } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { descendants, isRunning } from '../../cli/shared/children'
import { THEME_ROOT } from '../../cli/shared/theme'

export const BRIEFING_BIN = join(THEME_ROOT, 'bin/briefing.mjs')

/** The longest any one CLI run of the e2e tests may take (a cold build of the main deck takes about two minutes). */
export const CLI_TIMEOUT_MS = 240_000

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
  /** stdout and stderr together */
  output: string
  /** True when the run hit its deadline and was killed. */
  timedOut?: boolean
}

export function briefing(args: string[], options: SpawnSyncOptions & { node?: string } = {}): CliRun {
  const { node = process.execPath, ...spawnOptions } = options
  const timeout = spawnOptions.timeout ?? CLI_TIMEOUT_MS
  const run = spawnSync(node, [BRIEFING_BIN, ...args], { cwd: THEME_ROOT, encoding: 'utf8', killSignal: 'SIGKILL', ...spawnOptions, timeout })
  const timedOut = (run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT'
  const stdout = String(run.stdout ?? '')
  const stderr = `${String(run.stderr ?? '')}${timedOut ? `\n[test] briefing ${args.join(' ')} timed out after ${timeout / 1000} s and was killed\n` : ''}`
  return { status: run.status, stdout, stderr, output: `${stdout}${stderr}`, timedOut }
}

export interface CliProcess {
  child: ChildProcess
  /** stdout and stderr so far, interleaved. */
  output: () => string
  /** Resolves once the process has ended (or was killed at its deadline). */
  ended: Promise<CliRun & { signal: NodeJS.Signals | null, ms: number }>
  /** Resolves when the output matches `re` (rejects when the process ends first or after `timeoutMs`). */
  waitFor: (re: RegExp, timeoutMs?: number) => Promise<void>
  /** Ctrl-C as a terminal sends it: SIGINT to the whole process group. */
  interrupt: () => void
  /** Resolves with the run once it has ended, or kills it (marked timedOut) when it has not ended within `ms`. */
  endsWithin: (ms: number) => Promise<CliRun & { signal: NodeJS.Signals | null, ms: number }>
}

/**
 * Starts `briefing` in its own process group (as a terminal runs it). At `timeoutMs` the
 * group and every process below it are killed and the run is marked timedOut.
 */
export function startBriefing(args: string[], options: SpawnOptions & { timeoutMs?: number } = {}): CliProcess {
  const { timeoutMs = CLI_TIMEOUT_MS, ...spawnOptions } = options
  const started = Date.now()
  const child = spawn(process.execPath, [BRIEFING_BIN, ...args], { cwd: THEME_ROOT, ...spawnOptions, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let output = ''
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d
    output += d
  })
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d
    output += d
  })
  let timedOut = false
  let limit = timeoutMs
  const killAll = () => {
    timedOut = true
    limit = Date.now() - started
    for (const pid of descendants(child.pid!))
      kill(pid)
    kill(-child.pid!)
  }
  const deadline = setTimeout(killAll, timeoutMs)
  const ended = new Promise<CliRun & { signal: NodeJS.Signals | null, ms: number }>(done => child.once('close', (status, signal) => {
    clearTimeout(deadline)
    const note = timedOut ? `\n[test] briefing ${args.join(' ')} had not ended after ${(limit / 1000).toFixed(1)} s and was killed\n` : ''
    done({ status, signal, stdout, stderr: stderr + note, output: output + note, timedOut, ms: Date.now() - started })
  }))
  const waitFor = (re: RegExp, waitMs = timeoutMs) => new Promise<void>((resolve, reject) => {
    const until = Date.now() + waitMs
    const timer = setInterval(() => {
      if (re.test(output)) {
        clearInterval(timer)
        resolve()
      }
      else if (child.exitCode !== null || child.signalCode !== null || Date.now() > until) {
        clearInterval(timer)
        reject(new Error(`no ${re} before the command ${child.exitCode !== null ? `exited (${child.exitCode})` : 'timed out'}:\n${output.slice(-3000)}`))
      }
    }, 20)
  })
  const endsWithin = (ms: number) => {
    const early = setTimeout(killAll, ms)
    return ended.finally(() => clearTimeout(early))
  }
  return { child, output: () => output, ended, waitFor, interrupt: () => kill(-child.pid!, 'SIGINT'), endsWithin }
}

function kill(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(pid, signal)
  }
  catch {}
}

/** Every process below `root`, from /proc (Chromium runs in a process group of its own). */
export { descendants }

/** Which of `pids` still run (zombies, gone once reaped, left out), with their command lines. */
export function stillRunning(pids: number[]): string[] {
  return pids.filter(isRunning)
    .map((pid) => {
      try {
        return `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').slice(0, 120)}`
      }
      catch {
        return undefined
      }
    })
    .filter(line => line !== undefined)
}
