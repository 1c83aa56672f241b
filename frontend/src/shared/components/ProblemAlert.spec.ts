import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/i18n'
import ProblemAlert from './ProblemAlert.vue'

afterEach(() => setLocale('da'))

const mountAlert = (props: InstanceType<typeof ProblemAlert>['$props']) =>
  mount(ProblemAlert, { props, global: { plugins: [i18n] } })

describe('ProblemAlert', () => {
  it('shows the title and detail as an alert', () => {
    const wrapper = mountAlert({
      problem: { type: 'about:blank', title: 'Ugyldig forespørgsel', status: 400, detail: 'size er for stor' },
    })
    expect(wrapper.attributes('role')).toBe('alert')
    expect(wrapper.get('h2').text()).toContain('Ugyldig forespørgsel')
    expect(wrapper.text()).toContain('size er for stor')
    expect(wrapper.find('ul').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('lists field errors and the correlation id', () => {
    const wrapper = mountAlert({
      problem: {
        type: 'about:blank',
        title: 'Validering fejlede',
        status: 400,
        correlationId: 'c0ffee',
        errors: [
          { field: 'name', message: 'skal udfyldes' },
          { field: 'libraryNumber', message: 'skal være 6 cifre' },
        ],
      },
    })
    const items = wrapper.findAll('li').map((li) => li.text())
    expect(items).toEqual(['name: skal udfyldes', 'libraryNumber: skal være 6 cifre'])
    expect(wrapper.text()).toContain('Følgende felter har fejl:')
    expect(wrapper.text()).toContain('Fejlreference: c0ffee')
  })

  it('offers a retry button that emits retry, in the chosen language', async () => {
    setLocale('en')
    const wrapper = mountAlert({
      problem: { type: 'about:blank', title: 'Oops', status: 500 },
      retryable: true,
      headingLevel: 'h3',
    })
    expect(wrapper.find('h3').exists()).toBe(true)
    const button = wrapper.get('button')
    expect(button.text()).toBe('Try again')
    await button.trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })
})
