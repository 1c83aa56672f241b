import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import type { Problem } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import FormShell from './FormShell.vue'
import type { SummaryItem } from './formErrors'

beforeEach(() => setLocale('da'))
afterEach(() => {
  document.body.innerHTML = ''
})

const validation: Problem = { type: 'about:blank', title: 'Ugyldige data', status: 400, errors: [{ field: 'name', message: 'skal udfyldes' }] }
const conflict: Problem = { type: 'about:blank', title: 'Navnet er i brug', status: 409 }

/** A page with one field, the way the forms use the shell. */
function mountForm(options: { saveDisabled?: boolean } = {}) {
  const problem = ref<Problem | null>(null)
  const items = ref<SummaryItem[]>([])
  const Page = defineComponent({
    setup() {
      return () =>
        h('div', [
          h(
            FormShell,
            {
              problem: problem.value,
              items: items.value,
              name: 'partner',
              submitLabel: 'Gem partner',
              submitting: false,
              saveDisabled: options.saveDisabled,
              onSubmit: () => submitted.value++,
            },
            {
              default: () => h('input', { id: 'partner-name', 'aria-label': 'Navn' }),
              actions: () => h('a', { href: '/admin/partnere' }, 'Annullér'),
            },
          ),
        ])
    },
  })
  const submitted = ref(0)
  const wrapper = mount(Page, { global: { plugins: [i18n] }, attachTo: document.body })
  return { wrapper, problem, items, submitted }
}

describe('FormShell', () => {
  it('shows the fields, the submit button and the page\'s other buttons, and submits', async () => {
    const { wrapper, submitted } = mountForm()
    const form = wrapper.get('[data-testid="partner-form"]')
    expect(form.find('#partner-name').exists()).toBe(true)
    const save = wrapper.get('[data-testid="partner-save"]')
    expect(save.text()).toBe('Gem partner')
    expect(form.get('a').text()).toBe('Annullér')
    await form.trigger('submit')
    expect(submitted.value).toBe(1)
    expect(wrapper.find('[data-testid="error-summary"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="problem-alert"]').exists()).toBe(false)
  })

  it('lists field errors on top, linked to the field, and moves focus there after a failed save', async () => {
    const { wrapper, problem, items } = mountForm()
    items.value = [{ targetId: 'partner-name', label: 'Navn', message: 'Skal udfyldes.' }]
    problem.value = validation
    await flushPromises()
    const summary = wrapper.get('[data-testid="error-summary"]')
    expect(summary.get('a').text()).toBe('Navn: Skal udfyldes.')
    expect(summary.get('a').attributes('href')).toBe('#partner-name')
    expect(document.activeElement).toBe(summary.element)
  })

  it('shows any other problem as it came, with focus on it', async () => {
    const { wrapper, problem } = mountForm()
    problem.value = conflict
    await flushPromises()
    const alert = wrapper.get('[data-testid="problem-alert"]')
    expect(alert.text()).toContain('Navnet er i brug')
    expect(document.activeElement).toBe(alert.element.parentElement)
  })

  it('keeps saving off while the page says so', () => {
    const { wrapper } = mountForm({ saveDisabled: true })
    expect(wrapper.get('[data-testid="partner-save"]').attributes('disabled')).toBeDefined()
  })
})
