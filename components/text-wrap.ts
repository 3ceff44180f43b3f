/**
 * Text measuring without a DOM, for SVG layouts computed before render (OrgChart boxes,
 * CityMap labels). Widths are Source Sans 3's advance widths (regular), measured in
 * Chromium with getComputedTextLength, plus a small safety margin.
 */

const RE_SPACES = /\s+/
/** A break is allowed after a hyphen between two letters: "secretarissen-|generaal". */
const RE_AFTER_HYPHEN = /(?<=[^-]-)(?=[^-])/

/** Advance widths in hundredths of an em: a–z and A–Z. */
const LOWER = [50, 55, 44, 56, 50, 29, 50, 54, 25, 25, 50, 26, 83, 55, 54, 56, 56, 35, 42, 32, 54, 47, 72, 45, 47, 42]
const UPPER = [54, 59, 55, 62, 53, 49, 62, 65, 26, 44, 58, 49, 73, 65, 66, 57, 66, 57, 52, 54, 64, 52, 79, 51, 48, 52]
const OTHER: Record<string, number> = { ' ': 20, '.': 25, ',': 25, ':': 25, ';': 25, '-': 31, '–': 50, '(': 30, ')': 30, '\'': 22, '/': 35, '+': 50, '«': 45, '»': 45 }
/** Bold is about 6% wider than regular in Source Sans 3. */
const BOLD = 1.06
/** Kerning and rendering differ a little between browsers: keep some room. */
const SAFETY = 1.04

/** Estimated advance width of one character, in em. */
function charWidth(ch: string): number {
  const base = ch.normalize('NFD')[0]
  const code = base.charCodeAt(0)
  if (code >= 97 && code <= 122)
    return LOWER[code - 97] / 100
  if (code >= 65 && code <= 90)
    return UPPER[code - 65] / 100
  if (code >= 48 && code <= 57)
    return 0.5
  return (OTHER[ch] ?? 55) / 100
}

/** Estimated rendered width of `text` at `fontSize` (same unit as the result). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const ch of text)
    em += charWidth(ch)
  return em * fontSize * SAFETY * (bold ? BOLD : 1)
}

/**
 * Greedy word wrap: as many words per line as fit in `maxWidth`. Words may also break
 * after a hyphen ("secretarissen-" / "generaal"). A part wider than `maxWidth` gets a
 * line of its own (it is never cut); callers size boxes from the widest line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  // Each part remembers whether it follows a space or a hyphen of the same word.
  const parts = text.trim().split(RE_SPACES).filter(Boolean).flatMap(word =>
    word.split(RE_AFTER_HYPHEN).map((part, i) => ({ part, glue: i ? '' : ' ' })))
  const lines: string[] = []
  let line = ''
  for (const { part, glue } of parts) {
    const candidate = line ? `${line}${glue}${part}` : part
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line)
      line = part
    }
    else {
      line = candidate
    }
  }
  if (line)
    lines.push(line)
  return lines
}

/** The parts a label can break into (words, and word pieces after hyphens). */
export function breakableParts(text: string): string[] {
  return text.trim().split(RE_SPACES).filter(Boolean).flatMap(word => word.split(RE_AFTER_HYPHEN))
}
