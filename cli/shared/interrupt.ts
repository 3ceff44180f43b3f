/**
 * Ctrl-C (SIGINT) and SIGTERM for the commands that write files or start children: the
 * first signal aborts `signal`, so that the command stops its children, removes its
 * temporary files and says it was interrupted (exit code 130); a second one exits at once,
 * with 130 too, also once the command's own handlers are gone (exitOnLateSignals).
 */
import process from 'node:process'

export const INTERRUPTED_EXIT = 130

export class InterruptedError extends Error {
  override name = 'InterruptedError'
  constructor(readonly signalName: NodeJS.Signals) {
    super(`interrupted (${signalName})`)
  }
}

export interface Interrupts {
  signal: AbortSignal
  /** The signal that interrupted the command, if any. */
  readonly received: NodeJS.Signals | undefined
  /** Removes the handlers. */
  dispose: () => void
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']
let lateHandler: ((name?: NodeJS.Signals) => void) | undefined

/**
 * From now on until the process ends, SIGINT or SIGTERM exits at once with 130 (the
 * 'exit' handlers still end the children, cli/shared/children.ts). For a command that is
 * stopping: a second Ctrl-C while it closes its build, browser and server, or once it has
 * removed its handlers but not yet exited, must neither kill it by the signal nor be lost.
 */
export function exitOnLateSignals(): void {
  if (lateHandler)
    return
  lateHandler = (name?: NodeJS.Signals) => {
    console.error(`Stopped at once (${name ?? 'signal'} again).`)
    process.exit(INTERRUPTED_EXIT)
  }
  for (const name of SIGNALS)
    process.on(name, lateHandler)
}

export function handleInterrupts(signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): Interrupts {
  const stop = new AbortController()
  let received: NodeJS.Signals | undefined
  const onSignal = (name: NodeJS.Signals) => {
    if (received)
      return lateHandler?.(name)
    received = name
    exitOnLateSignals()
    stop.abort(new InterruptedError(name))
  }
  for (const name of signals)
    process.on(name, onSignal)
  return {
    signal: stop.signal,
    get received() {
      return received
    },
    /** Removes the handlers; after a signal, a later one still exits with 130 (exitOnLateSignals). */
    dispose() {
      for (const name of signals)
        process.off(name, onSignal)
    },
  }
}

/** A promise that rejects with the signal's reason once it is aborted (none without a signal). */
export function whenAborted(signal: AbortSignal | undefined): Promise<never> | undefined {
  if (!signal)
    return undefined
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted)
      reject(signal.reason)
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  aborted.catch(() => undefined)
  return aborted
}

/** Awaits `work`, or rejects with the signal's reason as soon as it is aborted. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  work.catch(() => undefined)
  const aborted = whenAborted(signal)
  return aborted ? Promise.race([work, aborted]) : work
}
