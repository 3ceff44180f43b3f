import { describe, expect, it } from 'vitest'
import { validateProcessSteps } from './process-steps'

const steps = [
  { date: '05/2010', label: 'Bestuurlijke Bijeenkomst Urbiscoop', detail: 'Startpunt' },
  { label: 'Gemeenschappelijke verklaring' },
  { label: 'Aanduiding prioriteiten', items: ['Thema 1', 'Thema 2'] },
  { label: 'Commissie Urbiscoop' },
]

describe('validateProcessSteps', () => {
  it('accepts the Urbiscoop process', () => {
    expect(validateProcessSteps({ steps })).toEqual([])
    expect(validateProcessSteps({ steps, start: '1', direction: 'vertical', clicks: true })).toEqual([])
  })

  it.each([
    ['no steps', {}, '"steps" must be an array, got nothing'],
    ['empty steps', { steps: [] }, '"steps" is empty'],
    ['step not an object', { steps: [steps[0], 'x'] }, 'steps[1] must be an object with a label'],
    ['missing label', { steps: [steps[0], { date: '2012' }] }, 'steps[1].label is missing or empty'],
    ['date not text', { steps: [{ label: 'a', date: 2012 }] }, 'steps[0].date must be text, got a number'],
    ['items not a list', { steps: [{ label: 'a', items: 'x' }] }, 'steps[0].items must be a list of texts'],
    ['empty item', { steps: [{ label: 'a', items: [''] }] }, 'steps[0].items[0] is missing or empty'],
    ['unknown direction', { steps, direction: 'diagonal' }, '"direction" must be "horizontal" or "vertical", got the text "diagonal"'],
    ['bad start', { steps, start: 'x' }, '"start" must be a whole number'],
  ])('reports %s', (_name, props, message) => {
    expect(validateProcessSteps(props).join('\n')).toContain(message)
  })
})
