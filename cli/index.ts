/**
 * The `briefing` command line (bin/briefing.mjs loads this): parses the subcommand and hands
 * the rest of the arguments to `cli/<command>/command.ts`, which exports `usage` and `run`.
 */
import process from 'node:process'
import { UsageError } from './shared/args'
import { OutputFolderError } from './shared/out-dir'

export interface Command {
  usage: string
  /** Resolves to the exit code. */
  run: (argv: string[]) => Promise<number>
}

export const COMMANDS: Record<string, { summary: string, load: () => Promise<Command> }> = {
  new: { summary: 'create a deck folder on the Benelux theme, one sample slide per component', load: () => import('./new/command') },
  dev: { summary: 'present a deck with hot reload; presenter view at /presenter/', load: () => import('./dev/command') },
  build: { summary: 'build a deck as a static site', load: () => import('./build/command') },
  export: { summary: 'write the slides PDF and both A4 handouts (and PPTX with --pptx)', load: () => import('./export/command') },
  check: { summary: 'render every slide in Chromium and list every problem, naming the slide', load: () => import('./check/command') },
  screenshots: { summary: 'a PNG of every slide in its final click state', load: () => import('./screenshots/command') },
}

export const USAGE = `Usage: briefing <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`).join('\n')}

Run 'briefing <command> --help' for a command's options. A deck is a markdown file;
without one, the commands use slides.md in the current folder.`

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name) {
    console.error(USAGE)
    return 2
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE)
    return 0
  }
  if (name === '--version' || name === '-v') {
    const { THEME_VERSION } = await import('./shared/theme')
    console.log(THEME_VERSION)
    return 0
  }
  const entry = COMMANDS[name]
  if (!entry) {
    console.error(`briefing: unknown command "${name}".\n\n${USAGE}`)
    return 2
  }
  try {
    const command = await entry.load()
    return await command.run(rest)
  }
  catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}${error.usage ? `\n\n${error.usage}` : ''}`)
      return 2
    }
    if (error instanceof OutputFolderError) {
      console.error(error.message)
      return 1
    }
    const { findSlidev, SlidevError } = await import('./shared/slidev.mjs')
    if (error instanceof SlidevError) {
      console.error(`briefing ${name}: ${error.message}`)
      return 2
    }
    // The command's modules import @slidev/parser: without any Slidev they do not load.
    if (isMissingSlidev(error)) {
      try {
        findSlidev(process.cwd())
      }
      catch (missing) {
        console.error(`briefing ${name}: ${(missing as Error).message}`)
        return 2
      }
    }
    throw error
  }
}

const RE_SLIDEV_MODULE = /['"]@slidev\//

function isMissingSlidev(error: unknown): boolean {
  const { code, message } = error as { code?: string, message?: string }
  return code === 'ERR_MODULE_NOT_FOUND' && RE_SLIDEV_MODULE.test(message ?? '')
}
