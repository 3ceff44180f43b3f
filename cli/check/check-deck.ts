/**
 * `briefing check`: builds a deck, serves it on 127.0.0.1 and inspects every slide in
 * Chromium (cli/shared/inspect.ts, the same inspection as export, build and screenshots),
 * plus check's own rules: legibility and, in a deck of several languages, translations.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { startPrintBuild } from '../shared/build'
import { buildFailureMessage } from '../shared/build-errors'
import { loadDeck } from '../shared/deck'
import { report } from '../shared/findings'
import { inspectBuiltDeck } from '../shared/inspect'
import { deckSourceProblems } from '../shared/source-problems'
import { legibilityOnPage } from './legibility-page'

export interface CheckResult {
  lines: string[]
  code: number
}

export interface CheckOptions {
  /** The deck language to build and render (default: the headmatter's `lang`); translations are checked in every language. */
  lang?: string
  /** Ctrl-C: stops the build or the browser; checkDeck then rejects, having removed its build folder. */
  signal?: AbortSignal
  /** Names the check in the summary line (default `check`; `check (fr)` when the command checks several languages). */
  label?: string
  /** Also the source check: links, language syntax, translations (default true; a check of the deck's other languages leaves it out, it covers them all). */
  translations?: boolean
  /** Reuse (and keep) the print build of this deck state (cli/shared/build-cache.ts); default true. */
  cache?: boolean
  /** Lines about the build (`build: reused (…)`). */
  log?: (line: string) => void
}

/** The label of the source block of a check of several languages. */
export const SOURCE_LABEL = 'check (every language: links, language forms, translations)'

/**
 * A check of several languages: the deck's source problems once, for the deck (links in each
 * language, marked `(in fr)` when in some only; the language forms; missing translations),
 * before the rendered languages, each of which then reports what it renders only.
 */
export async function checkDeckSource(entryPath: string, langs: string[]): Promise<CheckResult & { errors: number }> {
  const entry = resolve(entryPath)
  try {
    const [deck, problems] = await Promise.all([loadDeck(entry, langs[0]), deckSourceProblems(entry)])
    const { lines, code } = report(problems, new Map(deck.slides.map(s => [s.no, s.title])), deck.slides.length, SOURCE_LABEL)
    return { lines, code, errors: problems.filter(p => !p.warning).length }
  }
  catch (error) {
    return { lines: [`check: cannot read ${entry}: ${(error as Error).message}`], code: 1, errors: 1 }
  }
}

export async function checkDeck(entryPath: string, options: CheckOptions = {}): Promise<CheckResult> {
  const { lang, signal, label = 'check', translations = true } = options
  const entry = resolve(entryPath)
  if (!existsSync(entry))
    return { lines: [`check: deck not found: ${entry}`], code: 1 }
  let deck
  let untranslated
  try {
    deck = await loadDeck(entry, lang)
    untranslated = translations ? await deckSourceProblems(entry) : []
  }
  catch (error) {
    return { lines: [`check: cannot read ${entry}: ${(error as Error).message}`], code: 1 }
  }
  const titles = new Map(deck.slides.map(s => [s.no, s.title]))
  const count = deck.slides.length
  // Invalid frontmatter YAML: the rendered deck would not be the deck as written.
  if (deck.problems.length)
    return report([...deck.problems, ...untranslated], titles, count, label)
  // The print build: the same print page as `slidev build`, shared with export and screenshots.
  const build = startPrintBuild(entry, lang, { cache: options.cache, command: 'check' })
  const stop = () => void build.dispose()
  signal?.addEventListener('abort', stop, { once: true })
  try {
    try {
      await build.done
    }
    catch (error) {
      signal?.throwIfAborted()
      // The source problems first: a language mistake can be what broke the build.
      const found = untranslated.length ? report(untranslated, titles, count, label).lines : []
      return { lines: [...found, `check: the build of ${entry} failed`, buildFailureMessage(error, deck.slides)], code: 1 }
    }
    if (build.reused)
      options.log?.(`[check] build: ${build.reused}`)
    // Legibility is check's own rule (the room a text gets), on the same print page.
    const { lines, code } = await inspectBuiltDeck(deck, build.dir, { label, signal, onPrintPage: legibilityOnPage, extraProblems: untranslated })
    return { lines, code }
  }
  finally {
    signal?.removeEventListener('abort', stop)
    await build.dispose()
  }
}
