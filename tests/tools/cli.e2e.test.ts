/** The briefing command line's answers to bad input: a clear message and a non-zero exit. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { briefing } from '../support/cli'

const place = mkdtempSync(join(tmpdir(), 'bx-cli-'))

describe('briefing', () => {
  it('lists its commands with --help', () => {
    const run = briefing(['--help'])
    expect(run.status).toBe(0)
    for (const command of ['new', 'dev', 'build', 'export', 'check', 'screenshots'])
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
  })

  it.each(['new', 'dev', 'build', 'export', 'check', 'screenshots'])('%s --help shows the command\'s usage', (command) => {
    const run = briefing([command, '--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`Usage: briefing ${command}`)
  })

  it.each([
    [['publish'], /briefing: unknown command "publish"/],
    [[], /Usage: briefing <command>/],
    [['export', '--outt', 'x'], /briefing export: Unknown option '--outt'/],
    [['export', '--timeout', 'soon'], /--timeout takes a number of seconds above 0, got "soon"/],
    [['dev', '--port', '99999'], /--port takes a port number/],
    [['check', 'a.md', 'b.md'], /briefing check: too many arguments/],
    [['build', join(place, 'missing.md')], /briefing build: deck not found: .*missing\.md/],
    [['export', join(place, 'missing.md')], /briefing export: deck not found/],
    [['screenshots', '--dist', place], /holds no built deck/],
    [['new'], /give the new deck a folder/],
    [['new', join(place, '..evil')], /not a safe deck name/],
  ])('%j exits 2 with a clear message', (args, message) => {
    const run = briefing(args, { cwd: place })
    expect(run.stderr).toMatch(message)
    expect(run.status).toBe(2)
  })

  it('new refuses a folder that exists and is not empty, and writes nothing into it', () => {
    const target = join(place, 'taken')
    mkdirSync(target)
    writeFileSync(join(target, 'notes.txt'), 'mine')
    const run = briefing(['new', target])
    expect(run.stderr).toMatch(/already exists and is not an empty folder/)
    expect(run.status).toBe(1)
  })

  it('new writes a deck folder into an empty folder', () => {
    const target = join(place, 'fresh')
    mkdirSync(target)
    const run = briefing(['new', target, '--theme', 'file:/somewhere/theme.tgz'])
    expect(run.status).toBe(0)
    expect(run.stdout.trim().split('\n').at(-1)).toBe(join(target, 'slides.md'))
  })
})
