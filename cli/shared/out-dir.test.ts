import type { PathProbe } from './out-dir'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { outputFolderProblem, requireOutputFolder } from './out-dir'

const root = mkdtempSync(join(tmpdir(), 'bx-outdir-test-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A file system of the given folders and files, where only `writable` folders take new entries. */
function fakeProbe(dirs: string[], files: string[], writable: string[]): PathProbe {
  return {
    kind: path => (dirs.includes(path) ? 'dir' : files.includes(path) ? 'file' : 'missing'),
    writable: path => writable.includes(path),
    realpath: path => path,
  }
}

describe('outputFolderProblem', () => {
  it('accepts a folder to make under a writable one, and an existing writable folder', () => {
    expect(outputFolderProblem(join(root, 'a/b/c'))).toBeUndefined()
    mkdirSync(join(root, 'made'))
    expect(outputFolderProblem(join(root, 'made'), { beside: true })).toBeUndefined()
  })

  it('refuses /proc and /sys, also through a link, without making anything', () => {
    expect(outputFolderProblem('/proc/nope')).toBe('/proc/nope is under /proc, the kernel\'s own file system: no folder can be made there')
    expect(outputFolderProblem('/sys/a/b')).toBe('/sys/a/b is under /sys, the kernel\'s own file system: no folder can be made there')
    expect(outputFolderProblem('/proc')).toContain('is under /proc')
    symlinkSync('/proc', join(root, 'link'))
    expect(outputFolderProblem(join(root, 'link/out'))).toBe(`${join(root, 'link/out')} is under /proc, the kernel's own file system: no folder can be made there`)
    expect(outputFolderProblem('/processes/out', {}, fakeProbe(['/'], [], ['/']))).toBeUndefined()
  })

  it('names the file that stands where a folder should be', () => {
    writeFileSync(join(root, 'notes.txt'), 'x')
    expect(outputFolderProblem(join(root, 'notes.txt/out/pdf'))).toBe(`${join(root, 'notes.txt')} is a file, not a folder: ${join(root, 'notes.txt/out/pdf')} cannot be made in it`)
    expect(outputFolderProblem(join(root, 'notes.txt'))).toBe(`${join(root, 'notes.txt')} is a file, not a folder`)
  })

  it('names the folder this user may not write in', () => {
    const probe = fakeProbe(['/', '/srv', '/srv/site', '/home', '/home/out'], [], ['/home/out'])
    expect(outputFolderProblem('/srv/site/out', {}, probe)).toBe('no permission to write in /srv/site (where /srv/site/out would be made)')
    expect(outputFolderProblem('/srv/site', {}, probe)).toBe('no permission to write in /srv/site')
    expect(outputFolderProblem('/home/out', {}, probe)).toBeUndefined()
    expect(outputFolderProblem('/home/out', { beside: true }, probe)).toBe('no permission to write in /home (the new /home/out is made beside the old one, then swapped in)')
  })

  it('requireOutputFolder names the command, the option and the folder', () => {
    expect(() => requireOutputFolder('briefing export', '--out', '/proc/nope')).toThrow('briefing export: --out /proc/nope cannot be used: /proc/nope is under /proc')
    expect(() => requireOutputFolder('briefing export', '--out', join(root, 'x'))).not.toThrow()
  })
})
