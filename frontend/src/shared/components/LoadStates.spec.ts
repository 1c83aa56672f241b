import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { h, ref } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Problem } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import { loadKeys } from './detailPage'
import { detailPageTexts, editKeys } from './form/editPage'
import LoadStates from './LoadStates.vue'

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/temaer', name: 'themes', component: { render: () => null } }] })
beforeEach(() => setLocale('da'))

function state() {
  return { loading: ref(true), notFound: ref(false), problem: ref<Problem | null>(null), reload: vi.fn() }
}

function mountStates(s: ReturnType<typeof state>, props: Record<string, unknown> = {}) {
  return mount(LoadStates, {
    props: { state: s, keys: loadKeys('themes.detail'), back: { name: 'themes' }, notFoundTestid: 'nf', ...props },
    slots: { default: () => h('p', { 'data-testid': 'content' }, 'Indhold') },
    global: { plugins: [i18n, router] },
  })
}

describe('LoadStates', () => {
  it('says it is loading, then shows the content', async () => {
    const s = state()
    const wrapper = mountStates(s)
    expect(wrapper.get('[role="status"]').text()).toContain(i18n.global.t('themes.detail.loading'))
    expect(wrapper.find('[data-testid="content"]').exists()).toBe(false)
    s.loading.value = false
    await flushPromises()
    expect(wrapper.get('[data-testid="content"]').text()).toBe('Indhold')
  })

  it('says there is no such thing, with the way back to the list', async () => {
    const s = state()
    s.loading.value = false
    s.notFound.value = true
    const wrapper = mountStates(s)
    expect(wrapper.get('[data-testid="nf"]').text()).toBe(i18n.global.t('themes.detail.notFoundText'))
    expect(wrapper.get('a').attributes('href')).toBe('/temaer')
    expect(wrapper.get('a').text()).toBe(i18n.global.t('themes.detail.backToList'))
  })

  it('shows a load problem with "try again", and the way back only where the page wants it', async () => {
    const s = state()
    s.loading.value = false
    s.problem.value = { type: 'about:blank', title: 'Serverfejl', status: 500 }
    const wrapper = mountStates(s)
    expect(wrapper.get('[role="alert"]').text()).toContain('Serverfejl')
    expect(wrapper.find('a').exists()).toBe(true)
    await wrapper.get('[role="alert"] button').trigger('click')
    expect(s.reload).toHaveBeenCalled()

    const without = mountStates(s, { backOnProblem: false })
    expect(without.find('a').exists()).toBe(false)
  })

  it("lets an edit page say what the record's own page says while it is not there", () => {
    const s = state()
    s.loading.value = false
    s.notFound.value = true
    const keys = editKeys('libraryForm', detailPageTexts('library'))
    const wrapper = mountStates(s, { keys })
    expect(wrapper.get('[data-testid="nf"]').text()).toBe(i18n.global.t('library.notFoundText'))
    expect(wrapper.get('a').text()).toBe(i18n.global.t('library.backToList'))
    expect(keys.notFoundHeading).toBe('library.notFoundTitle')
  })
})
