/** WCAG 2.x contrast helpers, used to check the theme's colour pairs. */

const RE_HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/** Parses `#rgb` or `#rrggbb` into 0..255 channels; throws on anything else. */
export function parseHex(hex: string): [number, number, number] {
  if (!RE_HEX.test(hex))
    throw new Error(`Not a hex colour: "${hex}" (expected #rgb or #rrggbb)`)
  const digits = hex.length === 4
    ? hex.slice(1).split('').map(d => d + d).join('')
    : hex.slice(1)
  return [0, 2, 4].map(i => Number.parseInt(digits.slice(i, i + 2), 16)) as [number, number, number]
}

/** Relative luminance as defined by WCAG 2.x. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}
