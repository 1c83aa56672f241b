import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import type { LibraryPage, LibrarySummary, Region } from '@/api/types'
import { setLocale } from '@/i18n'
import { fetchRegions } from '@/shared/reference/regions'
import LibraryListPage from './LibraryListPage.vue'
import { fetchLibraries } from './libraryApi'
import { mountInApp } from '@/app/testMount'

vi.mock('./libraryApi', () => ({
  fetchLibraries: vi.fn(),
  fetchLibrary: vi.fn(),
}))
vi.mock('@/shared/reference/regions', () => ({
  fetchRegions: vi.fn(),
}))

const regions: Region[] = [
  { code: 1081, name: 'Region Nordjylland', nuts2: 'DK05', municipalityCount: 11 },
  { code: 1084, name: 'Region Hovedstaden', nuts2: 'DK01', municipalityCount: 29 },
]

function summary(id: number, name: string, municipality: string, region: Region, central: boolean): LibrarySummary {
  return {
    id,
    name,
    libraryNumber: `7${String(id).padStart(5, '0')}`,
    isil: `DK-7${String(id).padStart(5, '0')}`,
    municipality: { code: 100 + id, name: municipality },
    region: { code: region.code, name: region.name },
    centralLibrary: central,
    city: municipality,
    active: true,
    updatedAt: '2025-01-01T10:00:00Z',
  }
}

function page(items: LibrarySummary[], overrides: Partial<LibraryPage> = {}): LibraryPage {
  return { items, page: 1, size: 20, totalItems: items.length, totalPages: items.length > 0 ? 1 : 0, ...overrides }
}

const aalborg = summary(1, 'Aalborg Bibliotekerne', 'Aalborg', regions[0]!, true)
const hjoerring = summary(2, 'Hjørring Bibliotekerne', 'Hjørring', regions[0]!, false)

async function mountAt(url: string) {
  return mountInApp(url, LibraryListPage)
}

beforeEach(() => {
  setLocale('da')
  vi.mocked(fetchRegions).mockResolvedValue(regions)
})

afterEach(() => {
  vi.mocked(fetchLibraries).mockReset()
  vi.mocked(fetchRegions).mockReset()
})

describe('LibraryListPage', () => {
  it('renders a row per library with name link, municipality, region, ISIL and central yes/no', async () => {
    vi.mocked(fetchLibraries).mockResolvedValue(page([aalborg, hjoerring]))
    const { wrapper } = await mountAt('/biblioteker')

    expect(fetchLibraries).toHaveBeenCalledWith({ page: 1, size: 20, sort: 'name' }, expect.any(AbortSignal))
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    const cells = rows[0]!.findAll('th, td').map((c) => c.text())
    expect(cells).toEqual(['Aalborg Bibliotekerne', 'Aalborg', 'Region Nordjylland', 'DK-700001', 'Ja'])
    expect(rows[1]!.findAll('td').at(-1)!.text()).toBe('Nej')
    expect(rows[0]!.get('a').attributes('href')).toBe('/biblioteker/1')
    expect(wrapper.get('[data-testid="result-count"]').text()).toBe('Viser 1-2 af 2')
    expect(wrapper.get('th[aria-sort]').text()).toBe('Navn')
    // Region options come from the API.
    expect(wrapper.findAll('#library-region option').map((o) => o.text())).toEqual([
      'Alle regioner',
      'Region Nordjylland',
      'Region Hovedstaden',
    ])
  })

  it('reads the state from the URL and survives bad values', async () => {
    vi.mocked(fetchLibraries).mockResolvedValue(page([aalborg]))
    const { wrapper } = await mountAt('/biblioteker?region=1081&q=Aal&sort=bogus&page=abc')

    expect(fetchLibraries).toHaveBeenCalledWith(
      { page: 1, size: 20, sort: 'name', region: 1081, q: 'Aal' },
      expect.any(AbortSignal),
    )
    expect((wrapper.get('#library-region').element as HTMLSelectElement).value).toBe('1081')
    expect((wrapper.get('#library-search').element as HTMLInputElement).value).toBe('Aal')
  })

  it('puts a region change in the URL and starts again at page 1', async () => {
    vi.mocked(fetchLibraries).mockResolvedValue(page([aalborg, hjoerring], { page: 2, totalItems: 22, totalPages: 2 }))
    const { wrapper, router } = await mountAt('/biblioteker?page=2')

    await wrapper.get('#library-region').setValue('1081')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ region: '1081' })
    expect(fetchLibraries).toHaveBeenLastCalledWith(
      { page: 1, size: 20, sort: 'name', region: 1081 },
      expect.any(AbortSignal),
    )
  })

  it('submits the search to the URL', async () => {
    vi.mocked(fetchLibraries).mockResolvedValue(page([aalborg]))
    const { wrapper, router } = await mountAt('/biblioteker?sort=-name')

    await wrapper.get('#library-search').setValue('  Aal ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ q: 'Aal', sort: '-name' })
  })

  it('shows the empty state when nothing matches', async () => {
    vi.mocked(fetchLibraries).mockResolvedValue(page([]))
    const { wrapper } = await mountAt('/biblioteker?q=zzz')

    expect(wrapper.get('[data-testid="empty-state"]').text()).toContain('Ingen biblioteker matcher')
    expect(wrapper.find('table').exists()).toBe(false)
  })

  it('shows the problem when the API fails', async () => {
    vi.mocked(fetchLibraries).mockRejectedValue(
      new ProblemError({ type: 'about:blank', title: 'Ugyldig forespørgsel', status: 400, detail: 'sort er ukendt' }),
    )
    const { wrapper } = await mountAt('/biblioteker')

    const alert = wrapper.get('[data-testid="problem-alert"]')
    expect(alert.text()).toContain('Ugyldig forespørgsel')
    expect(alert.text()).toContain('sort er ukendt')
    expect(wrapper.find('table').exists()).toBe(false)
  })

  it('shows paging with the current page marked', async () => {
    const items = Array.from({ length: 20 }, (_, i) => summary(i + 21, `Bibliotek ${i + 21}`, 'X', regions[1]!, false))
    vi.mocked(fetchLibraries).mockResolvedValue(page(items, { page: 2, totalItems: 98, totalPages: 5 }))
    const { wrapper } = await mountAt('/biblioteker?page=2')

    expect(wrapper.get('[data-testid="result-count"]').text()).toBe('Viser 21-40 af 98')
    const current = wrapper.get('.pagination [aria-current="page"]')
    expect(current.text()).toBe('2')
    expect(wrapper.findAll('.pagination [aria-current="page"]')).toHaveLength(1)
    expect(wrapper.get('.button-next').attributes('href')).toBe('/biblioteker?page=3')
    expect(wrapper.get('.button-previous').attributes('href')).toBe('/biblioteker')
  })
})
