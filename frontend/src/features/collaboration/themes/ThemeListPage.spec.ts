import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import { setLocale } from '@/i18n'
import ThemeListPage from './ThemeListPage.vue'
import { fetchThemeYears, fetchThemes, type ThemePage, type ThemeSummary } from './themeApi'
import { mountInApp } from '@/app/testMount'

vi.mock('./themeApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./themeApi')>()),
  fetchThemes: vi.fn(),
  fetchThemeYears: vi.fn(),
}))

function theme(overrides: Partial<ThemeSummary>): ThemeSummary {
  return {
    id: 1,
    number: 5,
    title: 'Historier om Danmark',
    slug: 'historier-om-danmark',
    summary: 'Danmarkshistorien fortalt lokalt.',
    season: 'SPRING',
    year: 2017,
    startWeek: { year: 2017, week: 9 },
    endWeek: { year: 2017, week: 14 },
    startDate: '2017-02-27',
    endDate: '2017-04-09',
    peakWeeks: [{ year: 2017, week: 11 }],
    signupDeadline: '2017-01-30',
    status: 'FINISHED',
    ...overrides,
  }
}

const winter = theme({
  id: 9,
  number: 15,
  title: 'Lys i mørket',
  slug: 'lys-i-moerket',
  season: 'AUTUMN',
  year: 2026,
  startWeek: { year: 2026, week: 50 },
  endWeek: { year: 2027, week: 3 },
  status: 'OPEN',
})
const history = theme({})

function page(items: ThemeSummary[], overrides: Partial<ThemePage> = {}): ThemePage {
  return { items, page: 1, size: 20, totalItems: items.length, totalPages: items.length > 0 ? 1 : 0, ...overrides }
}

async function mountAt(url: string) {
  return mountInApp(url, ThemeListPage)
}

beforeEach(() => {
  setLocale('da')
  vi.mocked(fetchThemeYears).mockResolvedValue([2027, 2026, 2017])
})

afterEach(() => {
  vi.mocked(fetchThemes).mockReset()
  vi.mocked(fetchThemeYears).mockReset()
})

describe('ThemeListPage', () => {
  it('lists themes newest first with number, linked title, season, weeks and status', async () => {
    vi.mocked(fetchThemes).mockResolvedValue(page([winter, history]))
    const { wrapper } = await mountAt('/temaer')

    expect(fetchThemes).toHaveBeenCalledWith({ page: 1, size: 20, sort: '-startDate' }, expect.any(AbortSignal))
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    const cells = (i: number) => rows[i]!.findAll('th, td').map((c) => c.text())
    expect(cells(0)).toEqual(['15', 'Lys i mørketDanmarkshistorien fortalt lokalt.', 'Efterår 2026', 'Uge 50 2026 - uge 3 2027', 'Åben for tilmelding'])
    expect(cells(1)).toEqual(['5', 'Historier om DanmarkDanmarkshistorien fortalt lokalt.', 'Forår 2017', 'Uge 9-14', 'Afsluttet'])
    expect(rows[0]!.get('a').attributes('href')).toBe('/temaer/lys-i-moerket')
    expect(wrapper.get('[data-testid="result-count"]').text()).toBe('Viser 1-2 af 2')
    expect(wrapper.findAll('#theme-year option').map((o) => o.text())).toEqual(['Alle år', '2027', '2026', '2017'])
    expect(wrapper.findAll('#theme-status option').map((o) => o.text())).toEqual([
      'Alle',
      'Planlagt',
      'Åben for tilmelding',
      'I gang',
      'Afsluttet',
    ])
  })

  it('reads the filters from the URL into the request and the controls', async () => {
    vi.mocked(fetchThemes).mockResolvedValue(page([history]))
    const { wrapper } = await mountAt('/temaer?status=finished&year=2017&page=bogus')

    expect(fetchThemes).toHaveBeenCalledWith(
      { page: 1, size: 20, sort: '-startDate', status: 'FINISHED', year: 2017 },
      expect.any(AbortSignal),
    )
    expect((wrapper.get('#theme-status').element as HTMLSelectElement).value).toBe('FINISHED')
    expect((wrapper.get('#theme-year').element as HTMLSelectElement).value).toBe('2017')
    expect(wrapper.text()).toContain('Nulstil filtre')
  })

  it('puts a filter change in the URL and starts again at page 1', async () => {
    vi.mocked(fetchThemes).mockResolvedValue(page([winter, history], { page: 2, totalItems: 22, totalPages: 2 }))
    const { wrapper, router } = await mountAt('/temaer?page=2&year=2026')

    await wrapper.get('#theme-status').setValue('OPEN')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ status: 'open', year: '2026' })
    expect(fetchThemes).toHaveBeenLastCalledWith(
      { page: 1, size: 20, sort: '-startDate', status: 'OPEN', year: 2026 },
      expect.any(AbortSignal),
    )

    await wrapper.get('#theme-year').setValue('')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ status: 'open' })
  })

  it('keeps a year from the URL choosable even when no theme has it', async () => {
    vi.mocked(fetchThemes).mockResolvedValue(page([]))
    const { wrapper } = await mountAt('/temaer?year=2040')
    expect(wrapper.findAll('#theme-year option').map((o) => o.text())).toEqual(['Alle år', '2040', '2027', '2026', '2017'])
    expect(wrapper.get('[data-testid="empty-state"]').text()).toContain('Ingen temaer matcher')
    expect(wrapper.find('table').exists()).toBe(false)
  })

  it('shows the problem when the API fails', async () => {
    vi.mocked(fetchThemes).mockRejectedValue(
      new ProblemError({ type: 'about:blank', title: 'Forkert forespørgsel', status: 400, detail: 'status er ukendt' }),
    )
    const { wrapper } = await mountAt('/temaer')
    expect(wrapper.get('[data-testid="problem-alert"]').text()).toContain('status er ukendt')
    expect(wrapper.find('table').exists()).toBe(false)
  })

  it('links the pages with the filters kept', async () => {
    vi.mocked(fetchThemes).mockResolvedValue(page([winter], { page: 1, totalItems: 41, totalPages: 3 }))
    const { wrapper } = await mountAt('/temaer?status=finished')
    const pagination = wrapper.get('nav.pagination')
    expect(pagination.attributes('aria-label')).toBe('Sider i listen over temaer')
    expect(pagination.get('a[aria-label="Side 2"]').attributes('href')).toBe('/temaer?status=finished&page=2')
  })

  it('speaks English when asked', async () => {
    vi.mocked(fetchThemes).mockResolvedValue(page([winter]))
    setLocale('en')
    const { wrapper } = await mountAt('/temaer')
    const cells = wrapper.get('tbody tr').findAll('th, td').map((c) => c.text())
    expect(cells.slice(2)).toEqual(['Autumn 2026', 'Week 50, 2026 to week 3, 2027', 'Open for sign-up'])
    expect(wrapper.get('h1').text()).toBe('Themes')
  })
})
