/**
 * Adds Slidev's own print page (/print: every slide in its final click state, one per
 * printed page) to every build. Slidev registers it only when the deck allows PDF
 * download, and `download: true` would also run the slow stock export inside
 * `slidev build`; `npm run export` (cli/export/command.ts) prints from this route instead.
 */
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup((routes) => {
  if (routes.some(route => route.name === 'print'))
    return routes
  return [
    { name: 'print', path: '/print', component: () => import('@slidev/client/pages/print.vue') },
    ...routes,
  ]
})

// Slidev's print components read these build flags in their templates; vue-tsc checks
// those templates through the import above and needs to know them there too.
declare module 'vue' {
  interface ComponentCustomProperties {
    __SLIDEV_FEATURE_DRAWINGS__: boolean
    __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
  }
}
