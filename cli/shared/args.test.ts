import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckEntry, parseCommand, secondsOption, UsageError } from './args'

const spec = {
  name: 'briefing export',
  usage: 'Usage: briefing export [deck.md]',
  maxPositionals: 1,
  options: { out: { type: 'string' }, pptx: { type: 'boolean' } },
} as const

describe('parseCommand', () => {
  it('reads options and the deck, ignoring a bare --', () => {
    const args = parseCommand(spec, ['--', 'deck.md', '--out', 'x', '--pptx'])
    expect(args).toEqual({ help: false, values: { out: 'x', pptx: true }, positionals: ['deck.md'] })
  })

  it('answers --help and -h before checking anything else', () => {
    expect(parseCommand(spec, ['--bogus', '--help'])).toEqual({ help: true })
    expect(parseCommand(spec, ['-h'])).toEqual({ help: true })
  })

  it.each([
    [['--outt', 'x'], /briefing export: Unknown option '--outt'/],
    [['--out'], /briefing export: Option '--out <value>' argument missing/],
    [['a.md', 'b.md'], /briefing export: too many arguments: a.md b.md/],
  ])('%j is a usage error that names the problem', (argv, message) => {
    expect(() => parseCommand(spec, argv)).toThrow(UsageError)
    expect(() => parseCommand(spec, argv)).toThrow(message)
  })
})

describe('deckEntry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bx-args-'))
  writeFileSync(join(dir, 'deck.md'), '# x\n')

  it('resolves an existing deck', () => {
    expect(deckEntry('briefing check', join(dir, 'deck.md'), '')).toBe(join(dir, 'deck.md'))
  })

  it('names a missing deck, and says where the default was looked for', () => {
    expect(() => deckEntry('briefing check', join(dir, 'nope.md'), '')).toThrow(`briefing check: deck not found: ${join(dir, 'nope.md')}`)
    expect(() => deckEntry('briefing check', dir, '')).toThrow(UsageError)
  })
})

describe('secondsOption', () => {
  it.each([['60', 60_000], ['0.5', 500], [undefined, undefined]])('%s -> %s ms', (value, ms) => {
    expect(secondsOption('briefing export', 'timeout', value, '')).toBe(ms)
  })

  it.each(['0', '-3', 'soon'])('refuses %s', (value) => {
    expect(() => secondsOption('briefing export', 'timeout', value, '')).toThrow(`--timeout takes a number of seconds above 0, got "${value}"`)
  })
})
