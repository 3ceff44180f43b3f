/**
 * File names of one export run: `<name>.pdf`, `<name>-handout.pdf`, `<name>-handout-3up.pdf`
 * (and `<name>.pptx`); in a language other than the deck's own `<name>.fr.pdf`,
 * `<name>.fr-handout.pdf`, …; the bilingual handout `<name>.nl-fr-handout.pdf`.
 */
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

/** `lang`: the language of the file, when it is not the deck's own (headmatter `lang`). */
export function exportFileName(base: string, kind: ExportKind, lang?: string): string {
  const name = lang ? `${base}.${lang}` : base
  return kind === 'slides' ? `${name}.pdf` : `${name}-${kind}.pdf`
}

/** The bilingual handout: slides in `languages[0]`, notes in every one of them, in that order. */
export function bilingualFileName(base: string, languages: string[]): string {
  return `${base}.${languages.join('-')}-handout.pdf`
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
