/**
 * Guesses whether a text is Dutch or French from its most frequent function words (and a
 * few words the Benelux briefings use on nearly every slide): enough
 * to tell a slide of the French deck from one of the Dutch deck, no more. Proper names,
 * numbers and English passages count for neither language.
 */
export type Guess = 'nl' | 'fr' | 'unknown'

const STOP_WORDS: Record<'nl' | 'fr', Set<string>> = {
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'in', 'op', 'met', 'voor', 'naar', 'is', 'zijn', 'werd', 'door', 'niet', 'dat', 'die', 'bij', 'ook', 'als', 'aan', 'uit', 'tot', 'om', 'over', 'nu', 'samenwerking', 'steden', 'verdrag', 'structuur', 'dia', 'thema', 'wij', 'we', 'overheid', 'overheden', 'inwoners', 'voorjaar', 'actief', 'actueel', 'kaart', 'plaatsen']),
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'un', 'une', 'et', 'de', 'en', 'dans', 'pour', 'par', 'sur', 'avec', 'est', 'sont', 'au', 'aux', 'qui', 'que', 'ne', 'pas', 'à', 'ce', 'cette', 'coopération', 'villes', 'traité', 'structure', 'diapositive', 'thème', 'nous', 'l', 'd', 'qu', 'autorité', 'autorités', 'habitants', 'printemps', 'active', 'actuelle', 'carte', 'lieux']),
}

// A hyphenated name (Esch-sur-Alzette, Villers-la-Chèvre) is one word, of neither language.
const RE_WORDS = /\p{L}+(?:-\p{L}+)*/gu

/** Counts of Dutch and French function words in `text` (words in both lists count for neither). */
export function languageScores(text: string): { nl: number, fr: number } {
  const scores = { nl: 0, fr: 0 }
  for (const word of text.toLowerCase().match(RE_WORDS) ?? []) {
    const nl = STOP_WORDS.nl.has(word)
    const fr = STOP_WORDS.fr.has(word)
    if (nl && !fr)
      scores.nl++
    else if (fr && !nl)
      scores.fr++
  }
  return scores
}

/** 'nl' or 'fr' when that language's words outnumber the other's at least twice (and there are some); else 'unknown'. */
export function guessLanguage(text: string): Guess {
  const { nl, fr } = languageScores(text)
  if (nl >= 1 && nl >= 2 * fr)
    return 'nl'
  if (fr >= 1 && fr >= 2 * nl)
    return 'fr'
  return 'unknown'
}
