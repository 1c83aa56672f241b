import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ActivityPage } from '@/api/types'
import { i18n, setLocale } from '@/i18n'
import { fetchActivities } from './activityApi'
import ActivityPages from './ActivityPages.vue'

vi.mock('./activityApi', async (original) => ({
  ...(await original<typeof import('./activityApi')>()),
  fetchActivities: vi.fn(),
}))

const empty = (totalPages: number): ActivityPage => ({ items: [], page: 2, size: 10, totalItems: 0, totalPages })

async function mountAt(path: string, props: InstanceType<typeof ActivityPages>['$props']) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/biblioteker/:id', name: 'library', component: { render: () => null } },
      { path: '/temaer/:slug', name: 'theme', component: { render: () => null } },
    ],
  })
  await router.push(path)
  const wrapper = mount(ActivityPages, { props, global: { plugins: [i18n, router] } })
  await flushPromises()
  return wrapper
}

beforeEach(() => setLocale('da'))
afterEach(() => vi.mocked(fetchActivities).mockReset())

describe('ActivityPages', () => {
  it("asks for a library's activities at the page in the URL, and its page links keep the rest of the query", async () => {
    vi.mocked(fetchActivities).mockResolvedValue(empty(3))
    const wrapper = await mountAt('/biblioteker/97?tab=x&aktiviteter=2', { library: { id: 97, name: 'Aalborg Bibliotekerne' } })
    expect(fetchActivities).toHaveBeenCalledWith({ libraryId: 97, page: 2, size: 10, sort: '-startsAt' }, expect.anything())
    expect(wrapper.get('[data-testid="library-activities-empty"]').text()).toBe('Biblioteket har ingen aktiviteter i temaerne endnu.')
    const links = wrapper.get('nav').findAll('a').map((a) => a.attributes('href'))
    expect(links).toContain('/biblioteker/97?tab=x')
    expect(links).toContain('/biblioteker/97?tab=x&aktiviteter=3')
  })

  it("asks for a theme's activities and links its pages on the theme's page", async () => {
    vi.mocked(fetchActivities).mockResolvedValue(empty(3))
    const wrapper = await mountAt('/temaer/ensomhed?aktiviteter=2', { theme: { id: 1, slug: 'ensomhed', title: 'Ensomhed' } })
    expect(fetchActivities).toHaveBeenCalledWith({ themeId: 1, page: 2, size: 10, sort: '-startsAt' }, expect.anything())
    expect(wrapper.find('[data-testid="theme-activities-empty"]').exists()).toBe(true)
    expect(wrapper.get('nav').findAll('a').map((a) => a.attributes('href'))).toContain('/temaer/ensomhed?aktiviteter=3')
  })
})
