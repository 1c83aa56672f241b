import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, h, ref, shallowRef } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Problem } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import ListHeading from './ListHeading.vue'
import { headingKeys, pagedKeys } from './listKeys'
import PagedResults from './PagedResults.vue'

const router = createRouter({
  history: createMemoryHistory(),
  routes: ['admin-tokens', 'token-create'].map((name) => ({ path: `/${name}`, name, component: { render: () => null } })),
})
const global = { plugins: [i18n, router] }
beforeEach(() => setLocale('da'))

interface Page {
  items: { id: number }[]
  page: number
  totalPages: number
}

function source() {
  const loading = ref(true)
  const problem = ref<Problem | null>(null)
  const result = shallowRef<Page | null>(null)
  const reload = vi.fn()
  const total = computed(() => String(result.value?.items.length ?? ''))
  return { loading, problem, result, reload, total, pageLink: (page: number) => ({ name: 'admin-tokens', query: { page } }) }
}

describe('PagedResults', () => {
  it('says it is loading, then how many there are, the rows and the pages', async () => {
    const list = source()
    const wrapper = mount(PagedResults, {
      props: { list, keys: pagedKeys('tokens'), countTestid: 'count' },
      slots: { default: () => h('table', { 'data-testid': 'rows' }) },
      global,
    })
    expect(wrapper.get('[role="status"]').text()).toContain('Henter tokens')
    expect(wrapper.attributes('aria-busy')).toBe('true')

    list.result.value = { items: [{ id: 1 }, { id: 2 }], page: 1, totalPages: 3 }
    list.loading.value = false
    await flushPromises()
    expect(wrapper.get('[data-testid="count"]').text()).toBe('2 tokens')
    expect(wrapper.find('[data-testid="rows"]').exists()).toBe(true)
    expect(wrapper.get('nav').attributes('aria-label')).toBe('Sider i listen over tokens')
    expect(wrapper.attributes('aria-busy')).toBe('false')
  })

  it('says so when there are none, and offers to try again after a problem', async () => {
    const list = source()
    list.loading.value = false
    list.result.value = { items: [], page: 1, totalPages: 0 }
    const wrapper = mount(PagedResults, { props: { list, keys: pagedKeys('tokens', { paginationLabel: null }) }, global })
    expect(wrapper.text()).toContain('Der er ikke udstedt nogen tokens endnu.')
    expect(wrapper.find('nav').exists()).toBe(false)

    list.problem.value = { type: 'about:blank', title: 'Serverfejl', status: 500 }
    await flushPromises()
    await wrapper.get('button').trigger('click')
    expect(list.reload).toHaveBeenCalled()
  })
})

describe('ListHeading', () => {
  it('shows the heading, the lead and the button that creates one', () => {
    const wrapper = mount(ListHeading, { props: { keys: headingKeys('tokens'), create: 'token' }, global })
    expect(wrapper.get('h1').text()).toBe('Integrationer')
    expect(wrapper.get('.font-lead').text()).toContain('Tokens giver andre systemer adgang')
    const create = wrapper.get('[data-testid="create-token"]')
    expect(create.text()).toBe('Udsted token')
    expect(create.attributes('href')).toBe('/token-create')
  })

  it('takes a lead of its own, and has no button when nothing may be created', () => {
    const wrapper = mount(ListHeading, { props: { keys: headingKeys('tokens'), lead: 'Dit biblioteks tokens' }, global })
    expect(wrapper.get('.font-lead').text()).toBe('Dit biblioteks tokens')
    expect(wrapper.find('a').exists()).toBe(false)
  })
})
