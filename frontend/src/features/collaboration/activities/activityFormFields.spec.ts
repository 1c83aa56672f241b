import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/i18n'
import { isoToDanishLocal } from '@/i18n/danishTime'
import ActivityForm from './ActivityForm.vue'
import { emptyActivityValues, type ActivityFormValues } from './activityForm'

function mountForm(values: ActivityFormValues, mode: 'full' | 'report' = 'full') {
  return mount(ActivityForm, {
    props: { modelValue: values, problem: null, submitting: false, submitLabel: 'Gem', mode, 'onUpdate:modelValue': () => undefined },
    global: { plugins: [i18n] },
  })
}

const hoursFromNow = (hours: number) => isoToDanishLocal(new Date(Date.now() + hours * 3_600_000).toISOString())

beforeEach(() => setLocale('da'))

describe('ActivityForm', () => {
  it('disables attendance and reach, and says why, until a start time is given', () => {
    const wrapper = mountForm(emptyActivityValues())
    expect(wrapper.get('#activity-attendance').attributes('disabled')).toBeDefined()
    expect(wrapper.get('#activity-reach').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-testid="figures-hint"]').text()).toContain('Angiv først, hvornår aktiviteten starter.')
  })

  it('keeps them disabled for an activity in the future', () => {
    const wrapper = mountForm({ ...emptyActivityValues(), startsAt: hoursFromNow(48) })
    expect(wrapper.get('#activity-attendance').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-testid="figures-hint"]').text()).toBe(
      'Fremmøde og rækkevidde kan først indberettes, når aktiviteten er gået i gang.',
    )
  })

  it('opens them once the activity has started', () => {
    const wrapper = mountForm({ ...emptyActivityValues(), startsAt: hoursFromNow(-2) })
    expect(wrapper.get('#activity-attendance').attributes('disabled')).toBeUndefined()
    expect(wrapper.get('#activity-reach').attributes('disabled')).toBeUndefined()
    // The explanation belongs to the group, so screen readers hear it with the fields.
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBe('activity-figures-hint')
  })

  it('shows only the figures when reporting', () => {
    const wrapper = mountForm({ ...emptyActivityValues(), title: 'Fortælleaften', startsAt: hoursFromNow(-2) }, 'report')
    expect(wrapper.find('#activity-title').exists()).toBe(false)
    expect(wrapper.find('#activity-startsAt').exists()).toBe(false)
    expect(wrapper.find('#activity-attendance').exists()).toBe(true)
  })

  it('shows the API’s field errors at the fields', () => {
    const wrapper = mount(ActivityForm, {
      props: {
        modelValue: { ...emptyActivityValues(), startsAt: hoursFromNow(-2) },
        problem: { type: 'about:blank', title: 'Ugyldige data', status: 400, errors: [{ field: 'attendance', message: 'kan først indberettes, når aktiviteten er begyndt' }] },
        submitting: false,
        submitLabel: 'Gem',
      },
      global: { plugins: [i18n] },
    })
    expect(wrapper.get('#activity-attendance-error').text()).toContain('Kan først indberettes, når aktiviteten er begyndt.')
    expect(wrapper.get('#activity-attendance').attributes('aria-invalid')).toBe('true')
  })
})
