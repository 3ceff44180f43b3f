/**
 * The Benelux theme's colours: the one place they are defined.
 * UnoCSS turns them into CSS variables (`--bx-*`, see uno.config.ts) and
 * shortcuts; components only ever use the variables.
 */
export const palette = {
  /** Body text. */
  'ink': '#1c2533',
  /** Secondary text: captions, footers, sources. */
  'muted': '#4b5668',
  /** Headings, primary shapes, links. */
  'primary': '#12386b',
  /** Darker primary for large fills behind white text (cover, section). */
  'primary-strong': '#0b2447',
  /** Accent for emphasis text on light backgrounds. */
  'accent': '#9a4a00',
  /** Decorative accent: rules, markers, never text on white. */
  'accent-soft': '#e5a43b',
  /** Second decorative hue (teal), for groups and charts. */
  'teal': '#0f6b6b',
  /** Page background. */
  'paper': '#ffffff',
  /** Cards and panels. */
  'surface': '#eef2f7',
  /** Hairlines and borders. */
  'line': '#c5cfdd',
  /** Error boxes. */
  'danger': '#a4161a',
  'danger-surface': '#fdeceb',
} as const

export type PaletteName = keyof typeof palette

/** Text colour on background pairs the theme uses; each must meet WCAG AA (4.5:1). */
export const textPairs: ReadonlyArray<readonly [fg: PaletteName, bg: PaletteName]> = [
  ['ink', 'paper'],
  ['ink', 'surface'],
  ['muted', 'paper'],
  ['muted', 'surface'],
  ['primary', 'paper'],
  ['primary', 'surface'],
  ['accent', 'paper'],
  ['accent', 'surface'],
  ['teal', 'paper'],
  ['teal', 'surface'],
  ['paper', 'primary'],
  ['paper', 'primary-strong'],
  ['paper', 'teal'],
  ['danger', 'danger-surface'],
]

/** CSS custom properties for the palette, e.g. `--bx-ink: #1c2533;`. */
export function paletteCss(selector = ':root'): string {
  const vars = Object.entries(palette).map(([name, value]) => `--bx-${name}:${value};`).join('')
  return `${selector}{${vars}}`
}
