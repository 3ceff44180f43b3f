/**
 * Ctrl-C (SIGINT) and SIGTERM for the commands that write files or start children: the
 * first signal aborts `signal`, so that the command stops its children, removes its
 * temporary files and says it was interrupted (exit code 130); a second one exits at once.
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

export function handleInterrupts(signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): Interrupts {
  const stop = new AbortController()
  let received: NodeJS.Signals | undefined
  const onSignal = (name: NodeJS.Signals) => {
    if (received)
      process.exit(INTERRUPTED_EXIT)
    received = name
    stop.abort(new InterruptedError(name))
  }
  for (const name of signals)
    process.on(name, onSignal)
  return {
    signal: stop.signal,
    get received() {
      return received
    },
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
