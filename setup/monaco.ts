import { defineMonacoSetup } from '@slidev/types'

// Monaco editors (```ts {monaco}) at the type scale's minimum, in the theme's code font; the
// colours come from setup/shiki.ts, which Slidev hands to Monaco too.
export default defineMonacoSetup(() => ({
  editorOptions: {
    fontSize: 18,
    // The code blocks' line height (styles/content.css --slidev-code-line-height 1.3).
    lineHeight: 23,
    fontFamily: 'var(--slidev-code-font-family)',
  },
}))
