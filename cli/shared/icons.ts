/**
 * Icon classes (`i-ph-scales`, UnoCSS preset-icons) checked against the icon sets that are
 * installed as `@iconify-json/<set>` packages: an unknown name renders as nothing, so the
 * inspection reports it with the nearest known names.
 */
import type { IconCheck } from './findings'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { THEME_ROOT } from './theme'

const RE_ICON = /^i-([a-z0-9]+(?:-[a-z0-9]+)*)$/

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]!
}

/** Up to `count` known names closest to `name`, nearest first, within a distance that grows with its length. */
export function nearestNames(name: string, known: Iterable<string>, count = 3): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3))
  const scored: [string, number][] = []
  for (const candidate of known) {
    if (Math.abs(candidate.length - name.length) > limit)
      continue
    const d = levenshtein(name, candidate)
    if (d <= limit)
      scored.push([candidate, d])
  }
  return scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).slice(0, count).map(([n]) => n)
}

/** The icon names of a set: `icons` and `aliases` of its icons.json. */
export interface IconSet {
  prefix: string
  title: string
  names: Set<string>
}

/** Loads `@iconify-json/<prefix>` as installed for the theme (or undefined when it is not installed). */
export function loadIconSet(prefix: string, from = THEME_ROOT): IconSet | undefined {
  let file: string
  try {
    file = createRequire(join(from, 'package.json')).resolve(`@iconify-json/${prefix}/icons.json`)
  }
  catch {
    return undefined
  }
  const json = JSON.parse(readFileSync(file, 'utf8')) as { prefix: string, info?: { name?: string }, icons: Record<string, unknown>, aliases?: Record<string, unknown> }
  let title = json.info?.name
  try {
    title ??= (JSON.parse(readFileSync(join(dirname(file), 'info.json'), 'utf8')) as { name?: string }).name
  }
  catch {}
  return { prefix, title: title ?? prefix, names: new Set([...Object.keys(json.icons), ...Object.keys(json.aliases ?? {})]) }
}

/**
 * Checks icon classes against the installed sets; `load` finds a set by prefix (cached).
 * The set's prefix is the longest leading part of the class that names an installed set
 * (`i-simple-icons-github` is `github` in `simple-icons`).
 */
export function iconChecker(load: (prefix: string) => IconSet | undefined = loadIconSet): IconCheck {
  const cache = new Map<string, IconSet | undefined>()
  const set = (prefix: string) => {
    if (!cache.has(prefix))
      cache.set(prefix, load(prefix))
    return cache.get(prefix)
  }
  return (className) => {
    const parts = RE_ICON.exec(className)?.[1]?.split('-')
    if (!parts || parts.length < 2)
      return `"${className}" is not an icon class like "i-ph-scales"`
    for (let cut = parts.length - 1; cut >= 1; cut--) {
      const found = set(parts.slice(0, cut).join('-'))
      if (!found)
        continue
      const name = parts.slice(cut).join('-')
      if (found.names.has(name))
        return undefined
      const near = nearestNames(name, found.names).map(n => `i-${found.prefix}-${n}`)
      return `icon "${className}" is not in the installed ${found.title} set (@iconify-json/${found.prefix})${near.length ? `; nearest: ${near.join(', ')}` : ''}`
    }
    return `icon "${className}": no icon set "${parts[0]}" is installed (npm package @iconify-json/${parts[0]})`
  }
}
