/**
 * briefing check [deck.md] [--lang xx]
 * Builds the deck, shows every slide in Chromium and prints one line per problem
 * (component error boxes, unknown elements such as a misspelt component, console
 * warnings and errors, what does not fit). Every language of the deck unless --lang
 * names one. Exit 0 when clean, 1 otherwise.
 */
import { deckEntry, parseCommand } from '../shared/args'
import { findBrowser } from '../shared/browser'
import { handleInterrupts, INTERRUPTED_EXIT } from '../shared/interrupt'
import { LANG_OPTION, selectLanguages } from '../shared/lang'
import { checkDeck, checkDeckSource } from './check-deck'

export const usage = `Usage: briefing check [deck.md]

Builds the deck (default: slides.md), renders every slide in Chromium in its final click
state, on screen and in print, and prints one line per problem, naming the slide:
component errors, unknown elements (a misspelt component), console warnings and errors,
content off the canvas, over the footer, out of its box or overlapping, a slide too full
even with its text shrunk to the minimum (a warning when autofit shrank it); in a deck of
several languages every language in turn, and every text, note or component label that
lacks one of them or names another; in every language, a link to a slide number or
routeAlias the deck does not have and every mistake in the language forms (an unclosed
{nl: … | fr: …}, a :::xx block without its :::). With several languages, these source
problems come first, once for the deck, then what each language renders. Exit code 1 when any.

Options:
  --lang <xx>  only this language of the deck: one of the headmatter's \`languages\`
               (default: every one)
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
  const langs = await selectLanguages(spec.name, entry, args.values.lang ?? 'all', usage, true)
  const interrupts = handleInterrupts()
  try {
    await findBrowser() // no browser: say so before building
    let worst = 0
    const several = langs.length > 1
    const print = ({ lines, code }: { lines: string[], code: number }) => {
      for (const line of lines)
        (code === 0 ? console.log : console.error)(line)
      worst = Math.max(worst, code)
    }
    // Several languages: the source problems once, for the deck, first (no build needed);
    // then each language what it renders. One language: all in one report.
    const source = several ? await checkDeckSource(entry, langs) : undefined
    if (source)
      print(source)
    const rendered: string[] = []
    for (const lang of langs) {
      const label = several ? `check (${lang})` : 'check'
      const result = await checkDeck(entry, { lang, signal: interrupts.signal, label, translations: !several, cache: !args.values['no-cache'], log: line => console.log(line) })
      print(result)
      rendered.push(`${lang} ${result.code ? 'problems (above)' : 'no problems'}`)
    }
    if (source) {
      const inSource = source.errors ? `${source.errors} problem${source.errors === 1 ? '' : 's'} in the source, for every language (listed first)` : 'no problems in the source'
      ;(worst ? console.error : console.log)(`check (${langs.join(', ')}): ${inSource}; rendered: ${rendered.join(', ')}`)
    }
    return worst
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
