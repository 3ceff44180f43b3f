import { describe, expect, it } from 'vitest'
import { palette } from '../styles/palette'
import setupMermaid, { MERMAID_CONFIG } from './mermaid'

describe('setup/mermaid', () => {
  it('pins the look and layout that mermaid 11 and 12 share', () => {
    expect(MERMAID_CONFIG).toMatchObject({ theme: 'base', look: 'classic', layout: 'dagre' })
    // Mermaid 12's flowchart defaults (wrap at 120 px, 120 px wide nodes, look 'neo') back to 11's.
    expect(MERMAID_CONFIG.flowchart).toEqual({ wrappingWidth: 200, minNodeWidth: 0, look: 'classic', theme: 'base' })
  })

  it('draws in the palette and the theme\'s sans face', () => {
    const colours = new Set<string>(Object.values(palette))
    for (const [name, value] of Object.entries(MERMAID_CONFIG.themeVariables)) {
      if (/Color|Bkg|Border|background/.test(name))
        expect(colours.has(value), `${name}: ${value}`).toBe(true)
    }
    expect(MERMAID_CONFIG.themeVariables.fontFamily).toMatch(/^"Source Sans 3"/)
    expect(Number.parseFloat(MERMAID_CONFIG.themeVariables.fontSize)).toBeGreaterThanOrEqual(18)
  })

  it('is what Slidev\'s mermaid setup gets', async () => {
    expect(await setupMermaid()).toBe(MERMAID_CONFIG)
  })
})
