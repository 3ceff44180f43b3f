/**
 * briefing build [deck.md] [--out dir] [--base /path/]
 * briefing build --single-file [deck.md] [--out file.html]
 * `slidev build` of a deck on this theme, with the Slidev release the theme ships with;
 * with --single-file, the deck as one offline HTML file (single-file.ts).
 */
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { deckEntry, parseCommand } from '../shared/args'
import { buildDeck } from '../shared/build'
import { runSingleFile } from './single-file'

export const usage = `Usage: briefing build [deck.md] [options]

Builds the deck (default: slides.md) as a static site.

Options:
  --out <dir>     output folder (default: dist)
  --base <path>   sub-path the site will be served under, e.g. /briefing/
  --single-file   one offline .html file instead of a site: opens from disk, no server
                  or network; --out is then the file (default: exports/<name>.html)
  -h, --help      this help`

const spec = {
  name: 'briefing build',
  usage,
  maxPositionals: 1,
  options: { 'out': { type: 'string' }, 'base': { type: 'string' }, 'single-file': { type: 'boolean' } },
} as const

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(spec, argv)
  if (args.help) {
    console.log(usage)
    return 0
  }
  const entry = deckEntry(spec.name, args.positionals[0], usage)
  if (args.values['single-file'])
    return runSingleFile(entry, args.values, usage)
  const out = resolve(args.values.out ?? 'dist')
  try {
    await buildDeck(entry, out, { base: args.values.base })
    console.log(`Built ${relative(process.cwd(), entry) || entry} into ${out}`)
    return 0
  }
  catch (error) {
    console.error(`Build failed: ${(error as Error).message}`)
    return 1
  }
}
