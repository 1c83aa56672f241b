import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import AppBreadcrumbs from '@/shared/components/AppBreadcrumbs.vue'
import { i18n, setLocale } from '@/i18n'
import { useCrumbs } from './useCrumbs'

const router = createRouter({
  history: createMemoryHistory(),
  routes: ['home', 'partnerships', 'partnership'].map((name) => ({ path: `/${name}/:id?`, name, component: { render: () => null } })),
})
beforeEach(() => setLocale('da'))

describe('useCrumbs', () => {
  it('starts at the front page and leaves out a parent that is not loaded yet', async () => {
    const parent = ref<{ id: number; title: string } | null>(null)
    const Page = defineComponent({
      setup() {
        const crumbs = useCrumbs(() => [
          { label: 'Partnerskaber', to: { name: 'partnerships' } },
          parent.value && { label: parent.value.title, to: { name: 'partnership', params: { id: String(parent.value.id) } } },
          { label: 'Plan' },
        ])
        return () => h(AppBreadcrumbs, { items: crumbs.value, label: 'Brødkrummer' })
      },
    })
    const wrapper = mount(Page, { global: { plugins: [i18n, router] } })
    const texts = () => wrapper.findAll('.breadcrumbs__list-item').map((li) => li.text())
    expect(texts()).toEqual([i18n.global.t('nav.home'), 'Partnerskaber', 'Plan'])
    expect(wrapper.get('.breadcrumbs__link').attributes('href')).toBe('/home')
    expect(wrapper.findAll('[aria-current="page"]').map((li) => li.text())).toEqual(['Plan'])

    parent.value = { id: 4, title: 'Læseklubben' }
    await wrapper.vm.$nextTick()
    expect(texts()).toEqual([i18n.global.t('nav.home'), 'Partnerskaber', 'Læseklubben', 'Plan'])
    expect(wrapper.get('a[href="/partnership/4"]').text()).toBe('Læseklubben')
  })
})
