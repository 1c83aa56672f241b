import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/i18n'
import CheckboxesField from './CheckboxesField.vue'

beforeEach(() => setLocale('da'))

const options = [
  { value: 'IDEA', label: '1. Idé' },
  { value: 'PLAN', label: '2. Plan' },
]

describe('CheckboxesField', () => {
  it('offers each choice as a labelled checkbox under the legend, hint and error, and keeps the chosen values', async () => {
    const wrapper = mount(CheckboxesField, {
      props: {
        id: 'toolbox-phases',
        label: 'Faser',
        hint: 'Vælg de faser, værktøjet hører til.',
        error: 'Vælg mindst én fase',
        optional: true,
        options,
        inputId: (code: string) => `toolbox-phase-${code}`,
        modelValue: ['PLAN'],
        'onUpdate:modelValue': (value: string[]) => wrapper.setProps({ modelValue: value }),
      },
      global: { plugins: [i18n] },
    })
    expect(wrapper.get('legend').text()).toBe(`Faser (${i18n.global.t('form.optional')})`)
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBe('toolbox-phases-hint')
    expect(wrapper.get('#toolbox-phases-hint').text()).toBe('Vælg de faser, værktøjet hører til.')
    expect(wrapper.text()).toContain('Vælg mindst én fase')
    expect(wrapper.get('label[for="toolbox-phase-IDEA"]').text()).toBe('1. Idé')
    expect((wrapper.get('#toolbox-phase-PLAN').element as HTMLInputElement).checked).toBe(true)

    await wrapper.get('#toolbox-phase-IDEA').setValue(true)
    expect(wrapper.props('modelValue')).toEqual(['PLAN', 'IDEA'])
  })

  it('shows no list while there is nothing to choose', () => {
    const wrapper = mount(CheckboxesField, {
      props: { id: 'x', label: 'Uger', options: [], inputId: (v: string) => v, modelValue: [] },
      global: { plugins: [i18n] },
    })
    expect(wrapper.find('ul').exists()).toBe(false)
    expect(wrapper.find('fieldset').attributes('aria-describedby')).toBeUndefined()
  })
})
