import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { ProblemError } from '@/api/client'
import type { LibraryView } from '@/api/types'
import { i18n, setLocale } from '@/i18n'
import { createAppRouter } from '@/router'
import LibraryDetailPage from './LibraryDetailPage.vue'
import { fetchLibrary } from './libraryApi'

vi.mock('./libraryApi', () => ({
  fetchLibraries: vi.fn(),
  fetchRegions: vi.fn(),
  fetchLibrary: vi.fn(),
}))

const aalborg: LibraryView = {
  id: 10,
  name: 'Aalborg Bibliotekerne',
  libraryNumber: '785100',
  isil: 'DK-785100',
  municipality: { code: 851, name: 'Aalborg' },
  region: { code: 1081, name: 'Region Nordjylland' },
  centralLibrary: true,
  street: 'Rendsburggade 2',
  postalCode: '9000',
  city: 'Aalborg',
  website: 'https://www.aalborgbibliotekerne.dk',
  email: 'bibliotek@aalborg.dk',
  phone: '+45 99 31 43 00',
  joinedOn: '2019-03-01',
  active: true,
  createdAt: '2024-01-01T08:00:00Z',
  updatedAt: '2025-01-15T09:30:00Z',
  version: 3,
}

async function mountDetail(id: string) {
  const router = createAppRouter(createMemoryHistory())
  await router.push(`/biblioteker/${id}`)
  await router.isReady()
  const wrapper = mount(LibraryDetailPage, { props: { id }, global: { plugins: [i18n, router] } })
  await flushPromises()
  return wrapper
}

/** The description list as { term: description }. */
function details(wrapper: Awaited<ReturnType<typeof mountDetail>>): Record<string, string> {
  return Object.fromEntries(
    wrapper.findAll('dl > div').map((row) => [row.get('dt').text(), row.get('dd').text().replace(/\s+/g, ' ')]),
  )
}

beforeEach(() => setLocale('da'))
afterEach(() => vi.mocked(fetchLibrary).mockReset())

describe('LibraryDetailPage', () => {
  it('shows the library in a description list with links and dates per locale', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue(aalborg)
    const wrapper = await mountDetail('10')

    expect(fetchLibrary).toHaveBeenCalledWith(10, expect.any(AbortSignal))
    expect(wrapper.get('h1').text()).toBe('Aalborg Bibliotekerne')
    expect(details(wrapper)).toMatchObject({
      ISIL: 'DK-785100',
      Biblioteksnummer: '785100',
      Kommune: 'Aalborg',
      Region: 'Region Nordjylland',
      Centralbibliotek: 'Ja',
      Adresse: 'Rendsburggade 29000 Aalborg',
      'Med i samarbejdet siden': '1. marts 2019',
      Aktiv: 'Ja',
    })
    expect(wrapper.get('a[href^="mailto:"]').attributes('href')).toBe('mailto:bibliotek@aalborg.dk')
    expect(wrapper.get('a[href^="tel:"]').attributes('href')).toBe('tel:+4599314300')
    expect(wrapper.get('a[href^="https:"]').attributes('href')).toBe('https://www.aalborgbibliotekerne.dk/')
    const crumbs = wrapper.findAll('.breadcrumbs__list-item').map((li) => li.text())
    expect(crumbs).toEqual(['Forside', 'Biblioteker', 'Aalborg Bibliotekerne'])

    setLocale('en')
    await flushPromises()
    expect(details(wrapper)['Part of the collaboration since']).toBe('1 March 2019')
  })

  it('shows "not provided" for missing optional details', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue({
      ...aalborg,
      street: null,
      postalCode: null,
      city: null,
      website: null,
      email: null,
      phone: null,
      joinedOn: null,
    })
    const wrapper = await mountDetail('10')
    const d = details(wrapper)
    for (const term of ['Adresse', 'Hjemmeside', 'E-mail', 'Telefon', 'Med i samarbejdet siden']) {
      expect(d[term], term).toBe('Ikke oplyst')
    }
  })

  it('shows the not-found message for a 404 from the API', async () => {
    vi.mocked(fetchLibrary).mockRejectedValue(
      new ProblemError({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No library 999' }),
    )
    const wrapper = await mountDetail('999')
    expect(wrapper.get('h1').text()).toBe('Biblioteket findes ikke')
    expect(wrapper.find('[data-testid="problem-alert"]').exists()).toBe(false)
  })

  it('does not call the API for an id that cannot exist', async () => {
    const wrapper = await mountDetail('abc')
    expect(fetchLibrary).not.toHaveBeenCalled()
    expect(wrapper.get('h1').text()).toBe('Biblioteket findes ikke')
  })

  it('shows other problems in a ProblemAlert', async () => {
    vi.mocked(fetchLibrary).mockRejectedValue(
      new ProblemError({ type: 'about:blank', title: 'Intern fejl', status: 500, detail: 'Noget gik galt', correlationId: 'x1' }),
    )
    const wrapper = await mountDetail('10')
    const alert = wrapper.get('[data-testid="problem-alert"]')
    expect(alert.text()).toContain('Intern fejl')
    expect(alert.text()).toContain('Noget gik galt')
    expect(alert.text()).toContain('x1')
  })
})
