import { afterEach, describe, expect, it } from 'vitest'
import { markNotesRegions, NOTES_LABEL, watchNotesRegions } from './notes-a11y'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('markNotesRegions', () => {
  it('makes every notes region focusable and names it, once', () => {
    document.body.innerHTML = '<div class="slidev-note prose">a</div><div class="slidev-note">b</div><div class="other"></div>'
    expect(markNotesRegions(document)).toBe(2)
    for (const note of document.querySelectorAll<HTMLElement>('.slidev-note')) {
      expect(note.tabIndex).toBe(0)
      expect(note.getAttribute('role')).toBe('region')
      expect(note.getAttribute('aria-label')).toBe(NOTES_LABEL)
    }
    expect(document.querySelector('.other')!.hasAttribute('tabindex')).toBe(false)
    expect(markNotesRegions(document)).toBe(0)
  })

  it('keeps an existing tabindex', () => {
    document.body.innerHTML = '<div class="slidev-note" tabindex="-1"></div>'
    expect(markNotesRegions(document)).toBe(0)
    expect(document.querySelector<HTMLElement>('.slidev-note')!.tabIndex).toBe(-1)
  })
})

describe('watchNotesRegions', () => {
  it('marks notes regions added later', async () => {
    const stop = watchNotesRegions(document.body)
    const note = document.createElement('div')
    note.className = 'slidev-note'
    document.body.append(note)
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(note.tabIndex).toBe(0)
    stop()
  })
})
