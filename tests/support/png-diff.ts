/** Compares two PNG images with a tolerance (pixelmatch) and renders the difference. */
import { Buffer } from 'node:buffer'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

export interface DiffOptions {
  /** Per-pixel colour distance (0..1) below which two pixels count as equal. */
  threshold?: number
  /** How many differing pixels are still a pass (anti-aliasing noise between machines). */
  maxDiffPixels?: number
}

export interface DiffResult {
  pass: boolean
  /** Pixels that differ; the whole image when the sizes differ. */
  diffPixels: number
  totalPixels: number
  sizeMismatch?: string
  /** PNG of the difference (red on a faded copy of the baseline); undefined on a size mismatch. */
  diffPng?: Buffer
}

export const DEFAULT_DIFF: Required<DiffOptions> = { threshold: 0.1, maxDiffPixels: 20 }

export function comparePngs(actual: Buffer, expected: Buffer, options: DiffOptions = {}): DiffResult {
  const { threshold, maxDiffPixels } = { ...DEFAULT_DIFF, ...options }
  const a = PNG.sync.read(actual)
  const e = PNG.sync.read(expected)
  const totalPixels = e.width * e.height
  if (a.width !== e.width || a.height !== e.height) {
    return {
      pass: false,
      diffPixels: totalPixels,
      totalPixels,
      sizeMismatch: `size ${a.width}x${a.height} differs from the baseline's ${e.width}x${e.height}`,
    }
  }
  const diff = new PNG({ width: e.width, height: e.height })
  const diffPixels = pixelmatch(a.data, e.data, diff.data, e.width, e.height, { threshold })
  return {
    pass: diffPixels <= maxDiffPixels,
    diffPixels,
    totalPixels,
    diffPng: Buffer.from(PNG.sync.write(diff)),
  }
}
