/** slide-01.png … slide-21.png: sorted by name is sorted by slide. */
export function screenshotName(no: number, total: number): string {
  return `slide-${String(no).padStart(Math.max(2, String(total).length), '0')}.png`
}
