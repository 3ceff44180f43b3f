import type { Localized } from './i18n'
import { afterEach, describe, expect, it } from 'vitest'
import { bilingual, currentLang, findDataGaps, formatDay, isTranslations, pickDeep, setLang, sourceOf, UI, ui, UI_LANGS } from './i18n'

afterEach(() => setLang(undefined))

describe('uI strings', () => {
  it('has every string in every language, and no language a copy of another', () => {
    const keys = (o: object) => Object.keys(o).sort()
    for (const lang of UI_LANGS) {
      expect(keys(UI[lang])).toEqual(keys(UI.nl))
      expect(keys(UI[lang].handout)).toEqual(keys(UI.nl.handout))
      expect(UI[lang].months).toHaveLength(12)
    }
    expect(UI.fr.handout).not.toEqual(UI.nl.handout)
  })

  it('says the handout labels and dates in each language', () => {
    const label = (lang: string) => `${ui(lang).handout.slide} 3 ${ui(lang).handout.of} 21`
    expect(label('nl')).toBe('Dia 3 van 21')
    expect(label('fr')).toBe('Diapositive 3 sur 21')
    expect([ui('nl').handout.continued, ui('fr').handout.continued, ui('nl').handout.page, ui('fr').handout.page]).toEqual(['vervolg', 'suite', 'Pagina', 'Page'])
    expect(formatDay(17, 6, 2008, 'nl')).toBe('17 juni 2008')
    expect(formatDay(17, 6, 2008, 'fr')).toBe('17 juin 2008')
    expect(ui('de')).toBe(UI.nl)
  })
})

describe('current language', () => {
  it('is set by setLang, else BX_LANG, else Dutch', () => {
    const before = process.env.BX_LANG
    delete process.env.BX_LANG
    expect(currentLang()).toBe('nl')
    process.env.BX_LANG = 'fr'
    expect(currentLang()).toBe('fr')
    setLang('nl')
    expect(currentLang()).toBe('nl')
    if (before === undefined)
      delete process.env.BX_LANG
    else process.env.BX_LANG = before
  })
})

describe('bilingual data', () => {
  interface Event { date: string, label: string, items?: string[] }
  const source: Localized<Event[]> = [
    { date: '2008-06-17', label: { nl: 'Nieuw Benelux-Verdrag', fr: 'Nouveau Traité Benelux' } },
    { date: '1985', label: 'Schengen', items: [{ nl: 'Raad', fr: 'Conseil' }, { nl: 'Hof' }] },
  ]

  it('picks each label in the current language and keeps the rest once', () => {
    setLang('fr')
    const data = bilingual<Event[]>(source)
    expect(data).toEqual([
      { date: '2008-06-17', label: 'Nouveau Traité Benelux' },
      { date: '1985', label: 'Schengen', items: ['Conseil', 'Hof'] },
    ])
    expect(sourceOf(data)).toBe(source)
    expect(pickDeep(source, 'nl')[0]).toEqual({ date: '2008-06-17', label: 'Nieuw Benelux-Verdrag' })
  })

  it('names the path of every label that lacks a language or names an unknown one', () => {
    expect(findDataGaps(source, ['nl', 'fr'])).toEqual([{ path: '[1].items[1]', missing: ['fr'], unknown: [] }])
    expect(findDataGaps({ groups: { a: { nl: 'x', de: 'y' } } }, ['nl', 'fr'])).toEqual([{ path: 'groups.a', missing: ['fr'], unknown: ['de'] }])
    expect(findDataGaps(source, ['nl', 'fr', 'en']).map(g => g.path)).toEqual(['[0].label', '[1].items[0]', '[1].items[1]'])
  })

  it('tells translations from ordinary objects', () => {
    expect(isTranslations({ nl: 'a', fr: 'b' })).toBe(true)
    expect(isTranslations({ theme1: 'a' })).toBe(false)
    expect(isTranslations({ nl: 1 })).toBe(false)
    expect(isTranslations({})).toBe(false)
  })
})
