/**
 * What is wrong in a deck's source before anything is built, in every one of its languages:
 * links to a slide it does not have (cli/shared/links.ts), mistakes in the language syntax
 * and texts that lack a language (cli/check/translations.ts). `check` lists them with what
 * the browser finds; `export` and `build` stop on them before building, so that no command
 * writes a deck whose links lead nowhere or that falls back to one language.
 */
import type { CheckProblem } from './findings'
import { translationProblems } from '../check/translations'
import { loadDeck, resolveDeckLanguages } from './deck'
import { deadLinks } from './links'

/**
 * One list from the same check made in each language: a problem found in every language
 * once, one found in some only with the languages it is in (`(in fr)`).
 */
export function mergeLanguages(found: { lang: string, problems: CheckProblem[] }[]): CheckProblem[] {
  const byKey = new Map<string, { problem: CheckProblem, langs: string[] }>()
  for (const { lang, problems } of found) {
    for (const problem of problems) {
      const key = `${problem.slide}\0${problem.text}`
      const entry = byKey.get(key) ?? { problem, langs: [] }
      if (!entry.langs.includes(lang))
        entry.langs.push(lang)
      byKey.set(key, entry)
    }
  }
  return Array.from(byKey.values(), ({ problem, langs }) =>
    langs.length === found.length ? problem : { ...problem, text: `${problem.text} (in ${langs.join(', ')})` })
}

/** The deck's source problems, every language: dead links, then the language problems. */
export async function deckSourceProblems(entry: string): Promise<CheckProblem[]> {
  const { languages } = await resolveDeckLanguages(entry)
  const decks = await Promise.all(languages.map(lang => loadDeck(entry, lang)))
  const links = mergeLanguages(decks.map(deck => ({ lang: deck.lang, problems: deadLinks(deck.slides) })))
  return [...links, ...await translationProblems(entry)]
}
