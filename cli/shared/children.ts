/**
 * Child processes (builds, the print-build worker, the dev server) end with the command:
 * whatever is still running when this process exits, for any reason, is sent SIGTERM (or the
 * signal it was registered with, and to the processes below it too when asked). `endTree`
 * stops a child and everything it started, with a deadline.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import process from 'node:process'

interface Tracked {
  /** Sent on exit (default SIGTERM). */
  signal: NodeJS.Signals
  /** Also to the processes below the child. */
  tree: boolean
}

const live = new Map<ChildProcess, Tracked>()

function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null
}

function killAll(): void {
  for (const [child, { signal, tree }] of live) {
    if (!running(child))
      continue
    const below = tree && child.pid ? descendants(child.pid) : []
    child.kill(signal)
    for (const pid of below)
      signalPid(pid, signal)
  }
}

/** Keeps `child` on the list of processes to end on exit until it closes. */
export function endWithProcess(child: ChildProcess, options: Partial<Tracked> = {}): ChildProcess {
  if (live.size === 0)
    process.on('exit', killAll)
  live.set(child, { signal: options.signal ?? 'SIGTERM', tree: options.tree ?? false })
  child.once('close', () => {
    live.delete(child)
    if (live.size === 0)
      process.off('exit', killAll)
  })
  return child
}

/** How many tracked children are still running (for tests). */
export function liveChildren(): number {
  return live.size
}

const RE_PID = /^\d+$/

/** Every process below `root` (Linux, from /proc; none elsewhere). A process in a group of its own (Chromium) is found too. */
export function descendants(root: number): number[] {
  if (!existsSync('/proc/self/stat'))
    return []
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc').filter(n => RE_PID.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
    }
    catch {}
  }
  const found: number[] = []
  const stack = [root]
  while (stack.length) {
    for (const pid of children.get(stack.pop()!) ?? []) {
      found.push(pid)
      stack.push(pid)
    }
  }
  return found
}

/** True while `pid` runs (a zombie, waiting to be reaped, does not). */
export function isRunning(pid: number): boolean {
  if (existsSync('/proc/self/stat')) {
    try {
      return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ')
    }
    catch {
      return false
    }
  }
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}

function signalPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  }
  catch {}
}

/**
 * Stops `child` and every process below it: `signal` to each, then SIGKILL to whatever still
 * runs after `graceMs` (a process that ignores the signal) and to what the child left behind
 * when it ended. Resolves once the child has ended.
 */
export async function endTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 2000): Promise<void> {
  const closed = new Promise<void>((done) => {
    if (!running(child))
      done()
    child.once('exit', () => done())
  })
  // A child that has ended is not signalled: its pid may be another process's by now.
  const pids = running(child) && child.pid ? [child.pid, ...descendants(child.pid)] : []
  for (const pid of pids)
    signalPid(pid, signal)
  let timer: NodeJS.Timeout | undefined
  await Promise.race([closed, new Promise<void>(done => (timer = setTimeout(done, graceMs)))])
  clearTimeout(timer)
  for (const pid of pids.filter(isRunning))
    signalPid(pid, 'SIGKILL')
  await closed
}
