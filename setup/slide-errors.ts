/**
 * Errors thrown while a slide renders (its `<script setup>`, a component's setup or
 * render), by slide number. setup/main.ts routes Vue's errors here; slide-top.vue shows
 * the error of its slide in place of the slide's content, so that no slide is ever left
 * blank. `window.__bxSlideErrors` is read by the CLI's inspection (cli/shared/inspect.ts).
 */
import { reactive } from 'vue'

export interface SlideError {
  /** 0 when the failing component is not inside a slide. */
  no: number
  message: string
}

declare global {
  interface Window { __bxSlideErrors?: SlideError[] }
}

/** The first error of each slide, by slide number. */
export const slideErrors = reactive(new Map<number, string>())

/** Vue's public instance as the error handler receives it: enough to walk up to the slide. */
interface InstanceLike {
  $props?: { route?: { no?: unknown } }
  $parent?: InstanceLike | null
}

/** The number of the slide a component belongs to: the nearest parent with a `route` prop (SlideWrapper). */
export function slideNumberOf(instance: InstanceLike | null | undefined): number {
  for (let node = instance; node; node = node.$parent) {
    const no = Number(node.$props?.route?.no ?? 0)
    if (no)
      return no
  }
  return 0
}

export function errorText(error: unknown): string {
  if (error instanceof Error)
    return `${error.name}: ${error.message}`
  return String(error)
}

/** Records an error of slide `no` (the first one per slide is shown). */
export function recordSlideError(no: number, error: unknown): SlideError {
  const entry = { no, message: errorText(error) }
  if (no && !slideErrors.has(no))
    slideErrors.set(no, entry.message)
  if (typeof window !== 'undefined')
    (window.__bxSlideErrors ??= []).push(entry)
  return entry
}

const RE_SLIDE_MODULE = /__slidev_(\d+)\.md|\/@slidev\/slides\/(\d+)\b/

/**
 * Hot reload in dev: forgets the errors of the slides whose modules are about to be
 * replaced, so that a fixed slide shows again (a slide that still throws records its
 * error anew when it re-renders).
 */
export function forgetUpdatedSlides(paths: string[]): void {
  for (const path of paths) {
    const match = RE_SLIDE_MODULE.exec(path)
    if (match)
      slideErrors.delete(Number(match[1] ?? match[2]))
  }
}
