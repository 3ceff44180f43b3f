/**
 * Slidev's speaker-notes panel (presenter view) is a scrolling region that a keyboard
 * user cannot reach: axe reports `scrollable-region-focusable`. This makes each notes
 * region focusable and names it, so it can be scrolled with the arrow keys.
 */
export const NOTES_SELECTOR = '.slidev-note'
export const NOTES_LABEL = 'Sprekersnotities'

/** Marks every notes region under `root` that is not marked yet; returns how many it marked. */
export function markNotesRegions(root: ParentNode): number {
  const regions = root.querySelectorAll<HTMLElement>(`${NOTES_SELECTOR}:not([tabindex])`)
  for (const region of regions) {
    region.tabIndex = 0
    region.setAttribute('role', 'region')
    region.setAttribute('aria-label', NOTES_LABEL)
  }
  return regions.length
}

/** Keeps marking notes regions as Slidev renders them; returns a function that stops it. */
export function watchNotesRegions(root: HTMLElement): () => void {
  markNotesRegions(root)
  const observer = new MutationObserver(() => markNotesRegions(root))
  observer.observe(root, { childList: true, subtree: true })
  return () => observer.disconnect()
}
