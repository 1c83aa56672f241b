import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import AppBreadcrumbs from '@/shared/components/AppBreadcrumbs.vue'
import { pageTitleOverride } from '@/shared/composables/pageTitle'
import { i18n, setLocale } from '@/i18n'
import { periodText, usePartnershipSubpage } from './partnershipPage'
import PartnershipPartners from './PartnershipPartners.vue'

const routes = ['home', 'partnerships', 'partnership', 'partner'].map((name) => ({ path: `/${name}/:id?`, name, component: { render: () => null } }))
const router = createRouter({ history: createMemoryHistory(), routes })
const t = i18n.global.t as (key: string, named: Record<string, string>) => string
beforeEach(() => setLocale('da'))

describe('periodText', () => {
  it('gives the period from the dates there are', () => {
    expect(periodText({ startsOn: '2025-03-01', endsOn: '2025-12-31' }, t, 'da')).toBe('1. marts 2025 – 31. december 2025')
    expect(periodText({ startsOn: '2025-03-01' }, t, 'da')).toBe('Fra 1. marts 2025')
    expect(periodText({ endsOn: '2025-12-31' }, t, 'da')).toBe('Til 31. december 2025')
    expect(periodText({}, t, 'da')).toBeNull()
  })
})

describe('usePartnershipSubpage', () => {
  it('names the page after the partnership and leads the breadcrumbs through it once it is loaded', async () => {
    const partnership = ref<{ id: number; title: string } | null>(null)
    const Page = defineComponent({
      setup() {
        const { heading, crumbs } = usePartnershipSubpage('plan', partnership, ref(null), ref(false))
        return () => [h('h1', heading.value), h(AppBreadcrumbs, { items: crumbs.value, label: 'Brødkrummer' })]
      },
    })
    const wrapper = mount(Page, { global: { plugins: [i18n, router] } })
    expect(wrapper.get('h1').text()).toBe('Plan')
    expect(pageTitleOverride.value).toBeNull()

    partnership.value = { id: 3, title: 'Læselyst' }
    await wrapper.vm.$nextTick()
    expect(wrapper.get('h1').text()).toBe('Plan: Læselyst')
    expect(pageTitleOverride.value).toBe('Plan: Læselyst')
    expect(wrapper.findAll('.breadcrumbs__list-item').map((li) => li.text())).toEqual(['Forside', 'Partnerskaber', 'Læselyst', 'Plan'])
    expect(wrapper.get('a[href="/partnership/3"]').text()).toBe('Læselyst')
  })
})

describe('PartnershipPartners', () => {
  it('lists each partner with its role, linked to its page', () => {
    const partners = [{ partner: { id: 8, name: 'DR', type: 'MEDIA' as const, national: true }, role: 'Formidling' }]
    const wrapper = mount(PartnershipPartners, { props: { partners }, global: { plugins: [i18n, router] } })
    expect(wrapper.get('li').text()).toBe('DR – Formidling')
    expect(wrapper.get('a').attributes('href')).toBe('/partner/8')
  })
})
