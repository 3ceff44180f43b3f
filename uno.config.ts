import { defineConfig } from 'unocss'
import { palette, paletteCss } from './styles/palette'

// Slidev merges this with its own UnoCSS config, for this deck and for every deck
// that uses this folder as its theme.
export default defineConfig({
  preflights: [{ getCSS: () => paletteCss() }],
  theme: {
    colors: {
      bx: Object.fromEntries(Object.keys(palette).map(name => [name, `var(--bx-${name})`])),
    },
  },
  shortcuts: {
    'bx-card': 'bg-bx-surface text-bx-ink rounded-md border border-bx-line',
    'bx-kicker': 'text-bx-accent uppercase tracking-wider font-semibold text-sm',
    'bx-caption': 'text-bx-muted text-sm',
  },
})
