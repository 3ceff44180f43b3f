/**
 * Adds Slidev's own print page (/print: every slide in its final click state, one per
 * printed page) to every build. Slidev registers it only when the deck allows PDF
 * download, and `download: true` would also run the slow stock export inside
 * `slidev build`; `npm run export` (cli/export/command.ts) prints from this route instead.
 * The dev server also gets /bx-handout, the live preview of the A4 handouts
 * (setup/HandoutPreview.vue); builds leave it out. The path carries the theme's prefix so
 * that it never meets a route of Slidev's own (a built-in /handout has been proposed).
 */
import { defineRoutesSetup } from '@slidev/types'

/** The dev server's live handout preview (docs/export.md). */
export const HANDOUT_PREVIEW_PATH = '/bx-handout'

export default defineRoutesSetup((routes) => {
  const added: typeof routes = []
  if (!routes.some(route => route.name === 'print'))
    added.push({ name: 'print', path: '/print', component: () => import('@slidev/client/pages/print.vue') })
  if (import.meta.env.DEV)
    added.push({ name: 'bx-handout', path: HANDOUT_PREVIEW_PATH, component: () => import('./HandoutPreview.vue') })
  return [...added, ...routes]
})

// Slidev's print components read these build flags in their templates; vue-tsc checks
// those templates through the import above and needs to know them there too.
declare module 'vue' {
  interface ComponentCustomProperties {
    __SLIDEV_FEATURE_DRAWINGS__: boolean
    __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
  }
}
