/**
 * Argument parsing shared by every `briefing` command: node:util parseArgs in strict mode,
 * with one place that turns a bad command line into a message and exit code 2.
 */
import type { ParseArgsConfig } from 'node:util'
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'

/** A command line the command cannot run: the CLI prints the message and the usage, exit 2. */
export class UsageError extends Error {
  constructor(message: string, readonly usage = '') {
    super(message)
    this.name = 'UsageError'
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

export interface CommandSpec<O extends Options> {
  /** `briefing export` */
  name: string
  usage: string
  options: O
  /** Most positionals the command takes (deck path, target folder). */
  maxPositionals: number
}

/** Parses `argv` for one command; `help` is true for --help / -h (other options are then not checked). */
export function parseCommand<O extends Options>(spec: CommandSpec<O>, argv: string[]) {
  if (argv.includes('--help') || argv.includes('-h'))
    return { help: true as const }
  let parsed
  try {
    parsed = parseArgs({ args: argv.filter(a => a !== '--'), options: spec.options, allowPositionals: true, strict: true })
  }
  catch (error) {
    // Node's messages name the option ("Unknown option '--outt'"); keep them, drop its hints.
    const message = (error as Error).message.split('. To specify')[0]!
    throw new UsageError(`${spec.name}: ${message}`, spec.usage)
  }
  if (parsed.positionals.length > spec.maxPositionals)
    throw new UsageError(`${spec.name}: too many arguments: ${parsed.positionals.join(' ')}`, spec.usage)
  return { help: false as const, values: parsed.values, positionals: parsed.positionals }
}

/** The deck entry: the given markdown file, else `slides.md` in the current folder; must exist. */
export function deckEntry(command: string, given: string | undefined, usage: string): string {
  const entry = resolve(given ?? 'slides.md')
  if (!existsSync(entry) || !statSync(entry).isFile()) {
    const hint = given ? '' : ' (no deck given, so slides.md in the current folder)'
    throw new UsageError(`${command}: deck not found: ${entry}${hint}`, usage)
  }
  return entry
}

/** A positive number of seconds from an option, in milliseconds. */
export function secondsOption(command: string, name: string, value: string | undefined, usage: string): number | undefined {
  if (value === undefined)
    return undefined
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`${command}: --${name} takes a number of seconds above 0, got "${value}"`, usage)
  return seconds * 1000
}

/** The current working directory, for messages that show paths relative to it. */
export function cwd(): string {
  return process.cwd()
}
