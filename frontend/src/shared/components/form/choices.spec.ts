import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { ProblemError } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import SelectField from './SelectField.vue'
import { byName, useChoices } from './choices'

beforeEach(() => setLocale('da'))
afterEach(() => {
  document.body.innerHTML = ''
})

/** A select of partners, loaded by useChoices; says so when they could not be loaded. */
function mountSelect(fetcher: (signal: AbortSignal) => Promise<{ id: number; name: string }[]>) {
  const Form = defineComponent({
    components: { SelectField },
    setup() {
      const { options, failed, loading } = useChoices(fetcher, byName)
      return { options, failed, loading, value: '' }
    },
    template: `
      <p v-if="loading" data-testid="loading">Henter</p>
      <SelectField id="partner" v-model="value" label="Partner" :options="options" placeholder="Vælg" :hint="failed ? 'Partnerne kunne ikke hentes.' : null" />`,
  })
  return mount(Form, { global: { plugins: [i18n] }, attachTo: document.body })
}

describe('useChoices', () => {
  it('offers what the API lists, by name, once it has answered', async () => {
    let answer: (list: { id: number; name: string }[]) => void = () => {}
    const wrapper = mountSelect(() => new Promise((resolve) => (answer = resolve)))
    expect(wrapper.find('[data-testid="loading"]').exists()).toBe(true)
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['Vælg'])
    answer([
      { id: 3, name: 'Dansk Forfatterforening' },
      { id: 7, name: 'Naturstyrelsen' },
    ])
    await flushPromises()
    expect(wrapper.find('[data-testid="loading"]').exists()).toBe(false)
    expect(wrapper.findAll('option').map((o) => [o.attributes('value'), o.text()])).toEqual([
      ['', 'Vælg'],
      ['3', 'Dansk Forfatterforening'],
      ['7', 'Naturstyrelsen'],
    ])
    expect(wrapper.find('#partner-hint').exists()).toBe(false)
  })

  it('offers nothing and says so when the list could not be loaded', async () => {
    const wrapper = mountSelect(() => Promise.reject(new ProblemError({ type: 'about:blank', title: 'Fejl', status: 500 })))
    await flushPromises()
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['Vælg'])
    expect(wrapper.get('#partner-hint').text()).toBe('Partnerne kunne ikke hentes.')
  })
})
