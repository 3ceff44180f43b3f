/**
 * briefing build [deck.md] [--out dir] [--base /path/]
 * `slidev build` of a deck on this theme, with the Slidev release the theme ships with.
 */
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { deckEntry, parseCommand } from '../shared/args'
import { buildDeck } from '../shared/build'
import { LANG_OPTION, langUsage, selectLanguages } from '../shared/lang'

export const usage = `Usage: briefing build [deck.md] [options]

Builds the deck (default: slides.md) as a static site.

Options:
  --out <dir>     output folder (default: dist)
  --base <path>   sub-path the site will be served under, e.g. /briefing/
${langUsage(18)}
  -h, --help      this help`

const spec = {
  name: 'briefing build',
  usage,
  maxPositionals: 1,
  options: { out: { type: 'string' }, base: { type: 'string' }, ...LANG_OPTION },
} as const

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(spec, argv)
  if (args.help) {
    console.log(usage)
    return 0
  }
  const entry = deckEntry(spec.name, args.positionals[0], usage)
  const out = resolve(args.values.out ?? 'dist')
  const [lang] = await selectLanguages(spec.name, entry, args.values.lang, usage)
  try {
    await buildDeck(entry, out, { base: args.values.base, lang })
    console.log(`Built ${relative(process.cwd(), entry) || entry} into ${out}`)
    return 0
  }
  catch (error) {
    console.error(`Build failed: ${(error as Error).message}`)
    return 1
  }
}
