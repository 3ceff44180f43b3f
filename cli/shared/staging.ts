/**
 * Output that appears whole or not at all: a command writes into a staging folder beside
 * its target and swaps it in once complete; an interrupted or failed run leaves the
 * previous target as it was and removes the staging folder.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'

/** True when `path` is `dir` or lies inside it. */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(path))
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'))
}

/** A fresh hidden folder beside `target` (same file system, so that the swap is a rename). */
export function stagingDir(target: string): string {
  const parent = dirname(resolve(target))
  mkdirSync(parent, { recursive: true })
  return mkdtempSync(join(parent, `.${basename(target)}.bx-staging-`))
}

/** Puts the complete `staging` folder in place of `target` (which may not exist yet). */
export function swapIn(staging: string, target: string): void {
  const old = `${staging}-old`
  const hadOld = existsSync(target)
  if (hadOld)
    renameSync(target, old)
  try {
    renameSync(staging, target)
  }
  catch (error) {
    if (hadOld)
      renameSync(old, target)
    throw error
  }
  if (hadOld)
    rmSync(old, { recursive: true, force: true })
}
