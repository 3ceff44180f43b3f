import { defineAppSetup } from '@slidev/types'
import { watchNotesRegions } from './notes-a11y'

export default defineAppSetup(() => {
  if (typeof document !== 'undefined')
    watchNotesRegions(document.body)
})
