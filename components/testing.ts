/**
 * Helpers for the components' mount tests (not used by slides): a stand-in for Slidev's
 * `v-click` directive that records the value each element was given, and a mount that
 * silences and records the components' console warnings.
 */
import type { Component, Directive } from 'vue'
import { mount } from '@vue/test-utils'
import { vi } from 'vitest'

export function mountWithClicks(component: Component, props: Record<string, unknown>, slots?: Record<string, string>) {
  const clickValues: unknown[] = []
  const click: Directive = {
    mounted(_el, binding) {
      clickValues.push(binding.value)
    },
  }
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const wrapper = mount(component, { props, slots, global: { directives: { click } } })
  const warnings = warn.mock.calls.map(args => args.join(' '))
  warn.mockRestore()
  return { wrapper, clickValues, warnings }
}
