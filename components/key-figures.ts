/** Data, validation and text of <KeyFigures>: two to four big numbers with label, unit and an optional earlier value. */
import type { ChartText } from './chart-data'
import type { Problems } from './validate'
import { formatNumber, textIn } from './chart-data'
import { currentLang, isTranslations } from './i18n'
import { describe, isNonEmptyString, isRecord, requireArray } from './validate'

export interface KeyFigure {
  /** A number (formatted per language: 1.234 / 1 234) or a text kept as written ('1958', '±40'). */
  value: number | string
  label: ChartText
  /** After the value, smaller: 'artikelen', '%'. */
  unit?: ChartText
  /** The value it compares with: "was 100" / "contre 100". */
  was?: number | string
}

export interface KeyFiguresProps {
  figures: KeyFigure[]
}

export interface KeyFigureText { value: string, unit?: string, label: string, was?: string }

const isText = (v: unknown) => isNonEmptyString(v) || isTranslations(v)
const isValue = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || isNonEmptyString(v)

export function validateKeyFigures(props: Partial<Record<keyof KeyFiguresProps, unknown>>): Problems {
  const problems: Problems = []
  if (!requireArray(props.figures, 'figures', problems))
    return problems
  if (props.figures.length < 2 || props.figures.length > 4)
    problems.push(`"figures" needs 2 to 4 figures, got ${props.figures.length}`)
  props.figures.forEach((f, i) => {
    const where = `figures[${i}]`
    if (!isRecord(f)) {
      problems.push(`${where} must be an object with value and label`)
      return
    }
    if (!isValue(f.value))
      problems.push(`${where}.value must be a number or a text, got ${describe(f.value)}`)
    if (!isText(f.label))
      problems.push(`${where}.label is missing (text or { nl, fr })`)
    if (f.unit !== undefined && !isText(f.unit))
      problems.push(`${where}.unit must be text or { nl, fr }, got ${describe(f.unit)}`)
    if (f.was !== undefined && !isValue(f.was))
      problems.push(`${where}.was must be a number or a text, got ${describe(f.was)}`)
  })
  return problems
}

const WAS: Record<string, string> = { nl: 'was', fr: 'contre' }

/** One figure's texts in `lang`: numbers grouped per language, the comparison as "was 100" / "contre 100". */
export function keyFigureText(figure: KeyFigure, lang: string = currentLang()): KeyFigureText {
  const value = (v: number | string) => typeof v === 'number' ? formatNumber(v, lang) : v
  const unit = figure.unit === undefined ? undefined : textIn(figure.unit, lang)
  return {
    value: value(figure.value),
    unit,
    label: textIn(figure.label, lang),
    was: figure.was === undefined ? undefined : `${WAS[lang] ?? WAS.nl} ${value(figure.was)}${unit ? ` ${unit}` : ''}`,
  }
}
