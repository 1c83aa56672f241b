import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import type { LibraryView } from '@/api/types'
import { setLocale } from '@/i18n'
import type { CurrentUser } from '@/api/types'
import { fetchHistory } from '@/features/access/audit/auditApi'
import { resetSession } from '@/shared/auth/session'
import { fetchActivities, type ActivityView } from '@/features/collaboration/activities/activityApi'
import { fetchLibrary } from '@/features/directory/libraries/libraryApi'
import { fetchLibraryParticipations } from '@/features/collaboration/participations/participationApi'
import { fetchContacts, type ContactView } from '@/shared/reference/contactOptions'
import LibraryDetailPage from './LibraryPage.vue'
import { signInForTest } from '@/shared/auth/testSession'
import { mountInApp } from '@/app/testMount'

vi.mock('@/features/directory/libraries/libraryApi', () => ({
  fetchLibraries: vi.fn(),
  fetchLibrary: vi.fn(),
}))

vi.mock('@/features/collaboration/participations/participationApi', () => ({
  fetchLibraryParticipations: vi.fn(),
}))

vi.mock('@/features/collaboration/activities/activityApi', () => ({
  fetchActivities: vi.fn(),
}))

vi.mock('@/shared/reference/contactOptions', () => ({
  fetchContacts: vi.fn(),
}))

vi.mock('@/features/access/audit/auditApi', () => ({
  fetchHistory: vi.fn(),
  fetchAuditEvents: vi.fn(),
}))

function signInAs(roles: CurrentUser['roles'], libraryId: number | null = null): void {
  signInForTest(roles, {
    id: 5,
    email: 'x@samspil.demo',
    displayName: 'Xenia',
    ...(libraryId === null ? {} : { library: { id: libraryId, name: 'Et bibliotek' } }),
  })
}

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

async function mountDetail(id: string, query = '') {
  const { wrapper } = await mountInApp(`/biblioteker/${id}${query}`, LibraryDetailPage, { props: { id } })
  return wrapper
}

const emptyPage = { items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }

const signUps = {
  items: [
    {
      id: 489,
      theme: { id: 8, number: 14, title: 'Klima og hverdag', slug: 'klima-og-hverdag' },
      library: { id: 10, name: 'Aalborg Bibliotekerne', region: { code: 1081, name: 'Region Nordjylland' } },
      state: 'SIGNED_UP' as const,
      channels: ['EXHIBITION' as const, 'WEBSITE' as const],
      focusAreas: [],
      signedUpAt: '2026-10-08T00:00:00Z',
      version: 0,
    },
    {
      id: 360,
      theme: { id: 4, number: 7, title: 'Kroppen', slug: 'kroppen' },
      library: { id: 10, name: 'Aalborg Bibliotekerne', region: { code: 1081, name: 'Region Nordjylland' } },
      state: 'CONFIRMED' as const,
      channels: [],
      focusAreas: [],
      signedUpAt: '2017-12-29T00:00:00Z',
      version: 0,
    },
  ],
  page: 1,
  size: 50,
  totalItems: 2,
  totalPages: 1,
}

const fortaelleaften: ActivityView = {
  id: 7,
  participationId: 360,
  theme: { id: 4, number: 7, title: 'Kroppen', slug: 'kroppen' },
  library: { id: 10, name: 'Aalborg Bibliotekerne' },
  title: 'Fortælleaften',
  description: null,
  startsAt: '2018-03-09T18:00:00Z',
  endsAt: null,
  place: 'Salen',
  channel: 'EVENTS',
  audience: 'ADULTS',
  attendance: 1250,
  reach: null,
  happened: true,
  createdAt: '2018-01-01T00:00:00Z',
  updatedAt: '2018-01-01T00:00:00Z',
  version: 1,
}

const mette: ContactView = {
  id: 1,
  name: 'Mette Nørgaard',
  title: 'Udviklingskoordinator',
  library: { id: 10, name: 'Aalborg Bibliotekerne' },
  email: 'mette@samspil.demo',
  phone: '+45 99 31 40 01',
  isPublic: true,
  coordinator: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 0,
}

function withSections(): void {
  vi.mocked(fetchLibraryParticipations).mockResolvedValue(signUps)
  vi.mocked(fetchActivities).mockResolvedValue({ items: [fortaelleaften], page: 1, size: 10, totalItems: 21, totalPages: 3 })
  vi.mocked(fetchContacts).mockResolvedValue({ items: [mette], page: 1, size: 100, totalItems: 1, totalPages: 1 })
}

/** The description list as { term: description }. */
function details(wrapper: Awaited<ReturnType<typeof mountDetail>>): Record<string, string> {
  return Object.fromEntries(
    wrapper.findAll('dl > div').map((row) => [row.get('dt').text(), row.get('dd').text().replace(/\s+/g, ' ')]),
  )
}

beforeEach(() => {
  setLocale('da')
  resetSession()
  vi.mocked(fetchLibraryParticipations).mockResolvedValue(emptyPage)
  vi.mocked(fetchActivities).mockResolvedValue(emptyPage)
  vi.mocked(fetchContacts).mockResolvedValue(emptyPage)
})
afterEach(() => {
  vi.mocked(fetchLibrary).mockReset()
  vi.mocked(fetchHistory).mockReset()
  vi.mocked(fetchLibraryParticipations).mockReset()
  vi.mocked(fetchActivities).mockReset()
  vi.mocked(fetchContacts).mockReset()
  resetSession()
})

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

  it('shows neither "Rediger" nor the history to visitors who are not signed in', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue(aalborg)
    const wrapper = await mountDetail('10')
    expect(wrapper.find('[data-testid="edit-library"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="library-history"]').exists()).toBe(false)
    expect(fetchHistory).not.toHaveBeenCalled()
  })

  it('shows "Rediger" to the editor of this library only, without the history', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue(aalborg)
    signInAs(['EDITOR'], 10)
    const wrapper = await mountDetail('10')
    expect(wrapper.get('[data-testid="edit-library"]').attributes('href')).toBe('/biblioteker/10/rediger')
    expect(wrapper.find('[data-testid="library-history"]').exists()).toBe(false)

    signInAs(['EDITOR'], 11)
    await flushPromises()
    expect(wrapper.find('[data-testid="edit-library"]').exists()).toBe(false)
  })

  it('shows coordinators "Rediger" and the history, newest first, with old and new values', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue(aalborg)
    vi.mocked(fetchHistory).mockResolvedValue({
      items: [
        {
          id: 2,
          occurredAt: '2026-11-20T09:30:00Z',
          actorType: 'USER',
          actorId: 2,
          actorName: 'Karen Koordinator',
          entityType: 'library',
          entityId: 10,
          entityLabel: 'Bibliotek',
          entityName: 'Aalborg Bibliotekerne',
          action: 'UPDATE',
          changes: {
            phone: { old: null, new: '+45 12345678', label: 'Telefon', oldText: null, newText: '+45 12345678' },
            active: { old: 'true', new: 'false', label: 'Aktiv', oldText: 'Ja', newText: 'Nej' },
          },
        },
        {
          id: 1,
          occurredAt: '2026-11-19T08:00:00Z',
          actorType: 'TOKEN',
          actorId: 4,
          actorName: 'Kommunens intranet',
          entityType: 'library',
          entityId: 10,
          entityLabel: 'Bibliotek',
          entityName: 'Aalborg Bibliotekerne',
          action: 'UPDATE',
          changes: {
            joinedOn: { old: '2019-03-01', new: '2019-04-01', label: 'Med i samarbejdet siden', oldText: '2019-03-01', newText: '2019-04-01' },
          },
        },
      ],
      page: 1,
      size: 20,
      totalItems: 2,
      totalPages: 1,
    })
    signInAs(['COORDINATOR'])
    const wrapper = await mountDetail('10')

    expect(wrapper.find('[data-testid="edit-library"]').exists()).toBe(true)
    expect(fetchHistory).toHaveBeenCalledWith('library', 10, 1, expect.any(AbortSignal))
    const rows = wrapper.findAll('[data-testid="audit-row"]')
    expect(rows).toHaveLength(2)
    const first = rows[0]!.text().replace(/\s+/g, ' ')
    expect(first).toMatch(/^20\. nov\. 2026/)
    expect(first).toContain('Karen Koordinator')
    expect(first).toContain('Ændret')
    expect(first).toContain('Telefon: (tom) → +45 12345678')
    expect(first).toContain('fra (tom) til +45 12345678')
    expect(first).toContain('Aktiv: Ja → Nej')
    const second = rows[1]!.text().replace(/\s+/g, ' ')
    expect(second).toContain('Kommunens intranet (integration)')
    expect(second).toContain('Med i samarbejdet siden: 1. marts 2019 → 1. april 2019')
  })

  it('shows the themes, the newest activities and the public contacts to visitors', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue(aalborg)
    withSections()
    const wrapper = await mountDetail('10')

    expect(fetchLibraryParticipations).toHaveBeenCalledWith(10, { page: 1, size: 50, sort: '-theme' }, expect.any(AbortSignal))
    const themes = wrapper.get('[data-testid="library-themes"]')
    expect(themes.get('h2').text()).toBe('Temaer')
    const themeRows = themes.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()))
    expect(themeRows).toEqual([
      ['Tema 14: Klima og hverdag', 'Tilmeldt', 'Udstilling, Hjemmeside'],
      ['Tema 7: Kroppen', 'Bekræftet', 'Ingen valgt'],
    ])
    expect(themes.get('a').attributes('href')).toBe('/temaer/klima-og-hverdag')
    expect(wrapper.find('[data-testid="participation-activities-link"]').exists()).toBe(false)

    expect(fetchActivities).toHaveBeenCalledWith({ libraryId: 10, page: 1, size: 10, sort: '-startsAt' }, expect.any(AbortSignal))
    const activities = wrapper.get('[data-testid="library-activities"]')
    expect(activities.get('h2').text()).toBe('Aktiviteter')
    const row = activities.get('[data-testid="activity-7"]').text().replace(/\s+/g, ' ')
    // 18:00 UTC is 19:00 in Copenhagen, whatever time zone the tests run in.
    expect(activities.get('[data-testid="activity-7"] time').text()).toMatch(/^9\. mar\. 2018,? 19[.:]00$/)
    expect(row).toContain('Fortælleaften')
    expect(row).toContain('Tema 7: Kroppen')
    expect(row).toContain('Arrangementer')
    expect(row).toContain('Voksne')
    expect(row).toContain('Salen')
    expect(activities.get('[data-testid="activity-attendance"]').text()).toBe('1.250')
    expect(activities.get('[data-testid="activity-reach"]').text()).toContain('Ikke indberettet')
    expect(activities.get('[data-testid="library-calendar-link"]').attributes('href')).toBe('/api/calendar/libraries/10/activities.ics')
    expect(activities.find('nav.pagination').exists()).toBe(true)

    expect(fetchContacts).toHaveBeenCalledWith({ libraryId: 10, size: 100, sort: 'name' }, expect.any(AbortSignal))
    const contacts = wrapper.get('[data-testid="library-contacts"]')
    expect(contacts.text()).toContain('Mette Nørgaard')
    expect(contacts.text()).toContain('Udviklingskoordinator')
    expect(contacts.get('a[href^="mailto:"]').attributes('href')).toBe('mailto:mette@samspil.demo')
    expect(contacts.get('a[href^="tel:"]').attributes('href')).toBe('tel:+4599314001')
    expect(contacts.find('[data-testid="manage-contacts"]').exists()).toBe(false)
  })

  it('asks for the activity page in the URL', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue(aalborg)
    withSections()
    await mountDetail('10', '?aktiviteter=3')
    expect(fetchActivities).toHaveBeenCalledWith({ libraryId: 10, page: 3, size: 10, sort: '-startsAt' }, expect.any(AbortSignal))
  })

  it('says so when the library has no themes, activities or contacts', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue(aalborg)
    const wrapper = await mountDetail('10')
    expect(wrapper.get('[data-testid="library-themes-empty"]').text()).toBe('Biblioteket er ikke tilmeldt nogen temaer.')
    expect(wrapper.get('[data-testid="library-activities-empty"]').text()).toBe('Biblioteket har ingen aktiviteter i temaerne endnu.')
    expect(wrapper.get('[data-testid="library-contacts-empty"]').text()).toBe('Der er ingen kontaktpersoner at vise.')
  })

  it('links the editor of this library to each sign-up’s activities and to the contact administration', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue(aalborg)
    withSections()
    vi.mocked(fetchContacts).mockResolvedValue({
      items: [mette, { ...mette, id: 99, name: 'Henrik Madsen', isPublic: false, coordinator: false }],
      page: 1,
      size: 100,
      totalItems: 2,
      totalPages: 1,
    })
    signInAs(['EDITOR'], 10)
    const wrapper = await mountDetail('10')

    const links = wrapper.findAll('[data-testid="participation-activities-link"]').map((a) => a.attributes('href'))
    expect(links).toEqual(['/tilmeldinger/489/aktiviteter', '/tilmeldinger/360/aktiviteter'])
    expect(wrapper.get('[data-testid="manage-contacts"]').attributes('href')).toBe('/kontaktpersoner')
    expect(wrapper.get('[data-testid="library-contact-99"]').text()).toContain('Vises kun for indloggede brugere.')
    expect(wrapper.get('[data-testid="library-contact-1"]').find('[data-testid="contact-private"]').exists()).toBe(false)
  })

  it('gives an editor of another library no activity or contact links', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue(aalborg)
    withSections()
    signInAs(['EDITOR'], 11)
    const wrapper = await mountDetail('10')
    expect(wrapper.find('[data-testid="participation-activities-link"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="manage-contacts"]').exists()).toBe(false)
  })

  it('links coordinators to the activities and to this library’s contacts', async () => {
    vi.mocked(fetchLibrary).mockResolvedValue(aalborg)
    vi.mocked(fetchHistory).mockResolvedValue({ items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 })
    withSections()
    signInAs(['COORDINATOR'])
    const wrapper = await mountDetail('10')
    expect(wrapper.findAll('[data-testid="participation-activities-link"]')).toHaveLength(2)
    expect(wrapper.get('[data-testid="manage-contacts"]').attributes('href')).toBe('/kontaktpersoner?library=10')
  })
})
