/** File names of one export run: `<name>.pdf`, `<name>-handout.pdf`, `<name>-handout-3up.pdf`. */
import { basename, extname, join } from 'node:path'

export type ExportKind = 'slides' | 'handout' | 'handout-3up'

export const EXPORT_KINDS: ExportKind[] = ['slides', 'handout', 'handout-3up']

const RE_UNSAFE = /[^\w.-]+/g
const RE_DASHES = /^-+|-+$/g

/**
 * The base name of a deck's exports: the deck file's name, except for the generic
 * `slides.md`, which takes the package name (the main deck exports as benelux-briefing.pdf).
 */
export function exportBaseName(entry: string, packageName = ''): string {
  const own = basename(entry, extname(entry))
  const name = own === 'slides' && packageName ? packageName.replace(/^@[^/]+\//, '') : own
  return name.replace(RE_UNSAFE, '-').replace(RE_DASHES, '') || 'deck'
}

export function exportFileName(base: string, kind: ExportKind): string {
  return kind === 'slides' ? `${base}.pdf` : `${base}-${kind}.pdf`
}

/** A hidden file beside the target, renamed onto it once complete. */
export function tempFileName(target: string, pid: number): string {
  return join(target, '..', `.${basename(target, '.pdf')}.${pid}.tmp.pdf`)
}
