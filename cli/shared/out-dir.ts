/**
 * An output folder (`--out`) that cannot be made ends the command at once, before anything
 * is built, naming the folder and why: under /proc or /sys (the kernel's file systems; Node's
 * recursive mkdir loops there for good), under a file, or in a folder this user may not
 * write to. Nothing is created to find out: the nearest existing ancestor is examined.
 */
import { accessSync, constants, realpathSync, statSync } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'

/** A folder named by an option that cannot be written: the CLI prints the message, exit 1. */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError'
}

/** What the check needs to know of the file system (the real one by default; tests give their own). */
export interface PathProbe {
  kind: (path: string) => 'dir' | 'file' | 'missing'
  writable: (path: string) => boolean
  realpath: (path: string) => string
}

export const fsProbe: PathProbe = {
  kind(path) {
    try {
      return statSync(path).isDirectory() ? 'dir' : 'file'
    }
    catch {
      return 'missing'
    }
  },
  writable(path) {
    try {
      accessSync(path, constants.W_OK | constants.X_OK)
      return true
    }
    catch {
      return false
    }
  },
  realpath: path => realpathSync(path),
}

const KERNEL_FILE_SYSTEMS = ['/proc', '/sys']

function kernelRoot(path: string): string | undefined {
  return KERNEL_FILE_SYSTEMS.find(root => path === root || path.startsWith(`${root}${sep}`))
}

export interface OutputFolderOptions {
  /** The command writes beside the folder too (a staging folder swapped in): its parent must take new entries. */
  beside?: boolean
}

/**
 * Why `dir` cannot be made or written (undefined when it can):
 *   /proc/nope is under /proc, the kernel's own file system: no folder can be made there
 *   /home/a/notes.txt is a file, not a folder: /home/a/notes.txt/out cannot be made in it
 *   no permission to write in /srv/site (where /srv/site/out would be made)
 */
export function outputFolderProblem(dir: string, options: OutputFolderOptions = {}, probe: PathProbe = fsProbe): string | undefined {
  const target = resolve(dir)
  let existing = target
  while (probe.kind(existing) === 'missing') {
    const parent = dirname(existing)
    if (parent === existing)
      return `none of ${target}'s folders exists`
    existing = parent
  }
  let real = existing
  try {
    real = probe.realpath(existing)
  }
  catch {}
  const kernel = kernelRoot(real) ?? kernelRoot(existing)
  if (kernel)
    return `${target} is under ${kernel}, the kernel's own file system: no folder can be made there`
  if (probe.kind(existing) !== 'dir')
    return existing === target ? `${target} is a file, not a folder` : `${existing} is a file, not a folder: ${target} cannot be made in it`
  if (existing !== target)
    return probe.writable(existing) ? undefined : `no permission to write in ${existing} (where ${target} would be made)`
  if (!probe.writable(target))
    return `no permission to write in ${target}`
  // The folder exists: a command that swaps a new one in also writes in its parent.
  if (options.beside && dirname(target) !== target && !probe.writable(dirname(target)))
    return `no permission to write in ${dirname(target)} (the new ${target} is made beside the old one, then swapped in)`
  return undefined
}

/** Throws an OutputFolderError, `briefing export: --out /proc/nope cannot be used: …`, when `dir` cannot be made or written. */
export function requireOutputFolder(command: string, option: string, dir: string, options: OutputFolderOptions = {}): void {
  const problem = outputFolderProblem(dir, options)
  if (problem)
    throw new OutputFolderError(`${command}: ${option} ${dir} cannot be used: ${problem}`)
}
