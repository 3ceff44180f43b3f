/** Data and validation of <ProcessSteps>. */
import type { Problems } from './validate'
import { validateClicks } from './clicks'
import { describe, isRecord, optionalText, optionalTextList, requireArray, requireText, toNumber } from './validate'

export interface ProcessStep {
  label: string
  detail?: string
  /** Free text shown above the label, e.g. '05/2010' or '19 juin'. */
  date?: string
  items?: string[]
}

export type ProcessDirection = 'horizontal' | 'vertical'

export interface ProcessStepsProps {
  steps: ProcessStep[]
  start?: number | string
  direction?: ProcessDirection
  clicks?: boolean | string
}

export const DIRECTIONS: readonly ProcessDirection[] = ['horizontal', 'vertical']

export function validateProcessSteps(props: Partial<Record<keyof ProcessStepsProps, unknown>>): Problems {
  const problems: Problems = [...validateClicks(props.clicks)]
  if (props.start !== undefined) {
    const start = toNumber(props.start)
    if (start === undefined || !Number.isInteger(start) || start < 0)
      problems.push(`"start" must be a whole number, got ${describe(props.start)}`)
  }
  if (props.direction !== undefined && !DIRECTIONS.includes(props.direction as ProcessDirection))
    problems.push(`"direction" must be "horizontal" or "vertical", got ${describe(props.direction)}`)
  if (!requireArray(props.steps, 'steps', problems))
    return problems
  props.steps.forEach((step, i) => {
    const where = `steps[${i}]`
    if (!isRecord(step)) {
      problems.push(`${where} must be an object with a label`)
      return
    }
    requireText(step, 'label', where, problems)
    optionalText(step, 'detail', where, problems)
    optionalText(step, 'date', where, problems)
    optionalTextList(step, 'items', where, problems)
  })
  return problems
}
