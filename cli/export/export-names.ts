/** File names of one export run: `<name>.pdf`, `<name>-handout.pdf`, `<name>-handout-3up.pdf` (and `<name>.pptx`). */
import { readFileSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'

export type ExportKind = 'slides' | 'handout' | 'handout-3up'

export const EXPORT_KINDS: ExportKind[] = ['slides', 'handout', 'handout-3up']

const RE_UNSAFE = /[^\w.-]+/g
const RE_DASHES = /^-+|-+$/g
const RE_SCOPE = /^@[^/]+\//

/**
 * The base name of a deck's exports: the headmatter's `exportFilename` (Slidev's key) when
 * set, else the deck file's name, except for the generic `slides.md`, which takes the name
 * of the package in its folder, or else the folder's name.
 */
export function exportBaseName(entry: string, names: { exportFilename?: string, packageName?: string } = {}): string {
  const own = basename(entry, extname(entry))
  const generic = names.packageName ? names.packageName.replace(RE_SCOPE, '') : basename(dirname(entry))
  const name = names.exportFilename || (own === 'slides' ? generic : own)
  return name.replace(RE_UNSAFE, '-').replace(RE_DASHES, '') || 'deck'
}

export function exportFileName(base: string, kind: ExportKind): string {
  return kind === 'slides' ? `${base}.pdf` : `${base}-${kind}.pdf`
}

/** A hidden file beside the target, with the same extension, renamed onto it once complete. */
export function tempFileName(target: string, pid: number): string {
  const ext = extname(target)
  return join(target, '..', `.${basename(target, ext)}.${pid}.tmp${ext}`)
}

/** The `name` in a project's package.json; empty when there is none. */
export function packageName(projectRoot: string): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { name?: string }).name ?? ''
  }
  catch {
    return ''
  }
}
