import type { SetChar } from './pptx-page'
import { describe, expect, it } from 'vitest'
import { altSentence, hexColor, hyphenateAt, keepIndent, PAGE_HELPERS, pptxPageScript, setLines, spokenText, translation, unsaidLabels, wrapCap } from './pptx-page'

function html(markup: string): Element {
  const div = document.createElement('div')
  div.innerHTML = markup
  return div.firstElementChild!
}

describe('spokenText', () => {
  it('reads a nested list as "item (child; child)", items apart by semicolons', () => {
    const list = html('<ul><li>Comité van Ministers<ul><li>Raad</li><li>Secretariaat-Generaal</li></ul></li><li>Benelux-parlement</li></ul>')
    expect(spokenText(list)).toBe('Comité van Ministers (Raad; Secretariaat-Generaal); Benelux-parlement')
  })

  it('squashes white space and keeps the words of inline children', () => {
    expect(spokenText(html('<p>\n  Den   Haag, <b>Rotterdam</b>\n en <i>Breda</i> </p>'))).toBe('Den Haag, Rotterdam en Breda')
  })
})

describe('altSentence', () => {
  it('ends each part in a full stop unless it has its own, and says each part once', () => {
    expect(altSentence(['Structuur van de Benelux', 'Organigram.', 'Raad (advies)', 'Structuur van de Benelux'])).toBe('Structuur van de Benelux. Organigram. Raad (advies)')
  })
})

describe('unsaidLabels', () => {
  it('keeps the labels with a word the description does not say, once each', () => {
    expect(unsaidLabels(['Raad', 'advies', 'griffie', 'advies', ''], ['Comité van Ministers (Raad; Secretariaat-Generaal).'])).toEqual(['advies', 'griffie'])
  })
})

describe('keepIndent', () => {
  it('turns the spaces that start a line into no-break spaces, not those inside a line', () => {
    expect(keepIndent('a = 1\n  b = 2\n    c', true)).toBe('a = 1\n\u00A0\u00A0b = 2\n\u00A0\u00A0\u00A0\u00A0c')
  })

  it('leaves the spaces at the start of a text that continues a line', () => {
    expect(keepIndent('  x', false)).toBe('  x')
    expect(keepIndent('  x', true)).toBe('\u00A0\u00A0x')
  })
})

describe('hyphenateAt', () => {
  it('shows a hyphen at the soft hyphens where the line breaks, and keeps the others', () => {
    const text = 'Politie\u00ADsamen\u00ADwerking'
    expect(hyphenateAt(text, [7])).toBe('Politie-samen\u00ADwerking')
    expect(hyphenateAt(text, [])).toBe(text)
    expect(hyphenateAt('Crisis-beheersing', [6])).toBe('Crisis-beheersing')
  })
})

describe('pptxPageScript', () => {
  it('sends every helper along with the page function and its options', () => {
    const script = pptxPageScript({ iconAltPrefix: 'bx-pptx-icon:', hiddenSelector: '.sr-only' })
    expect(script).toContain('"hiddenSelector":".sr-only"')
    for (const [name, fn] of Object.entries(PAGE_HELPERS))
      expect(script).toContain(`${name}: ${fn.toString()}`)
  })

  it('runs without the module: the helpers reference nothing outside themselves', () => {
    // Each helper, rebuilt from its source alone (as the page gets it), still works.
    // eslint-disable-next-line no-new-func -- the point: a function made from the helper's source only
    const rebuilt = Object.fromEntries(Object.entries(PAGE_HELPERS).map(([name, fn]) => [name, new Function(`return (${fn.toString()})`)() as typeof fn])) as typeof PAGE_HELPERS
    expect(rebuilt.spokenText(html('<ul><li>a<ul><li>b</li></ul></li></ul>'))).toBe('a (b)')
    expect(rebuilt.altSentence(['x'])).toBe('x.')
    expect(rebuilt.unsaidLabels(['y'], ['x'])).toEqual(['y'])
    expect(rebuilt.keepIndent(' z', true)).toBe('\u00A0z')
    expect(rebuilt.hyphenateAt('a\u00ADb', [1])).toBe('a-b')
    expect(rebuilt.hexColor('rgb(1, 2, 3)')).toBe('010203')
    expect(rebuilt.translation('matrix(1, 0, 0, 1, -4, 0)')).toEqual({ x: -4, y: 0 })
    expect(rebuilt.wrapCap(rebuilt.setLines(chars('ab cd', 10, 3)), 10)).toBe(49)
  })
})

/** Characters of `text` set `w` px each, `perLine` characters a line (the break's space ends its line). */
function chars(text: string, w: number, perLine: number): SetChar[] {
  return Array.from(text, (ch, i) => ({ ch, l: (i % perLine) * w, r: (i % perLine) * w + w, t: Math.floor(i / perLine) * 20, h: 18 }))
}

describe('hexColor', () => {
  it('writes an opaque colour as office hex, in capitals', () => {
    expect(hexColor('rgb(238, 242, 247)')).toBe('EEF2F7')
    expect(hexColor('rgba(18, 56, 107, 0.5)')).toBe('12386B')
  })

  it('gives nothing for a transparent colour or what it cannot read', () => {
    expect(hexColor('rgba(0, 0, 0, 0)')).toBeUndefined()
    expect(hexColor('transparent')).toBeUndefined()
  })
})

describe('translation', () => {
  it('reads the offset of a transform that only moves', () => {
    expect(translation('matrix(1, 0, 0, 1, -43.2, 0)')).toEqual({ x: -43.2, y: 0 })
  })

  it('gives nothing for a transform that scales or turns, or none', () => {
    expect(translation('matrix(0.8, 0, 0, 0.8, 0, 0)')).toBeUndefined()
    expect(translation('none')).toBeUndefined()
  })
})

describe('setLines and wrapCap: how wide a wrapped box may be', () => {
  it('splits lines where a character lies lower and further left, and measures each line and its first word', () => {
    // "een twee drie" set as "een twee " / "drie" (9 characters a line, 10 px each).
    const lines = setLines(chars('een twee drie', 10, 9))
    expect(lines).toEqual([
      { width: 80, endsAtSpace: true, firstWord: 30 },
      { width: 40, endsAtSpace: false, firstWord: 40 },
    ])
    // The first line takes "drie" from 80 + a space + 40 px: the box stays under that.
    expect(wrapCap(lines, 5)).toBe(124)
  })

  it('counts no space where the line breaks after a hyphen, and the word up to a hyphen', () => {
    const lines = setLines(chars('Benelux-samen-werking', 10, 8))
    expect(lines[0]).toMatchObject({ width: 80, endsAtSpace: false, firstWord: 80 })
    expect(lines[1]).toMatchObject({ firstWord: 60 })
    // "Benelux-" / "samen-we" / "rking": the second line would take "rking" (50 px) at 130 px.
    expect(wrapCap(lines, 5)).toBe(80 + 50 - 1)
  })

  it('measures a line without the gaps between its characters (inline code\'s padding)', () => {
    const set = chars('ab cd ef', 10, 6).map(c => ({ ...c, l: c.l + (c.ch === 'c' || c.ch === 'd' ? 8 : 0), r: c.r + (c.ch === 'c' || c.ch === 'd' ? 8 : 0) }))
    expect(setLines(set)[0]!.width).toBe(50)
  })

  it('has no cap for a single line', () => {
    expect(wrapCap(setLines(chars('een', 10, 9)), 5)).toBeUndefined()
  })
})
