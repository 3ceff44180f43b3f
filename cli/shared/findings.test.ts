import type { FitScan, SlideScan } from './findings'
import { describe, expect, it } from 'vitest'
import { attributeSlide, domProblems, fitProblems, formatMessage, offHostProblems, report, unexplainedMessages } from './findings'
import { isLocalUrl } from './guard'

const titles = new Map([[1, 'Benelux'], [2, 'Geschiedenis'], [3, '1958 >< 2008'], [4, 'Einde']])
const clean = (no: number): SlideScan => ({ no, errors: [], unknownTags: [] })

describe('domProblems', () => {
  it.each([
    ['clean slides', [clean(1), clean(2)], 2, []],
    ['a component error box', [clean(1), { no: 2, errors: [{ component: 'Comparison', problems: ['columns[1].items is missing'] }], unknownTags: [] }], 2, [{ slide: 2, text: 'Comparison: columns[1].items is missing' }]],
    ['an unknown tag, once', [{ no: 1, errors: [], unknownTags: ['timelin', 'timelin'] }], 1, [{ slide: 1, text: '<timelin> is not a known HTML element or component (misspelt or missing component?)' }]],
    ['a slide that did not render', [clean(1)], 2, [{ slide: 2, text: 'the slide did not render' }]],
    ['an error box without list', [{ no: 1, errors: [{ component: 'X', problems: [] }], unknownTags: [] }], 1, [{ slide: 1, text: 'X: invalid input' }]],
  ] as const)('%s', (_name, scans, count, expected) => {
    expect(domProblems(scans as unknown as SlideScan[], count)).toEqual(expected)
  })
})

describe('unexplainedMessages', () => {
  const scans: SlideScan[] = [{ no: 3, errors: [{ component: 'Comparison', problems: ['x'] }], unknownTags: [] }]
  it.each([
    ['drops the warning of a boxed component', [{ kind: 'warning', text: '[Comparison] x' }], []],
    ['keeps the warning of another component', [{ kind: 'warning', text: '[Timeline] y' }], [{ kind: 'warning', text: '[Timeline] y' }]],
    ['keeps errors and dedupes', [{ kind: 'error', text: 'boom' }, { kind: 'error', text: 'boom' }], [{ kind: 'error', text: 'boom' }]],
  ] as const)('%s', (_name, messages, expected) => {
    expect(unexplainedMessages([...messages], scans)).toEqual(expected)
  })
})

describe('attributeSlide', () => {
  it.each([
    [[2, 3, 4], 6, 3],
    [[1, 2], 6, 1],
    [[5, 6], 6, 6],
    [[3], 6, 3],
    [[], 6, 0],
    [[1, 2, 3, 4, 5, 6], 6, 0],
    [[1, 2, 3], 3, 2],
  ])('visits %j of %d -> slide %d', (visits, count, slide) => {
    expect(attributeSlide(visits, count)).toBe(slide)
  })
})

describe('report', () => {
  it('says the deck is clean and exits 0', () => {
    expect(report([], titles, 4)).toEqual({ lines: ['check: 4 slides, no problems'], code: 0 })
  })

  it('prints one line per problem with slide number and title, sorted, and exits 1', () => {
    const result = report([
      { slide: 3, text: 'Comparison: columns[1].items is missing' },
      { slide: 2, text: '<timelin> is not a known HTML element' },
      { slide: 0, text: 'console error: boom' },
    ], titles, 4)
    expect(result.code).toBe(1)
    expect(result.lines).toEqual([
      'deck: console error: boom',
      'slide 2 "Geschiedenis": <timelin> is not a known HTML element',
      'slide 3 "1958 >< 2008": Comparison: columns[1].items is missing',
      'check: 3 problems on 3 slides of 4',
    ])
  })
})

describe('formatMessage', () => {
  it.each([
    [{ kind: 'warning', text: '[Timeline] bad\n  at x' }, 'console warning: [Timeline] bad'],
    [{ kind: 'page error', text: 'x is not defined' }, 'console page error (uncaught): x is not defined'],
  ] as const)('%j', (m, line) => {
    expect(formatMessage(m)).toBe(line)
  })
})

describe('fitProblems', () => {
  const both = (scan: Omit<FitScan, 'media'>): FitScan[] => [{ ...scan, media: 'screen' }, { ...scan, media: 'print' }]

  it('warns of a slide autofit shrank, once for both media', () => {
    expect(fitProblems(both({ no: 7, size: 19, collisions: [] }))).toEqual([{ slide: 7, text: 'text shrunk to 19 px to fit', warning: true }])
    expect(fitProblems(both({ no: 7, size: 18, dense: 14, collisions: [] }))).toEqual([{ slide: 7, text: 'text shrunk to 18 px and code and formulas to 14 px to fit', warning: true }])
    expect(fitProblems(both({ no: 5, size: 18, dense: 14, side: 34, collisions: [] }))).toEqual([{ slide: 5, text: 'text shrunk to 18 px and code and formulas to 14 px and the picture beside it narrowed to 34 % of the width to fit', warning: true }])
  })

  it('past the minimum: an error naming the element and the px, suggesting a split', () => {
    expect(fitProblems(both({ no: 6, size: 18, overflow: { element: 'li', text: 'Punt 16', by: 30.4, where: 'bottom' }, collisions: [] }))).toEqual([
      { slide: 6, text: 'does not fit its body even with its text shrunk to 18 px: li "Punt 16" runs 30.4 px below the body; split the slide in two' },
    ])
  })

  it('a slide that does not fit: its flow content over the footer is that one finding, an absolute element there its own', () => {
    const footer = (element: string, flow: boolean) => ({ kind: 'footer' as const, element, text: element, by: 16, flow })
    expect(fitProblems(both({ no: 6, size: 18, overflow: { element: 'li', by: 30, where: 'bottom' }, collisions: [footer('li', true), footer('p.absolute', false)] })).map(p => p.text)).toEqual([
      'does not fit its body even with its text shrunk to 18 px: li runs 30 px below the body; split the slide in two',
      'text over the footer: p.absolute "p.absolute" runs 16 px into it',
    ])
  })

  it('a text out of its card on a slide that does not fit: one finding', () => {
    const box = { kind: 'box' as const, element: 'h2.bx-card-title', text: 'Coopération', by: 14.2, other: 'li.bx-card-item', clipped: false }
    expect(fitProblems(both({ no: 8, size: 18, overflow: { element: 'h2.bx-card-title', text: 'Coopération', by: 14.2, where: 'box', box: 'li.bx-card-item' }, collisions: [box] })).map(p => p.text)).toEqual([
      'does not fit its body even with its text shrunk to 18 px: h2.bx-card-title "Coopération" runs 14.2 px out of li.bx-card-item; split the slide in two',
    ])
  })

  it('one line per kind of collision with the worst and how many more; says when only print shows it', () => {
    const canvas = (by: number) => ({ kind: 'canvas' as const, element: 'span', text: `regel ${by}`, by, edge: 'right' as const })
    const problems = fitProblems([
      { no: 1, media: 'screen', collisions: [canvas(10), canvas(30)] },
      { no: 1, media: 'print', collisions: [canvas(10), canvas(30)] },
      { no: 2, media: 'screen', collisions: [] },
      { no: 2, media: 'print', collisions: [{ kind: 'footer', element: 'p', text: 'Meer', by: 12 }] },
    ])
    expect(problems).toEqual([
      { slide: 1, text: 'content outside the canvas: span "regel 30" runs 30 px past the slide\'s right edge (and 1 more)' },
      { slide: 2, text: 'text over the footer: p "Meer" runs 12 px into it (in print only)' },
    ])
  })
})

describe('offHostProblems', () => {
  const withUrls = (no: number, urls: string[]): SlideScan => ({ ...clean(no), urls })

  it('names each slide with its blocked files and the fix, as a warning', () => {
    const scans = [withUrls(1, ['http://localhost:3030/logo.png']), withUrls(2, ['https://sli.dev/assets/arrow-bottom-left.svg', 'https://sli.dev/assets/arrow-bottom-left.svg']), withUrls(3, ['https://cover.sli.dev/', 'https://sli.dev/logo.png'])]
    expect(offHostProblems(['https://sli.dev/assets/arrow-bottom-left.svg'], scans, isLocalUrl)).toEqual([
      { slide: 2, warning: true, text: 'loads a file from beyond localhost, blocked (the deck works offline): https://sli.dev/assets/arrow-bottom-left.svg; to show it, save the file under public/ and link it as /arrow-bottom-left.svg' },
      { slide: 3, warning: true, text: 'loads 2 files from beyond localhost, blocked (the deck works offline): https://cover.sli.dev/, https://sli.dev/logo.png; to show them, save each file under public/ and link it as /file' },
    ])
  })

  it('reports what no slide names once, for the deck', () => {
    expect(offHostProblems(['https://platform.twitter.com/widgets.js', 'https://platform.twitter.com/widgets.js'], [clean(1)], isLocalUrl)).toEqual([
      { slide: 0, warning: true, text: 'the deck tried to reach beyond localhost (requests blocked, named by no slide: a component\'s script or style?): https://platform.twitter.com/widgets.js' },
    ])
  })

  it('has nothing to say about a deck that stays on localhost', () => {
    expect(offHostProblems([], [withUrls(1, ['http://127.0.0.1:4000/a.png'])], isLocalUrl)).toEqual([])
  })
})
