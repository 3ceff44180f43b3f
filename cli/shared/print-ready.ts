/**
 * When Slidev's print page (or the dev server's /bx-handout preview, which renders the same
 * PrintContainer) has rendered every slide. Browser-safe: no Node imports, so that
 * setup/HandoutPreview.vue can use it too; cli/shared/inspect.ts re-exports it.
 */

/**
 * Runs in the page: whether the print page shows `count` slides and every one of them
 * has rendered (each slide is a chunk of its own that loads after the page, so a slide's
 * page stays empty until then) or has failed with an error recorded by the theme
 * (setup/slide-errors.ts). Must not reference anything outside its own body.
 */
export function printPageReady(count: number): boolean {
  const containers = Array.from(document.querySelectorAll('.print-slide-container'))
  if (containers.length < count || document.querySelector('.slidev-slide-loading'))
    return false
  const failed = new Set((window.__bxSlideErrors ?? []).map(error => error.no))
  return containers.every(el => failed.has(Number(el.id.split('-')[0])) || !!el.querySelector('.slidev-page > *'))
}
