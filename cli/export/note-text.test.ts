import { describe, expect, it } from 'vitest'
import { normaliseText, noteToText, stripClickMarkers } from './note-text'

describe('noteToText', () => {
  it.each([
    ['plain', 'Welkom.\n  Ruimte voor vragen.', 'Welkom. Ruimte voor vragen.'],
    ['emphasis', 'Het **nieuwe** verdrag en *Urbiscoop* en __vet__', 'Het nieuwe verdrag en Urbiscoop en vet'],
    ['links and code', 'Zie [het verdrag](https://example.org) en `art. 350`', 'Zie het verdrag en art. 350'],
    ['lists and headings', '## Kern\n- een\n- twee\n1. drie', 'Kern een twee drie'],
    ['click markers', 'Eerst dit. [click] Dan dat. [click:3] Slot.', 'Eerst dit. Dan dat. Slot.'],
    ['keeps hyphens and underscores in words', 'Benelux-Verdrag snake_case_name', 'Benelux-Verdrag snake_case_name'],
    ['empty', '', ''],
  ])('%s', (_name, markdown, text) => {
    expect(noteToText(markdown)).toBe(text)
  })
})

describe('normaliseText', () => {
  it('unifies quotes and whitespace', () => {
    expect(normaliseText(' \u201Cja\u201D\u00A0en \u2018nee\u2019\n')).toBe('"ja" en \'nee\'')
  })
})

describe('stripClickMarkers', () => {
  it.each([
    ['Vier punten: [click] politie, [click:3] crisis.', 'Vier punten: politie, crisis.'],
    ['[CLICK]Start', 'Start'],
    ['Geen markers', 'Geen markers'],
  ])('%j', (input, output) => {
    expect(stripClickMarkers(input)).toBe(output)
  })
})
