/**
 * Mermaid diagrams in the house style: the palette (styles/palette.ts) and the theme's sans
 * face at the type scale's minimum (18 px, styles/theme.css). One look on both Slidev
 * releases: Slidev 52 ships mermaid 11, Slidev 53 mermaid 12, whose defaults differ (ELK
 * layout, another look); `look: 'classic'` and the dagre layout are what mermaid 11 draws by
 * default, and flowcharts get mermaid 11's label wrapping (FLOWCHART), so a diagram has the
 * same shapes and positions on both. `.ci/run` compares one
 * diagram rendered on each release (tests/tools/package.e2e.test.ts).
 */
import type { MermaidConfig } from 'mermaid'
import { defineMermaidSetup } from '@slidev/types'
import { palette } from '../styles/palette'

/**
 * Flowchart settings where mermaid 12's defaults differ from mermaid 11's, set to 11's:
 * 12 wraps labels at 120 px (11: 200), widens every node to 120 px and gives flowcharts a
 * look and theme of their own ('neo', 'redux-color') over the top-level ones. Mermaid 11's
 * types know only wrappingWidth.
 */
const FLOWCHART = { wrappingWidth: 200, minNodeWidth: 0, look: 'classic', theme: 'base' } as const

/** The theme's sans stack (styles/theme.css --bx-font-sans). */
const FONT_SANS = '"Source Sans 3", ui-sans-serif, system-ui, sans-serif'

export const MERMAID_CONFIG = {
  theme: 'base',
  look: 'classic',
  layout: 'dagre',
  flowchart: FLOWCHART,
  fontFamily: FONT_SANS,
  themeVariables: {
    fontFamily: FONT_SANS,
    fontSize: '18px',
    background: palette.paper,
    // Nodes: ink on the panel colour, a primary outline (ink on surface is an AA pair).
    primaryColor: palette.surface,
    primaryTextColor: palette.ink,
    primaryBorderColor: palette.primary,
    secondaryColor: palette.paper,
    secondaryTextColor: palette.ink,
    secondaryBorderColor: palette.teal,
    tertiaryColor: palette.paper,
    tertiaryTextColor: palette.ink,
    tertiaryBorderColor: palette.line,
    lineColor: palette.muted,
    textColor: palette.ink,
    titleColor: palette.primary,
    edgeLabelBackground: palette.paper,
    clusterBkg: palette.paper,
    clusterBorder: palette.line,
    noteBkgColor: palette.surface,
    noteTextColor: palette.ink,
    noteBorderColor: palette['accent-soft'],
    errorBkgColor: palette['danger-surface'],
    errorTextColor: palette.danger,
  },
} satisfies MermaidConfig & { flowchart: typeof FLOWCHART }

export default defineMermaidSetup(() => MERMAID_CONFIG)
