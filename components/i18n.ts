/**
 * The theme's languages: the strings its components, footer and handouts show (one typed
 * table per language), the build's current language, and `bilingual()` for deck data with
 * each label written as `{ nl: '…', fr: '…' }`.
 *
 * The current language is fixed per build: the CLI's --lang (or the headmatter `lang`),
 * handed to Vite as the define __BX_LANG__ (vite.config.ts); Node tools and tests read
 * BX_LANG or call setLang().
 */

export const UI_LANGS = ['nl', 'fr'] as const
export type UiLang = typeof UI_LANGS[number]

export interface UiStrings {
  /** `<footer aria-label>` */
  footer: string
  legend: string
  /** CityMap's default title. */
  mapTitle: string
  /** CityMap's screen-reader description: countries, then `count` and the city names. */
  mapDescription: (count: number, names: string) => string
  mapCredit: string
  /** Country names drawn on the map, by ISO code. */
  mapCountries: Record<string, string>
  /** OrgChart's screen-reader summary: "Organigram: A, met daaronder B; C. Stippellijnen: …" (colons included). */
  orgChart: string
  orgBelow: string
  orgDotted: string
  /** Chart: the source line's lead with its colon, the data table's first column, and the screen-reader summary. */
  chartSource: string
  chartCategory: string
  /** `range`: smallest and largest value as written (shares: percentages), and the unit. */
  chartSummary: (kind: 'column' | 'bar' | 'line' | 'share', stacked: boolean, series: string[], categories: number, range: { min: string, max: string, unit?: string }) => string
  /** A reference line's label on the chart, "doel: 3", and in the summary, "Referentielijn: doel: 3." */
  chartReference: (label: string, value: string) => string
  chartReferences: string
  months: readonly string[]
  /** Handout labels: "Dia 3 van 21", "Pagina 2 van 9", "(vervolg)". */
  handout: { slide: string, of: string, notes: string, page: string, ownNotes: string, continued: string }
  /** Suffixes of the PDF titles of the two handouts. */
  pdfTitle: { 'handout': string, 'handout-3up': string, 'bilingual': string }
}

export const UI: Record<UiLang, UiStrings> = {
  nl: {
    footer: 'Voettekst',
    legend: 'Legenda',
    mapTitle: 'Kaart van de steden',
    mapDescription: (count, names) => `Kaart van Nederland, België en Luxemburg met aangrenzend Duitsland en Frankrijk. ${count} steden: ${names}.`,
    mapCredit: 'Kaart: Natural Earth · Plaatsen: GeoNames (CC BY 4.0)',
    mapCountries: { NL: 'NEDERLAND', BE: 'BELGIË', LU: 'LUX.', DE: 'DUITSLAND', FR: 'FRANKRIJK' },
    orgChart: 'Organigram:',
    orgBelow: 'met daaronder',
    orgDotted: 'Stippellijnen:',
    chartSource: 'Bron:',
    chartCategory: 'Categorie',
    chartSummary: (kind, stacked, series, categories, range) => `${{ column: 'Kolomdiagram', bar: 'Staafdiagram', line: 'Lijndiagram', share: 'Verdeling in procent' }[kind]}${stacked ? ', gestapeld' : ''}: ${series.length === 1 ? 'één reeks' : `${series.length} reeksen`} (${series.join(', ')}) over ${categories} categorieën, ${kind === 'share' ? 'aandelen' : 'waarden'} van ${range.min} tot ${range.max}${range.unit ? ` ${range.unit}` : ''}. De waarden staan in de tabel.`,
    chartReference: (label, value) => label ? `${label}: ${value}` : value,
    chartReferences: 'Referentielijn:',
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    handout: { slide: 'Dia', of: 'van', notes: 'Sprekersnotities', page: 'Pagina', ownNotes: 'Eigen notities', continued: 'vervolg' },
    pdfTitle: { 'handout': ' (hand-out met sprekersnotities)', 'handout-3up': ' (hand-out, drie dia\'s per pagina)', 'bilingual': ' (tweetalige hand-out)' },
  },
  fr: {
    footer: 'Pied de page',
    legend: 'Légende',
    mapTitle: 'Carte des villes',
    mapDescription: (count, names) => `Carte des Pays-Bas, de la Belgique et du Luxembourg, avec l’Allemagne et la France voisines. ${count} villes\u00A0: ${names}.`,
    mapCredit: 'Carte\u00A0: Natural Earth · Lieux\u00A0: GeoNames (CC BY 4.0)',
    mapCountries: { NL: 'PAYS-BAS', BE: 'BELGIQUE', LU: 'LUX.', DE: 'ALLEMAGNE', FR: 'FRANCE' },
    orgChart: 'Organigramme\u00A0:',
    orgBelow: 'avec en dessous',
    orgDotted: 'Lignes pointillées\u00A0:',
    chartSource: 'Source\u00A0:',
    chartCategory: 'Catégorie',
    chartSummary: (kind, stacked, series, categories, range) => `${{ column: 'Histogramme', bar: 'Diagramme en barres', line: 'Graphique linéaire', share: 'Répartition en pourcentage' }[kind]}${stacked ? ', empilé' : ''}\u00A0: ${series.length === 1 ? 'une série' : `${series.length} séries`} (${series.join(', ')}) sur ${categories} catégories, ${kind === 'share' ? 'parts' : 'valeurs'} de ${range.min} à ${range.max}${range.unit ? ` ${range.unit}` : ''}. Les valeurs figurent dans le tableau.`,
    chartReference: (label, value) => label ? `${label}\u00A0: ${value}` : value,
    chartReferences: 'Ligne de référence\u00A0:',
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    handout: { slide: 'Diapositive', of: 'sur', notes: 'Notes de l’orateur', page: 'Page', ownNotes: 'Notes personnelles', continued: 'suite' },
    pdfTitle: { 'handout': ' (document avec notes de l’orateur)', 'handout-3up': ' (document, trois diapositives par page)', 'bilingual': ' (document bilingue)' },
  },
}

declare const __BX_LANG__: string | undefined

let override: string | undefined

function initialLang(): string {
  if (typeof __BX_LANG__ !== 'undefined' && __BX_LANG__)
    return __BX_LANG__
  // eslint-disable-next-line node/prefer-global/process -- this module also runs in the browser, without one
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.BX_LANG
  if (env)
    return env
  if (typeof document !== 'undefined' && document.documentElement.lang)
    return document.documentElement.lang
  return 'nl'
}

/** The language of this build (a deck language; the UI falls back to Dutch for others). */
export function currentLang(): string {
  return override ?? initialLang()
}

/** For Node tools and tests: the language `currentLang()` returns from now on. */
export function setLang(lang: string | undefined): void {
  override = lang
}

export function isUiLang(lang: string): lang is UiLang {
  return (UI_LANGS as readonly string[]).includes(lang)
}

/** The theme's strings in a language (Dutch for a language it has no strings for). */
export function ui(lang: string = currentLang()): UiStrings {
  return isUiLang(lang) ? UI[lang] : UI.nl
}

// ---------------------------------------------------------------------------------------
// Deck data with labels in several languages.

/** A text in several languages: `{ nl: 'Raad', fr: 'Conseil' }`. */
export type Translations = Readonly<Record<string, string>>

/** T with every string also allowed as a Translations object. */
export type Localized<T> = T extends string
  ? string | Translations
  : T extends readonly (infer U)[]
    ? readonly Localized<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Localized<T[K]> }
      : T

const RE_CODE = /^[a-z]{2,3}$/

/** A plain object whose keys are all language codes and whose values are all strings. */
export function isTranslations(value: unknown): value is Translations {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return false
  const entries = Object.entries(value)
  return entries.length > 0 && entries.every(([k, v]) => RE_CODE.test(k) && typeof v === 'string')
}

/** One text in `lang`; else in the first of `fallback` it has, else its first. */
export function pickText(text: Translations, lang: string, fallback: readonly string[] = []): string {
  return text[lang] ?? fallback.map(l => text[l]).find(v => v !== undefined) ?? Object.values(text)[0] ?? ''
}

/** Deep copy of `value` with every Translations object replaced by its text in `lang`. */
export function pickDeep<T>(value: Localized<T>, lang: string, fallback: readonly string[] = []): T {
  const walk = (v: unknown): unknown => {
    if (isTranslations(v))
      return pickText(v, lang, fallback)
    if (Array.isArray(v))
      return v.map(walk)
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    return v
  }
  return walk(value) as T
}

// On globalThis: a Node tool may load this module twice (CommonJS and ESM) and must still
// find the sources of data that the other copy made.
const sources: WeakMap<object, unknown> = ((globalThis as { __bxBilingualSources?: WeakMap<object, unknown> }).__bxBilingualSources ??= new WeakMap())

/**
 * Deck data in the current language: `export const history = bilingual<TimelineEvent[]>([…])`.
 * The result remembers its source, so `briefing check` can find labels that lack a
 * language (`sourceOf`, `findDataGaps`).
 */
export function bilingual<T>(value: Localized<T>): T {
  const picked = pickDeep<T>(value, currentLang())
  if (picked && typeof picked === 'object')
    sources.set(picked as object, value)
  return picked
}

/** The multi-language source of a value made by `bilingual()`; undefined for any other. */
export function sourceOf(value: unknown): unknown {
  return value && typeof value === 'object' ? sources.get(value) : undefined
}

export interface DataGap {
  /** e.g. `[2].label`, `groups.besluit` */
  path: string
  missing: string[]
  unknown: string[]
}

/** Every Translations object in `value` that lacks one of `languages` or names another. */
export function findDataGaps(value: unknown, languages: readonly string[], path = ''): DataGap[] {
  if (isTranslations(value)) {
    const keys = Object.keys(value)
    const missing = languages.filter(l => !keys.includes(l))
    const unknown = keys.filter(k => !languages.includes(k))
    return missing.length || unknown.length ? [{ path: path || '(value)', missing, unknown }] : []
  }
  if (Array.isArray(value))
    return value.flatMap((v, i) => findDataGaps(v, languages, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => findDataGaps(v, languages, path ? `${path}.${k}` : k))
  return []
}

/** '2008-06-17' style parts -> '17 juni 2008' / '17 juin 2008'. */
export function formatDay(day: number, month: number, year: number, lang: string = currentLang()): string {
  return `${day} ${ui(lang).months[month - 1]} ${year}`
}
