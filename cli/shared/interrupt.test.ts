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
