import { afterEach, describe, expect, it } from 'vitest'
import { describeSlide, formatProblems, printPageReady, slideProblems } from './slide-check'

const ok = (no: number) => ({ no, componentError: '', empty: false })

describe('slideProblems', () => {
  it.each([
    ['all fine', [ok(1), ok(2)], []],
    ['a missing slide', [ok(1)], [{ no: 2, problem: 'was not rendered' }]],
    ['an empty slide', [ok(1), { no: 2, componentError: '', empty: true }], [{ no: 2, problem: 'is empty (no text or media rendered)' }]],
    ['a component error', [{ no: 1, componentError: 'Timeline: invalid\n input', empty: false }, ok(2)], [{ no: 1, problem: 'shows a component error: Timeline: invalid input' }]],
  ])('%s', (_, states, expected) => {
    expect(slideProblems([1, 2], states)).toEqual(expected)
  })
})

describe('describeSlide', () => {
  const slides = [{ no: 1, title: 'Welkom' }, { no: 2, title: '' }]
  it.each([[1, 'slide 1 "Welkom"'], [2, 'slide 2'], [9, 'slide 9'], [0, 'outside any slide:']])('%d -> %s', (no, expected) => {
    expect(describeSlide(slides, no)).toBe(expected)
  })
  it('lists problems one per line', () => {
    expect(formatProblems(slides, [{ no: 1, problem: 'is empty' }])).toBe('  - slide 1 "Welkom" is empty')
  })
})

describe('printPageReady', () => {
  /** A print page with one container per entry: true renders the slide, false leaves its page empty. */
  function printPage(rendered: boolean[], extra = '') {
    document.body.innerHTML = rendered.map((done, i) =>
      `<div class="print-slide-container" id="${i + 1}-0"><div class="slidev-page">${done ? '<div class="slidev-layout">x</div>' : '<!---->'}</div></div>`).join('') + extra
  }
  afterEach(() => {
    document.body.innerHTML = ''
    delete window.__bxSlideErrors
  })

  it('waits for every slide container', () => {
    printPage([true, true])
    expect(printPageReady(3)).toBe(false)
    expect(printPageReady(2)).toBe(true)
  })

  it('waits while a slide has not rendered yet', () => {
    printPage([true, false, true])
    expect(printPageReady(3)).toBe(false)
  })

  it('waits while Slidev shows a loading placeholder', () => {
    printPage([true], '<div class="slidev-slide-loading"></div>')
    expect(printPageReady(1)).toBe(false)
  })

  it('does not wait for a slide that failed with a recorded error', () => {
    printPage([true, false])
    window.__bxSlideErrors = [{ no: 2, message: 'Error: kapot' }]
    expect(printPageReady(2)).toBe(true)
  })
})
