import { defineConfig } from 'unocss'
import { palette, paletteCss } from './styles/palette'

const TYPE_SCALE = ['footer', 'credit', 'min', 'body', 'lead', 'h2', 'h1', 'display', 'hero'] as const

// Slidev merges this with its own UnoCSS config, for this deck and for every deck
// that uses this folder as its theme.
export default defineConfig({
  preflights: [{ getCSS: () => paletteCss() }],
  theme: {
    colors: {
      bx: Object.fromEntries(Object.keys(palette).map(name => [name, `var(--bx-${name})`])),
    },
    // The type scale of styles/theme.css (--bx-size-*): text-bx-body, text-bx-min, ...
    fontSize: Object.fromEntries(TYPE_SCALE.map(step => [`bx-${step}`, `var(--bx-size-${step})`])),
  },
  shortcuts: {
    'bx-card': 'bg-bx-surface text-bx-ink rounded-md border border-bx-line',
    'bx-kicker': 'text-bx-accent uppercase tracking-wider font-semibold text-bx-min',
    'bx-caption': 'text-bx-muted text-bx-min',
  },
})
