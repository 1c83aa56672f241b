import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, ref } from 'vue'
import { ProblemError } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import ConfirmAlert from '@/shared/components/ConfirmAlert.vue'
import ProblemAlert from '@/shared/components/ProblemAlert.vue'
import { confirmKeys, useConfirmed, type ConfirmedOptions } from './useConfirmed'

interface Row {
  id: number
  name: string
}

beforeEach(() => setLocale('da'))
afterEach(() => {
  document.body.innerHTML = ''
})

/** A list with "Slet" per row, asked about first, as the contact and activity lists have it. */
function mountList(options: Omit<ConfirmedOptions<Row>, 'problemBox' | 'keys' | 'params'>, closeOnFailure: boolean) {
  const List = defineComponent({
    components: { ConfirmAlert, ProblemAlert },
    setup() {
      const box = ref<HTMLElement | null>(null)
      const removal = useConfirmed<Row>({
        ...options,
        keys: confirmKeys('contacts.delete'),
        params: (row) => ({ name: row.name }),
        problemBox: closeOnFailure ? box : undefined,
      })
      const { pending, problem } = removal
      return { box, removal, pending, problem, rows: [{ id: 1, name: 'Anne' }, { id: 2, name: 'Bo' }] }
    },
    template: `
      <div>
        <div ref="box" tabindex="-1" data-testid="problem-box"><ProblemAlert v-if="problem && !pending" :problem="problem" /></div>
        <ConfirmAlert :confirmation="removal" data-testid="confirm" confirm-testid="confirm-button">
          <ProblemAlert v-if="problem" :problem="problem" />
        </ConfirmAlert>
        <button v-for="row in rows" :key="row.id" :data-testid="'delete-' + row.id" @click="removal.ask(row)">Slet {{ row.name }}</button>
      </div>`,
  })
  return mount(List, { global: { plugins: [i18n] }, attachTo: document.body })
}

describe('useConfirmed with ConfirmAlert', () => {
  it('asks first, with the question in focus, and acts only when confirmed', async () => {
    const act = vi.fn(async () => {})
    const done = vi.fn()
    const wrapper = mountList({ act, done }, true)
    await wrapper.get('[data-testid="delete-2"]').trigger('click')
    await flushPromises()
    const alert = wrapper.get('[data-testid="confirm"]')
    expect(alert.classes()).toContain('alert-warning')
    expect(alert.get('h2').text()).toBe(i18n.global.t('contacts.delete.confirmHeading', { name: 'Bo' }))
    expect(document.activeElement).toBe(alert.get('h2').element)
    expect(alert.get('.alert-text').text()).toBe(i18n.global.t('contacts.delete.confirmText'))
    expect(alert.get('[data-testid="confirm-button"]').text()).toBe(i18n.global.t('contacts.delete.confirm'))
    expect(act).not.toHaveBeenCalled()

    await alert.get('[data-testid="confirm-button"]').trigger('click')
    await flushPromises()
    expect(act).toHaveBeenCalledWith({ id: 2, name: 'Bo' })
    expect(done).toHaveBeenCalledWith({ id: 2, name: 'Bo' })
    expect(wrapper.find('[data-testid="confirm"]').exists()).toBe(false)
  })

  it('asks afresh about another row, with the new question in focus', async () => {
    const wrapper = mountList({ act: async () => {}, done: () => {} }, true)
    await wrapper.get('[data-testid="delete-1"]').trigger('click')
    await flushPromises()
    ;(wrapper.get('[data-testid="delete-2"]').element as HTMLElement).focus()
    await wrapper.get('[data-testid="delete-2"]').trigger('click')
    await flushPromises()
    const heading = wrapper.get('[data-testid="confirm"] h2')
    expect(heading.text()).toBe(i18n.global.t('contacts.delete.confirmHeading', { name: 'Bo' }))
    expect(document.activeElement).toBe(heading.element)
  })

  it('forgets the question on "Annullér"', async () => {
    const act = vi.fn(async () => {})
    const wrapper = mountList({ act, done: () => {} }, true)
    await wrapper.get('[data-testid="delete-1"]').trigger('click')
    await wrapper.get('[data-testid="confirm"] .button-secondary').trigger('click')
    expect(wrapper.find('[data-testid="confirm"]').exists()).toBe(false)
    expect(act).not.toHaveBeenCalled()
  })

  it('closes the question on failure, reloads a row changed meanwhile, and puts the problem in focus', async () => {
    const reload = vi.fn(async () => {})
    const wrapper = mountList(
      { act: () => Promise.reject(new ProblemError({ type: 'about:blank', title: 'Ændret af en anden', status: 412 })), done: () => {}, reloadOnFailure: reload },
      true,
    )
    await wrapper.get('[data-testid="delete-1"]').trigger('click')
    await wrapper.get('[data-testid="confirm-button"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="confirm"]').exists()).toBe(false)
    expect(reload).toHaveBeenCalledOnce()
    expect(wrapper.get('[data-testid="problem-box"]').text()).toContain('Ændret af en anden')
    expect(document.activeElement).toBe(wrapper.get('[data-testid="problem-box"]').element)
  })

  it('keeps the question open with the problem when the page shows it there', async () => {
    const wrapper = mountList({ act: () => Promise.reject(new ProblemError({ type: 'about:blank', title: 'Serverfejl', status: 500 })), done: () => {} }, false)
    await wrapper.get('[data-testid="delete-1"]').trigger('click')
    await wrapper.get('[data-testid="confirm-button"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="confirm"]').text()).toContain('Serverfejl')
    expect(wrapper.get('[data-testid="confirm-button"]').attributes('disabled')).toBeUndefined()
  })
})
