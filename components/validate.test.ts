import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import ComponentError from './ComponentError.vue'
import { describe as describeValue, optionalIcon, optionalText, optionalTextList, requireArray, requireText, requireTextEntries, toNumber, useProblems } from './validate'

describe('toNumber', () => {
  it.each([
    [3, 3],
    ['3', 3],
    [' 2.5 ', 2.5],
    ['', undefined],
    ['x', undefined],
    [Number.NaN, undefined],
    [null, undefined],
  ] as const)('%j -> %j', (input, output) => {
    expect(toNumber(input)).toBe(output)
  })
})

describe('field checks', () => {
  it('requireArray names the prop', () => {
    const problems: string[] = []
    expect(requireArray('1985', 'events', problems)).toBe(false)
    expect(requireArray([], 'events', problems)).toBe(false)
    expect(requireArray([1], 'events', problems)).toBe(true)
    expect(problems).toEqual(['"events" must be an array, got the text "1985"', '"events" is empty'])
  })

  it('requireText and optionalText name the entry and field', () => {
    const problems: string[] = []
    requireText({ label: ' ' }, 'label', 'events[1]', problems)
    requireText({ label: 'ok' }, 'label', 'events[0]', problems)
    optionalText({ detail: 4 }, 'detail', 'events[2]', problems)
    optionalText({}, 'detail', 'events[3]', problems)
    expect(problems).toEqual(['events[1].label is missing or empty', 'events[2].detail must be text, got a number'])
  })

  it('requireTextEntries and optionalTextList name each bad entry', () => {
    const problems: string[] = []
    requireTextEntries(['a', '', 3], 'groups[0].members', problems)
    optionalTextList({}, 'items', 'steps[0]', problems)
    optionalTextList({ items: 'x' }, 'items', 'steps[1]', problems)
    optionalTextList({ items: ['ok', ' '] }, 'items', 'steps[2]', problems)
    expect(problems).toEqual([
      'groups[0].members[1] is missing or empty',
      'groups[0].members[2] is missing or empty',
      'steps[1].items must be a list of texts',
      'steps[2].items[1] is missing or empty',
    ])
  })

  it.each([
    [{}, []],
    [{ icon: 'i-ph-scales' }, []],
    [{ icon: 'scales' }, ['themes[0].icon "scales" is not an icon class like "i-ph-scales"']],
    [{ icon: 4 }, ['themes[0].icon must be text, got a number']],
  ])('optionalIcon %j', (entry, expected) => {
    const problems: string[] = []
    optionalIcon(entry, 'themes[0]', 'i-ph-scales', problems)
    expect(problems).toEqual(expected)
  })

  it('describes values for messages', () => {
    expect(describeValue(undefined)).toBe('nothing')
    expect(describeValue([])).toBe('an array')
    expect(describeValue('x'.repeat(50))).toMatch(/…"$/)
  })
})

describe('useProblems and ComponentError', () => {
  afterEach(() => vi.restoreAllMocks())

  it('warns with the component name and renders a visible, marked error box', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const bad = ref(['"events" is empty'])
    const Host = defineComponent(() => {
      const problems = useProblems('Timeline', () => bad.value)
      return () => problems.value.length
        ? h(ComponentError, { component: 'Timeline', problems: problems.value })
        : h('p', 'fine')
    })
    const wrapper = mount(Host)
    expect(warn).toHaveBeenCalledWith('[Timeline] "events" is empty')
    const box = wrapper.get('[data-bx-error="Timeline"]')
    expect(box.attributes('role')).toBe('alert')
    expect(box.text()).toContain('Timeline: invalid input')
    expect(box.text()).toContain('"events" is empty')

    bad.value = []
    await nextTick()
    expect(wrapper.find('[data-bx-error]').exists()).toBe(false)
    expect(wrapper.text()).toBe('fine')
  })
})
