/**
 * Child processes (builds, the print-build worker) end with the command: whatever is still
 * running when this process exits, for any reason, is sent SIGTERM.
 */
import type { ChildProcess } from 'node:child_process'
import process from 'node:process'

const live = new Set<ChildProcess>()

function killAll(): void {
  for (const child of live) {
    if (child.exitCode === null && child.signalCode === null)
      child.kill('SIGTERM')
  }
}

/** Keeps `child` on the list of processes to end on exit until it closes. */
export function endWithProcess(child: ChildProcess): ChildProcess {
  if (live.size === 0)
    process.on('exit', killAll)
  live.add(child)
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
