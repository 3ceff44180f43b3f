import { Buffer } from 'node:buffer'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { comparePngs } from './png-diff'

function png(width: number, height: number, paint: (x: number, y: number) => [number, number, number] = () => [255, 255, 255]): Buffer {
  const image = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const [r, g, b] = paint(x, y)
      image.data[i] = r
      image.data[i + 1] = g
      image.data[i + 2] = b
      image.data[i + 3] = 255
    }
  }
  return Buffer.from(PNG.sync.write(image))
}

const black = (n: number) => (x: number, y: number): [number, number, number] => (y * 40 + x < n ? [0, 0, 0] : [255, 255, 255])

describe('comparePngs', () => {
  it.each([
    ['identical', 0, 0, true],
    ['within tolerance', 5, 5, true],
    ['over tolerance', 50, 50, false],
  ])('%s', (_name, changed, diffPixels, pass) => {
    const result = comparePngs(png(40, 30, black(changed)), png(40, 30), { maxDiffPixels: 10 })
    expect(result).toMatchObject({ pass, diffPixels, totalPixels: 1200 })
    expect(PNG.sync.read(result.diffPng!).width).toBe(40)
  })

  it('fails on a size mismatch without a diff image', () => {
    const result = comparePngs(png(40, 30), png(40, 20))
    expect(result).toMatchObject({ pass: false, sizeMismatch: 'size 40x30 differs from the baseline\'s 40x20' })
    expect(result.diffPng).toBeUndefined()
  })
})
