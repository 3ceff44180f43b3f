import { describe, expect, it, vi } from 'vitest'
import { together } from './served-browser'

describe('together', () => {
  it('gives both when both start', async () => {
    const closeA = vi.fn(async () => {})
    const closeB = vi.fn(async () => {})
    expect(await together(Promise.resolve('server'), Promise.resolve('browser'), closeA, closeB)).toEqual(['server', 'browser'])
    expect(closeA).not.toHaveBeenCalled()
    expect(closeB).not.toHaveBeenCalled()
  })

  it('closes the server when the browser fails, then throws the browser\'s failure', async () => {
    const closeServer = vi.fn(async () => {})
    const closeBrowser = vi.fn(async () => {})
    const failure = new Error('Chromium did not start')
    await expect(together(Promise.resolve('server'), Promise.reject(failure), closeServer, closeBrowser)).rejects.toBe(failure)
    expect(closeServer).toHaveBeenCalledWith('server')
    expect(closeBrowser).not.toHaveBeenCalled()
  })

  it('closes the browser when the server fails, even when the browser starts later', async () => {
    const closeBrowser = vi.fn(async () => {})
    const failure = new Error('listen EADDRINUSE')
    const late = new Promise<string>(done => setTimeout(done, 20, 'browser'))
    await expect(together(Promise.reject(failure), late, async () => {}, closeBrowser)).rejects.toBe(failure)
    expect(closeBrowser).toHaveBeenCalledWith('browser')
  })

  it('a failing close does not hide the failure', async () => {
    const failure = new Error('no browser')
    await expect(together(Promise.resolve(1), Promise.reject(failure), async () => {
      throw new Error('close failed')
    }, async () => {})).rejects.toBe(failure)
  })
})
