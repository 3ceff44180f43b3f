/**
 * briefing build [deck.md] [--out dir] [--base /path/]
 * briefing build --single-file [deck.md] [--out file.html]
 * `slidev build` of a deck on this theme, with the deck's own Slidev,
 * then the same inspection of the rendered deck as `briefing check` and `export`;
 * with --single-file, the deck as one offline HTML file (single-file.ts).
 */
import { rmSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { deckEntry, parseCommand, UsageError } from '../shared/args'
import { BrowserNotFoundError, findBrowser } from '../shared/browser'
import { buildDeck } from '../shared/build'
import { buildFailureMessage } from '../shared/build-errors'
import { loadDeck } from '../shared/deck'
import { handleInterrupts, INTERRUPTED_EXIT } from '../shared/interrupt'
import { LANG_OPTION, langUsage, selectLanguages, useLanguage } from '../shared/lang'
import { requireOutputFolder } from '../shared/out-dir'
import { deckSourceProblems } from '../shared/source-problems'
import { isInside, stagingDir, swapIn } from '../shared/staging'
import { runSingleFile } from './single-file'

export const usage = `Usage: briefing build [deck.md] [options]

Builds the deck (default: slides.md) as a static site, then renders every slide in
Chromium and reports what 'briefing check' reports. The site is written either way; the
exit code is 1 when a slide has a problem (so that nothing broken is deployed). Invalid
YAML in the headmatter or a slide's frontmatter, a link to a slide the deck does not have,
a mistake in the language forms or an untranslated text stops it before building.

Options:
  --out <dir>     output folder (default: dist)
  --base <path>   sub-path the site will be served under, e.g. /briefing/
  --no-inspect    skip the inspection (no browser needed)
${langUsage(18)}
  --single-file   one offline .html file instead of a site: opens from disk, no server
                  or network; --out is then the file (default: exports/<name>.html);
                  the file of an unchanged deck comes from the build cache
  --no-cache      (with --single-file) build afresh, neither reuse nor keep a cached file
  -h, --help      this help`

const spec = {
  name: 'briefing build',
  usage,
  maxPositionals: 1,
  options: { 'out': { type: 'string' }, 'base': { type: 'string' }, 'no-inspect': { type: 'boolean' }, 'single-file': { type: 'boolean' }, 'no-cache': { type: 'boolean' }, ...LANG_OPTION },
} as const

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(spec, argv)
  if (args.help) {
    console.log(usage)
    return 0
  }
  const entry = deckEntry(spec.name, args.positionals[0], usage)
  const [lang] = await selectLanguages(spec.name, entry, args.values.lang, usage)
  if (args.values['single-file']) {
    useLanguage(lang!)
    return runSingleFile(entry, { ...args.values, lang }, usage)
  }
  const out = resolve(args.values.out ?? 'dist')
  if (isInside(entry, out) || isInside(process.cwd(), out))
    throw new UsageError(`${spec.name}: --out ${out} holds the deck or the current folder; the site replaces that folder whole`, usage)
  requireOutputFolder(spec.name, '--out', args.values.out ?? 'dist', { beside: true })
  const interrupts = handleInterrupts()
  let deck
  let staging: string | undefined
  // Also on a second Ctrl-C, which exits at once.
  const removeStaging = () => staging && rmSync(staging, { recursive: true, force: true })
  process.on('exit', removeStaging)
  try {
    if (!args.values['no-inspect'])
      await findBrowser() // no browser: say so before building
    deck = await loadDeck(entry, lang)
    const source = await deckSourceProblems(entry)
    const { inspectBuiltDeck } = await import('../shared/inspect')
    // Invalid frontmatter YAML, a dead link, a language mistake or gap (in any language):
    // the site would not be the deck as written; nothing is built.
    if (deck.problems.length || source.length) {
      for (const line of (await inspectBuiltDeck(deck, out, { label: 'build', skipBrowser: true, extraProblems: source })).lines)
        console.error(line)
      return 1
    }
    // The site replaces the previous one only once complete (Ctrl-C leaves the old one whole).
    staging = stagingDir(out)
    await buildDeck(entry, staging, { base: args.values.base, signal: interrupts.signal, lang })
    interrupts.signal.throwIfAborted()
    swapIn(staging, out)
    staging = undefined
    console.log(`Built ${relative(process.cwd(), entry) || entry} into ${out}`)
    if (args.values['no-inspect'])
      return 0
    const { lines, code } = await inspectBuiltDeck(deck, out, { base: args.values.base, label: 'build', signal: interrupts.signal })
    for (const line of lines)
      (code === 0 ? console.log : console.error)(line)
    return code
  }
  catch (error) {
    if (interrupts.received) {
      console.error(`Build interrupted (${interrupts.received}).`)
      return INTERRUPTED_EXIT
    }
    if (error instanceof BrowserNotFoundError) {
      console.error(error.message)
      return 1
    }
    console.error(`Build failed: ${deck ? buildFailureMessage(error, deck.slides) : (error as Error).message}`)
    return 1
  }
  finally {
    removeStaging()
    process.off('exit', removeStaging)
    interrupts.dispose()
  }
}
