import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { describeSlide } from './findings'
import { editorState, printPageReady, renderedSlideSelector, scanSlides, waitForEditors } from './inspect'

describe('describeSlide', () => {
  const slides = [{ no: 1, title: 'Welkom' }, { no: 2, title: '' }]
  it.each([[1, 'slide 1 "Welkom"'], [2, 'slide 2'], [9, 'slide 9'], [0, 'outside any slide:']])('%d -> %s', (no, expected) => {
    expect(describeSlide(slides, no)).toBe(expected)
  })
})

describe('scanSlides', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })
  const slide = (no: number, inner: string) => `<div data-slidev-no="${no}" class="slidev-page">${inner}</div>`

  it('reads what each slide shows', () => {
    document.body.innerHTML = [
      slide(1, '<div class="slidev-layout"><h1>Welkom</h1><span class="bx-card-icon i-ph-handshakes" data-bx-icon="ThemeCards: themes[0].icon"></span><i class="i-ph-leaf"></i></div>'),
      slide(2, '<div data-bx-thrown="Error: kapot"><div data-bx-error="Dia 2"><ul><li>Error: kapot</li></ul></div></div>'),
      slide(3, '<div class="slidev-layout"><div data-bx-error="Timeline"><ul><li>events is empty</li></ul></div></div>'),
      slide(4, '<div class="slidev-layout"> </div>'),
      slide(5, '<div class="slidev-layout"><table data-bx-warning="Comparison" data-bx-warning-text="a&#10;b"><tr><td>x</td></tr></table></div>'),
    ].join('')
    const scans = scanSlides()
    expect(scans.map(s => [s.no, s.thrown, s.empty, s.errors.map(e => e.component)])).toEqual([
      [1, '', false, []],
      [2, 'Error: kapot', false, []],
      [3, '', false, ['Timeline']],
      [4, '', true, []],
      [5, '', false, []],
    ])
    expect(scans[0]!.icons).toEqual([{ name: 'i-ph-handshakes', where: 'ThemeCards: themes[0].icon' }, { name: 'i-ph-leaf', where: '' }])
    expect(scans[4]!.warnings).toEqual([{ component: 'Comparison', text: 'a' }, { component: 'Comparison', text: 'b' }])
  })

  it('finds a slide that threw as rendered', () => {
    document.body.innerHTML = `<div id="slide-content">${slide(2, '<div data-bx-thrown="Error: x"></div>')}</div>`
    expect(document.querySelector(renderedSlideSelector(2, '#slide-content'))).not.toBeNull()
    expect(document.querySelector(renderedSlideSelector(1, '#slide-content'))).toBeNull()
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

describe('editorState', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('names the slide of a Monaco box whose editor is not there yet, and gives the heights once all are', () => {
    document.body.innerHTML = '<div data-slidev-no="4"><div class="slidev-monaco-container"></div></div>'
    expect(editorState()).toEqual({ waiting: 4 })
    document.querySelector('.slidev-monaco-container')!.innerHTML = '<div class="monaco-editor"></div>'
    expect(editorState()).toEqual({ heights: '0' })
    document.body.innerHTML = '<p>geen editor</p>'
    expect(editorState()).toEqual({ heights: '' })
  })
})

describe('waitForEditors', () => {
  /** A page whose editor state goes through `states`, one per look, the last one from then on. */
  const scripted = (states: ReturnType<typeof editorState>[]) => {
    let looks = 0
    const page = {
      evaluate: async () => states[Math.min(looks++, states.length - 1)],
      waitForTimeout: async () => {},
    }
    return { page: page as unknown as Page, looks: () => looks }
  }

  it('returns at once on a page without editors', async () => {
    const { page, looks } = scripted([{ heights: '' }])
    await waitForEditors(page)
    expect(looks()).toBe(1)
  })

  it('waits until every editor exists and their boxes keep their heights for one look', async () => {
    const { page, looks } = scripted([{ waiting: 22 }, { waiting: 22 }, { heights: '70' }, { heights: '120' }, { heights: '120' }])
    await waitForEditors(page)
    expect(looks()).toBe(5)
  })

  it('fails past its deadline, naming the slide whose editor never came', async () => {
    const { page } = scripted([{ waiting: 22 }])
    await expect(waitForEditors(page, 0)).rejects.toThrow(/Monaco editor of slide 22 was not created within 0 s/)
  })
})
