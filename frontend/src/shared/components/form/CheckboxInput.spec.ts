import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import CheckboxInput from './CheckboxInput.vue'
import CheckboxField from './CheckboxField.vue'

describe('CheckboxInput', () => {
  it('names its box for screen readers only when the label is hidden, and keeps dkfds’s drawn box', () => {
    const wrapper = mount(CheckboxInput, {
      props: { id: 'choose-7', label: 'Vælg Aalborg Bibliotekerne', hideLabel: true, modelValue: false, 'data-testid': 'choose-7' },
    })
    const input = wrapper.get('input')
    expect(input.attributes('data-testid')).toBe('choose-7')
    expect(wrapper.get('label').attributes('for')).toBe('choose-7')
    expect(wrapper.get('label .sr-only').text()).toBe('Vælg Aalborg Bibliotekerne')
  })

  it('shows a state it is given and reports a click without changing the state itself', async () => {
    const wrapper = mount(CheckboxInput, { props: { id: 'step-x', label: 'Aftale skrevet', modelValue: true } })
    const input = wrapper.get<HTMLInputElement>('input')
    expect(input.element.checked).toBe(true)
    expect(wrapper.find('.sr-only').exists()).toBe(false)
    await input.setValue(false)
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
    // The parent answers: say, the save failed and the step stays done.
    await wrapper.setProps({ modelValue: false })
    await wrapper.setProps({ modelValue: true })
    expect(input.element.checked).toBe(true)
  })
})

describe('CheckboxField', () => {
  it('ties the box to its hint and its error', () => {
    const wrapper = mount(CheckboxField, {
      props: { id: 'active', label: 'Aktiv', hint: 'Vises offentligt', error: 'Skal vælges', modelValue: false },
      global: { plugins: [i18n] },
    })
    const input = wrapper.get('input')
    expect(input.attributes('aria-describedby')).toBe('active-hint active-error')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#active-hint').text()).toBe('Vises offentligt')
    expect(wrapper.get('#active-error').text()).toContain('Skal vælges')
  })
})
