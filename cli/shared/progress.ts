/** One terminal line per export step: `[export] handout: 20/20 pages (1.2 s)`. */

export interface ProgressStep {
  label: string
  done: number
  total: number
  unit: string
  ms?: number
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

export function formatProgress({ label, done, total, unit, ms }: ProgressStep): string {
  const width = String(total).length
  const time = ms === undefined ? '' : ` (${formatSeconds(ms)})`
  return `[export] ${label}: ${String(done).padStart(width)}/${total} ${unit}${time}`
}
