import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { i18n, setLocale } from '@/i18n'
import { pageTitleOverride, setPageTitle, usePageHeading } from './pageTitle'

beforeEach(() => {
  setLocale('da')
  setPageTitle(null)
})

function page(name: () => string | null, notFound: () => boolean) {
  const Page = defineComponent({
    setup() {
      const heading = usePageHeading(name, notFound, { notFound: 'partnerships.detail.notFoundTitle', loading: 'partnerships.detail.titleFallback' })
      return () => h('h1', heading.value)
    },
  })
  return mount(Page, { global: { plugins: [i18n] } })
}

describe('usePageHeading', () => {
  it('shows a general heading while loading and leaves the document title to the route', async () => {
    const title = ref<string | null>(null)
    const wrapper = page(() => title.value, () => false)
    expect(wrapper.get('h1').text()).toBe(i18n.global.t('partnerships.detail.titleFallback'))
    expect(pageTitleOverride.value).toBeNull()

    title.value = 'Læseklubben'
    await wrapper.vm.$nextTick()
    expect(wrapper.get('h1').text()).toBe('Læseklubben')
    expect(pageTitleOverride.value).toBe('Læseklubben')
  })

  it('says when there is no such thing, in the heading and the document title', () => {
    const wrapper = page(() => null, () => true)
    const notFound = i18n.global.t('partnerships.detail.notFoundTitle')
    expect(wrapper.get('h1').text()).toBe(notFound)
    expect(pageTitleOverride.value).toBe(notFound)
  })
})
