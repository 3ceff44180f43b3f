/** Small pure helpers of the benchmark: medians, sizes, the printed table. */

export function median(values: number[]): number {
  if (!values.length)
    throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`
}

/** A plain-text table with the first column left-aligned and the rest right-aligned. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map(r => (r[c] ?? '').length)))
  return rows.map(r => r.map((cell, c) => c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)).join('  ').trimEnd()).join('\n')
}

/** ours / stock as a ratio with two decimals, e.g. 0.48 */
export function ratio(ours: number, stock: number): number {
  return Math.round((ours / stock) * 100) / 100
}
