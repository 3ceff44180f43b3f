import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { isInside, stagingDir, swapIn } from './staging'

let root: string
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('staging', () => {
  it('replaces the previous folder whole and leaves nothing beside it', () => {
    root = mkdtempSync(join(tmpdir(), 'bx-staging-test-'))
    const target = join(root, 'dist')
    mkdirSync(target)
    writeFileSync(join(target, 'old.txt'), 'old')
    const staging = stagingDir(target)
    expect(readdirSync(root).sort()).toEqual([`.dist.bx-staging-${staging.split('-').at(-1)}`, 'dist'].sort())
    writeFileSync(join(staging, 'index.html'), 'new')
    swapIn(staging, target)
    expect(readdirSync(root)).toEqual(['dist'])
    expect(readdirSync(target)).toEqual(['index.html'])
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new')
  })

  it('creates the target when there was none', () => {
    root = mkdtempSync(join(tmpdir(), 'bx-staging-test-'))
    const target = join(root, 'deep', 'out')
    const staging = stagingDir(target)
    writeFileSync(join(staging, 'a'), 'a')
    swapIn(staging, target)
    expect(existsSync(join(target, 'a'))).toBe(true)
    expect(readdirSync(join(root, 'deep'))).toEqual(['out'])
  })

  it('isInside', () => {
    root = mkdtempSync(join(tmpdir(), 'bx-staging-test-'))
    expect(isInside('/a/b/c.md', '/a')).toBe(true)
    expect(isInside('/a', '/a')).toBe(true)
    expect(isInside('/ab/c.md', '/a')).toBe(false)
    expect(isInside('/a', '/a/b')).toBe(false)
  })
})
