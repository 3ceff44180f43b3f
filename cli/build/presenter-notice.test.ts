import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NOTICE_ID, NOTICE_TEXT, noticeText, presenterNoticeScript, PROBE_CHANNEL } from './presenter-notice'

describe('noticeText', () => {
  it('follows the deck language, English otherwise', () => {
    expect(noticeText('nl')).toBe(NOTICE_TEXT.nl)
    expect(noticeText('fr-BE')).toBe(NOTICE_TEXT.fr)
    expect(noticeText('de')).toBe(NOTICE_TEXT.en)
    expect(noticeText(undefined)).toBe(NOTICE_TEXT.en)
  })
})

describe('presenterNoticeScript', () => {
  const words = NOTICE_TEXT.en!
  const notice = () => document.getElementById(NOTICE_ID)
  let audience: BroadcastChannel | undefined

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    location.hash = '#/presenter/3'
  })
  afterEach(() => {
    vi.clearAllTimers()
    vi.useRealTimers()
    audience?.close()
    audience = undefined
    notice()?.remove()
    location.hash = ''
  })

  /** Runs the script as the page would; real BroadcastChannel messages need real time to travel. */
  function start(everyMs = 200) {
    // eslint-disable-next-line no-new-func -- the page runs this source as a classic script
    new Function(presenterNoticeScript(words, everyMs))()
  }
  async function passes(ms: number) {
    for (let t = 0; t < ms; t += 50) {
      vi.advanceTimersByTime(50)
      await new Promise(resolve => setImmediate(resolve))
    }
  }

  it('shows the notice in a presenter view that no audience window answers, and lets the user close it', async () => {
    start()
    await passes(300)
    expect(notice(), 'not before two rounds without an answer').toBeNull()
    await passes(300)
    expect(notice()?.getAttribute('role')).toBe('alert')
    expect(notice()?.textContent).toContain(words.alone)
    notice()!.querySelector('button')!.click()
    expect(notice()).toBeNull()
    await passes(600)
    expect(notice()).toBeNull()
  })

  it('shows nothing while an audience window answers', async () => {
    audience = new BroadcastChannel(PROBE_CHANNEL)
    audience.onmessage = event => event.data === 'ping' && audience!.postMessage('pong')
    start()
    await passes(1000)
    expect(notice()).toBeNull()
  })

  it('shows nothing outside the presenter view, and answers the presenter view there', async () => {
    location.hash = '#/3?clicks=1'
    const answers: unknown[] = []
    audience = new BroadcastChannel(PROBE_CHANNEL)
    audience.onmessage = event => answers.push(event.data)
    start()
    audience.postMessage('ping')
    await passes(600)
    expect(notice()).toBeNull()
    expect(answers).toContain('pong')
  })
})
