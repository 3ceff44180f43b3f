/**
 * briefing check [deck.md] [--lang xx]
 * Builds the deck, shows every slide in Chromium and prints one line per problem
 * (component error boxes, unknown elements such as a misspelt component, console
 * warnings and errors). Exit 0 when clean, 1 otherwise.
 */
import { deckEntry, parseCommand } from '../shared/args'
import { handleInterrupts, INTERRUPTED_EXIT } from '../shared/interrupt'
import { LANG_OPTION, langUsage, selectLanguages } from '../shared/lang'
import { checkDeck } from './check-deck'

export const usage = `Usage: briefing check [deck.md]

Builds the deck (default: slides.md), renders every slide in Chromium in its final click
state and prints one line per problem, naming the slide: component errors, unknown
elements (a misspelt component), console warnings and errors; in a deck of several
languages also every text, note or component label that lacks one of them or names
another. Exit code 1 when any.

Options:
${langUsage(15)}
  --no-cache   build afresh (default: reuse the build of an unchanged deck, and keep
               this one for export and screenshots)
  -h, --help   this help`

const spec = { name: 'briefing check', usage, maxPositionals: 1, options: { 'no-cache': { type: 'boolean' }, ...LANG_OPTION } } as const

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(spec, argv)
  if (args.help) {
    console.log(usage)
    return 0
  }
  const entry = deckEntry(spec.name, args.positionals[0], usage)
  const [lang] = await selectLanguages(spec.name, entry, args.values.lang, usage)
  const interrupts = handleInterrupts()
  try {
    const { lines, code } = await checkDeck(entry, { lang, signal: interrupts.signal, cache: !args.values['no-cache'], log: line => console.log(line) })
    for (const line of lines)
      (code === 0 ? console.log : console.error)(line)
    return code
  }
  catch (error) {
    if (interrupts.received) {
      console.error(`check interrupted (${interrupts.received}).`)
      return INTERRUPTED_EXIT
    }
    console.error(`check: ${(error as Error).message}`)
    return 1
  }
  finally {
    interrupts.dispose()
  }
}
