import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import { setLocale } from '@/i18n'
import { SEARCH_KINDS, fetchSearch, type SearchHit, type SearchResults } from './searchApi'
import SearchPage from './SearchPage.vue'
import { mountInApp } from '@/app/testMount'

vi.mock('./searchApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./searchApi')>()),
  fetchSearch: vi.fn(),
}))

const hit = (over: Partial<SearchHit> = {}): SearchHit => ({
  type: 'LIBRARY',
  id: 7,
  title: 'Sønderborg Bibliotek',
  snippet: [
    { text: 'Et af ', highlight: false },
    { text: 'bibliotekerne', highlight: true },
  ],
  href: '/api/libraries/7',
  route: '/biblioteker/7',
  ...over,
})

function results(items: SearchHit[], over: Partial<SearchResults> = {}): SearchResults {
  return {
    query: 'biblioteker',
    items,
    page: 1,
    size: 10,
    totalItems: items.length,
    capped: false,
    totalPages: items.length > 0 ? 1 : 0,
    facets: SEARCH_KINDS.map((type) => ({ type, count: type === 'LIBRARY' ? items.length : type === 'THEME' ? 2 : 0, capped: false })),
    corrected: null,
    ...over,
  }
}

async function mountAt(url: string) {
  return mountInApp(url, SearchPage)
}

beforeEach(() => {
  setLocale('da')
  vi.mocked(fetchSearch).mockReset()
})

describe('SearchPage', () => {
  it('searches for the URL\'s q and kinds, and shows each hit with its kind, link and snippet', async () => {
    vi.mocked(fetchSearch).mockResolvedValue(results([hit()]))
    const { wrapper } = await mountAt('/soeg?q=biblioteker&types=library')
    expect(vi.mocked(fetchSearch).mock.calls[0]?.[0]).toEqual({ q: 'biblioteker', page: 1, size: 10, types: ['LIBRARY'] })
    expect(wrapper.get<HTMLInputElement>('#search-q').element.value).toBe('biblioteker')
    expect(wrapper.get('[data-testid="result-count"]').text()).toBe('1 resultat')
    const item = wrapper.get('[data-testid="search-hit"]')
    expect(item.text()).toContain('Bibliotek')
    expect(item.get('a').attributes('href')).toBe('/biblioteker/7')
    expect(item.get('mark').text()).toBe('bibliotekerne')
  })

  it('offers the kinds that have hits, and the chosen ones, with their counts', async () => {
    vi.mocked(fetchSearch).mockResolvedValue(results([hit(), hit({ id: 8 })], { totalItems: 2 }))
    const { wrapper } = await mountAt('/soeg?q=biblioteker&types=project')
    expect(wrapper.findAll('[data-testid="search-kinds"] label').map((l) => l.text())).toEqual([
      'Biblioteker (2)',
      'Temaer (2)',
      'Projekter (0)',
    ])
    expect(wrapper.get<HTMLInputElement>('#search-kind-PROJECT').element.checked).toBe(true)
    expect(wrapper.get('[data-testid="result-count"]').text()).toBe('2 resultater')
  })

  it('narrows to a kind when its box is ticked, from page 1', async () => {
    vi.mocked(fetchSearch).mockResolvedValue(results([hit()]))
    const { wrapper, router } = await mountAt('/soeg?q=biblioteker&page=2')
    await wrapper.get('#search-kind-THEME').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'biblioteker', types: 'theme' })
  })

  it('says nothing was found and where to look around', async () => {
    vi.mocked(fetchSearch).mockResolvedValue(results([], { query: 'grøn omstilling' }))
    const { wrapper } = await mountAt('/soeg?q=gr%C3%B8n+omstilling')
    const empty = wrapper.get('[data-testid="empty-state"]')
    expect(empty.get('h2').text()).toBe('Ingen resultater for »grøn omstilling«')
    expect(wrapper.find('[data-testid="search-corrected"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="search-browse"] a').map((a) => a.attributes('href'))).toEqual([
      '/biblioteker',
      '/temaer',
      '/vaerktoejskassen',
      '/gode-eksempler',
    ])
  })

  it('says when the hits are for the words respelled (a typo corrected)', async () => {
    vi.mocked(fetchSearch).mockResolvedValue(results([hit()], { query: 'biblotekerne', corrected: 'bibliotekerne' }))
    const { wrapper } = await mountAt('/soeg?q=biblotekerne')
    expect(wrapper.get('[data-testid="search-corrected"]').text()).toBe('Ingen resultater for »biblotekerne«. Viser resultater for »bibliotekerne«.')
    expect(wrapper.findAll('[data-testid="search-hit"]')).toHaveLength(1)
  })

  it('says "over" when a kind has more hits than the search reads', async () => {
    const capped = results([hit()], { totalItems: 1000, totalPages: 100, capped: true })
    capped.facets = capped.facets.map((f) => (f.type === 'ACTIVITY' ? { ...f, count: 1000, capped: true } : f))
    vi.mocked(fetchSearch).mockResolvedValue(capped)
    const { wrapper } = await mountAt('/soeg?q=klima')
    expect(wrapper.get('[data-testid="result-count"]').text()).toBe('Over 1.000 resultater')
    expect(wrapper.get('[data-testid="search-kind-ACTIVITY"]').text()).toBe('Aktiviteter (1.000+)')
  })

  it('asks nothing without a search text and invites one', async () => {
    const { wrapper } = await mountAt('/soeg')
    expect(fetchSearch).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="search-results"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="search-browse"]').exists()).toBe(true)
  })

  it('shows a problem with the existing alert', async () => {
    vi.mocked(fetchSearch).mockRejectedValue(
      new ProblemError({ type: 'about:blank', title: 'Ugyldig forespørgsel', status: 400, detail: 'q er for lang' }),
    )
    const { wrapper } = await mountAt('/soeg?q=x')
    expect(wrapper.get('[data-testid="problem-alert"]').text()).toContain('Ugyldig forespørgsel')
  })
})
