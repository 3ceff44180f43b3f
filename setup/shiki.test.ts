import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../styles/contrast'
import { palette } from '../styles/palette'
import { beneluxShikiTheme } from './shiki'

const colours = new Set<string>(Object.values(palette))
const settings = beneluxShikiTheme.settings ?? []
const foregrounds = settings.flatMap(s => s.settings.foreground ? [[String(s.scope ?? 'default'), s.settings.foreground] as const] : [])

describe('the Shiki theme (code colours)', () => {
  it('has a colour for the default text and for every group of tokens', () => {
    expect(foregrounds.length).toBeGreaterThan(10)
  })

  it.each(foregrounds)('%s is a palette colour with at least 4.5:1 on the code background', (_scope, fg) => {
    expect(colours.has(fg), `${fg} is not in styles/palette.ts`).toBe(true)
    expect(contrastRatio(fg, beneluxShikiTheme.bg!)).toBeGreaterThanOrEqual(4.5)
  })

  it('draws on the surface colour, as inline code and the code frame do', () => {
    expect(beneluxShikiTheme.bg).toBe(palette.surface)
    expect(beneluxShikiTheme.colors?.['editorLineNumber.foreground']).toBe(palette.muted)
  })
})
