/**
 * The sample media of the layout gallery (public/) and of the every-layout fixture deck
 * (tests/fixtures/every-layout/public/): two images made from the map outlines of
 * components/city-map-geometry.ts (Natural Earth, public domain) and the local page the iframe
 * layouts show, the page's colours from the palette. Nothing is downloaded.
 * Run `npx tsx scripts/sample-images.ts` to rewrite them.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { COUNTRIES, MAP } from '../components/city-map-geometry'
import { palette } from '../styles/palette'

const out = join(import.meta.dirname, '../public/images')
const fill: Record<string, string> = { NL: palette.primary, BE: palette.teal, LU: palette['accent-soft'] }

/** The three countries on a light ground, framed to `width` x `height` (centred, whole). */
function map(width: number, height: number): string {
  const scale = Math.min(width / MAP.width, height / MAP.height) * 0.9
  const dx = (width - MAP.width * scale) / 2
  const dy = (height - MAP.height * scale) / 2
  const shapes = COUNTRIES.filter(c => c.focus).map(c => `<path d="${c.d}" fill="${fill[c.iso]}" stroke="${palette.paper}" stroke-width="${(1.2 / scale).toFixed(2)}"/>`).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`
    + `<title>Nederland, België en Luxemburg</title>`
    + `<rect width="${width}" height="${height}" fill="${palette.surface}"/>`
    + `<g transform="translate(${dx.toFixed(1)} ${dy.toFixed(1)}) scale(${scale.toFixed(4)})">${shapes}</g></svg>\n`
}

writeFileSync(join(out, 'benelux-landscape.svg'), map(1600, 900))
writeFileSync(join(out, 'benelux-portrait.svg'), map(600, 900))

// The fixture deck is a deck of its own: its media sit in its own public/ folder.
const fixture = join(import.meta.dirname, '../tests/fixtures/every-layout/public')
for (const file of ['images/benelux-landscape.svg', 'images/benelux-portrait.svg', 'embed/kerncijfers.html']) {
  mkdirSync(join(fixture, file, '..'), { recursive: true })
  copyFileSync(join(out, '..', file), join(fixture, file))
}
