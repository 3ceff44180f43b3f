import type { ComponentPublicInstance } from 'vue'
import { defineAppSetup } from '@slidev/types'
import { watchNotesRegions } from './notes-a11y'
import { forgetUpdatedSlides, recordSlideError, slideNumberOf } from './slide-errors'

export default defineAppSetup(({ app }) => {
  if (typeof document !== 'undefined')
    watchNotesRegions(document.body)
  // A slide that throws while rendering shows its error (slide-top.vue) instead of going
  // blank; the other slides are untouched. An error outside any slide goes to the console.
  const previous = app.config.errorHandler
  app.config.errorHandler = (error, instance: ComponentPublicInstance | null, info) => {
    const { no, message } = recordSlideError(slideNumberOf(instance), error)
    if (!no || import.meta.env.DEV)
      console.error(no ? `[slide ${no}] ${message}` : error, info)
    previous?.(error, instance, info)
  }
  import.meta.hot?.on('vite:beforeUpdate', payload => forgetUpdatedSlides(payload.updates.map(update => update.path)))
})
