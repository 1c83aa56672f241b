import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/i18n'
import FieldError from './FieldError.vue'
import SelectField from './SelectField.vue'
import TextAreaField from './TextAreaField.vue'
import TextField from './TextField.vue'

beforeEach(() => setLocale('da'))
const global = { plugins: [i18n] }

describe('FormGroup (through the field components)', () => {
  it('labels the input, marks an optional one and describes it by its hint', () => {
    const wrapper = mount(TextField, {
      props: { id: 'theme-title', label: 'Titel', hint: 'Højst 200 tegn', optional: true, modelValue: '', maxlength: '200' },
      global,
    })
    expect(wrapper.get('label[for="theme-title"]').text()).toBe('Titel (frivilligt)')
    expect(wrapper.get('#theme-title-hint').text()).toBe('Højst 200 tegn')
    const input = wrapper.get('input#theme-title')
    expect(input.attributes('aria-describedby')).toBe('theme-title-hint')
    expect(input.attributes('aria-invalid')).toBeUndefined()
    expect(input.attributes('maxlength')).toBe('200')
    expect(wrapper.find('.form-error-message').exists()).toBe(false)
    expect(wrapper.get('.form-group').classes()).not.toContain('form-error')
  })

  it('shows the error above the input, read out as an error, and marks the input invalid', () => {
    const wrapper = mount(TextAreaField, {
      props: { id: 'theme-summary', label: 'Kort beskrivelse', hint: 'Et par sætninger', error: 'Skal udfyldes.', modelValue: '' },
      global,
    })
    expect(wrapper.get('.form-group').classes()).toContain('form-error')
    expect(wrapper.get('#theme-summary-error').text()).toBe('Fejl: Skal udfyldes.')
    expect(wrapper.get('#theme-summary-error .sr-only').text()).toBe('Fejl:')
    const textarea = wrapper.get('textarea#theme-summary')
    expect(textarea.attributes('aria-invalid')).toBe('true')
    expect(textarea.attributes('aria-describedby')).toBe('theme-summary-hint theme-summary-error')
  })

  it('gives a select its options after the placeholder', () => {
    const wrapper = mount(SelectField, {
      props: { id: 'theme-season', label: 'Sæson', options: [{ value: 'SPRING', label: 'Forår' }], placeholder: 'Vælg', error: 'Vælg en sæson.', modelValue: '' },
      global,
    })
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['Vælg', 'Forår'])
    expect(wrapper.get('select').attributes('aria-describedby')).toBe('theme-season-error')
  })
})

describe('FieldError', () => {
  it('shows nothing without an error, and the error as a div with the page attributes', () => {
    expect(mount(FieldError, { props: { error: null }, global }).html()).toBe('<!--v-if-->')
    const wrapper = mount(FieldError, {
      props: { error: 'Højst 50.', tag: 'div' },
      attrs: { id: 'theme-milestones', tabindex: '-1', class: 'samspil-focus-target' },
      global,
    })
    expect(wrapper.element.tagName).toBe('DIV')
    expect(wrapper.classes()).toEqual(['form-error-message', 'samspil-focus-target'])
    expect(wrapper.attributes('id')).toBe('theme-milestones')
    expect(wrapper.text()).toBe('Fejl: Højst 50.')
  })
})
