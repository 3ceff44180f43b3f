import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { untilAborted } from './interrupt'

describe('untilAborted', () => {
  it('gives the work\'s result when not aborted', async () => {
    expect(await untilAborted(Promise.resolve(3), new AbortController().signal)).toBe(3)
    expect(await untilAborted(Promise.resolve(4), undefined)).toBe(4)
  })

  it('rejects with the reason as soon as the signal is aborted, while the work goes on', async () => {
    const stop = new AbortController()
    const reason = new Error('interrupted (SIGINT)')
    const waiting = untilAborted(new Promise(() => {}), stop.signal)
    stop.abort(reason)
    await expect(waiting).rejects.toBe(reason)
  })

  it('rejects at once for a signal aborted before', async () => {
    const stop = new AbortController()
    stop.abort(new Error('before'))
    await expect(untilAborted(new Promise(() => {}), stop.signal)).rejects.toThrow('before')
  })
})

const INTERRUPT = join(import.meta.dirname, 'interrupt.ts')

/**
 * A command that handles Ctrl-C, and on the first one starts a slow stop (10 s) having
 * removed its handlers; a second Ctrl-C arrives then. Resolves to how the process ended.
 */
async function secondSignalAfterDispose(signal: NodeJS.Signals): Promise<{ code: number | null, signal: NodeJS.Signals | null, ms: number, output: string }> {
  const script = `
    import { handleInterrupts } from ${JSON.stringify(INTERRUPT)}
    const interrupts = handleInterrupts()
    interrupts.signal.addEventListener('abort', () => {
      interrupts.dispose()
      console.log('disposed')
      setTimeout(() => { console.log('stopped normally'); process.exit(0) }, 10000)
    })
    setInterval(() => {}, 1000)
    console.log('ready')
  `
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d))
  child.stderr.on('data', (d: Buffer) => (output += d))
  const ended = new Promise<{ code: number | null, signal: NodeJS.Signals | null }>(done => child.once('close', (code, signal) => done({ code, signal })))
  const killer = setTimeout(() => child.kill('SIGKILL'), 25_000)
  await expect.poll(() => output, { timeout: 20_000, interval: 20 }).toContain('ready')
  child.kill(signal)
  await expect.poll(() => output, { timeout: 5000, interval: 20 }).toContain('disposed')
  const sent = Date.now()
  child.kill(signal)
  const result = await ended
  clearTimeout(killer)
  return { ...result, ms: Date.now() - sent, output }
}

describe('a second signal once the handlers are disposed', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s exits at once with 130, neither killed by the signal nor waiting for the stop', async (signal) => {
    const ended = await secondSignalAfterDispose(signal)
    expect(ended, ended.output).toMatchObject({ code: 130, signal: null })
    expect(ended.output).not.toContain('stopped normally')
    expect(ended.output).toContain(`Stopped at once (${signal} again).`)
    expect(ended.ms).toBeLessThan(3000)
  }, 30_000)
})
