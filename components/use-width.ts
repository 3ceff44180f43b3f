/** The size of an element in CSS pixels of the slide canvas (a transform such as Slidev's slide scale does not change it). */
import type { Ref } from 'vue'
import { onBeforeUnmount, onMounted, ref } from 'vue'

/**
 * The current width of `target`, kept up to date by a ResizeObserver; `undefined` until
 * the element is mounted and measured (server render, unit tests without layout).
 */
export function useElementWidth(target: Ref<HTMLElement | SVGElement | null | undefined>): Ref<number | undefined> {
  return useElementSize(target).width
}

/** Width and height of `target`, as useElementWidth. */
export function useElementSize(target: Ref<HTMLElement | SVGElement | null | undefined>): { width: Ref<number | undefined>, height: Ref<number | undefined> } {
  const width = ref<number>()
  const height = ref<number>()
  let observer: ResizeObserver | undefined
  onMounted(() => {
    const el = target.value
    if (!el || typeof ResizeObserver === 'undefined')
      return
    observer = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width
      if (w && w > 0) {
        width.value = Math.round(w)
        height.value = Math.round(entry!.contentRect.height)
      }
    })
    observer.observe(el)
  })
  onBeforeUnmount(() => observer?.disconnect())
  return { width, height }
}
