import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import type { Problem } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import DeleteSection from './DeleteSection.vue'

const refused: Problem = { type: 'about:blank', title: 'Kan ikke slettes', status: 409, references: [{ entity: 'contact', count: 2 }] }

/** The section as a page uses it: the page owns `confirming`. */
function mountSection(problem: Problem | null = null, slots = {}) {
  const confirming = ref(false)
  const Page = defineComponent({
    setup: () => () =>
      h(
        DeleteSection,
        {
          heading: 'Slet temaet',
          intro: 'Et tema kan kun slettes, når intet bruger det.',
          startLabel: 'Slet tema',
          confirmHeading: 'Vil du slette Læselyst?',
          confirmText: 'Det kan ikke fortrydes.',
          confirmLabel: 'Ja, slet',
          confirming: confirming.value,
          deleting: false,
          problem,
          onStart: () => (confirming.value = true),
          onCancel: () => (confirming.value = false),
        },
        slots,
      ),
  })
  return { wrapper: mount(Page, { global: { plugins: [i18n] }, attachTo: document.body }), confirming }
}

beforeEach(() => setLocale('da'))
afterEach(() => {
  document.body.innerHTML = ''
})

describe('DeleteSection', () => {
  it('asks before deleting and moves focus to the question', async () => {
    const { wrapper } = mountSection()
    expect(wrapper.find('[data-testid="delete-confirm"]').exists()).toBe(false)

    await wrapper.get('[data-testid="delete-start"]').trigger('click')
    await nextTick()
    const question = wrapper.get('[data-testid="delete-confirm"] h3')
    expect(question.text()).toBe('Vil du slette Læselyst?')
    expect(document.activeElement).toBe(question.element)

    await wrapper.get('[data-testid="delete-confirm"] .button-secondary').trigger('click')
    expect(wrapper.find('[data-testid="delete-confirm"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="delete-start"]').text()).toBe('Slet tema')
  })

  it('shows a refusal as a problem, or as the page says it in the refused slot', () => {
    expect(mountSection(refused).wrapper.get('[data-testid="problem-alert"]').text()).toContain('Kan ikke slettes')

    const { wrapper } = mountSection(refused, {
      refused: ({ problem }: { problem: Problem }) => h('p', { 'data-testid': 'own-refusal' }, `${problem.references?.[0]?.count} kontakter`),
    })
    expect(wrapper.get('[data-testid="own-refusal"]').text()).toBe('2 kontakter')
    expect(wrapper.find('[data-testid="problem-alert"]').exists()).toBe(false)
  })
})
