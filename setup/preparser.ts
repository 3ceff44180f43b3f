/**
 * Slidev preparser of the theme: resolves the deck's language forms (setup/bilingual.ts)
 * to one language before Slidev parses the slides. The language is BX_LANG (set by
 * `briefing … --lang`), else the headmatter's `lang`; the built deck's headmatter then says
 * `lang: <that language>`, so `<html lang>` follows it. BX_LANG is set here when it was
 * not, for the define that vite.config.ts hands to the components (components/i18n.ts).
 */
import process from 'node:process'
import { definePreparserSetup } from '@slidev/types'
import { deckLanguages, selectLanguage } from './bilingual'

export default definePreparserSetup(({ headmatter }) => {
  const deck = deckLanguages(headmatter ?? {}, process.env.BX_LANG)
  process.env.BX_LANG = deck.lang
  // For vite.config.ts: a dev server of a multi-language deck refuses in-browser edits.
  process.env.BX_LANGUAGES = deck.languages.join(',')
  return [{
    name: 'benelux:bilingual',
    transformRawLines(lines) {
      lines.splice(0, lines.length, ...selectLanguage(lines, deck))
    },
  }]
})
