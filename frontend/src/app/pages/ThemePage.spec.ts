import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { ProblemError } from '@/api/client'
import type { CurrentUser } from '@/api/types'
import { resetSession } from '@/shared/auth/session'
import { i18n, setLocale } from '@/i18n'
import { fetchActivities, type ActivityView } from '@/features/collaboration/activities/activityApi'
import { createAppRouter } from '@/app/router'
import {
  fetchActivityTotals,
  fetchAllParticipations,
  fetchRegionCoverage,
  fetchThemeBySlug,
  type ActivityTotals,
  type ParticipationView,
  type RegionCoverage,
  type ThemeView,
} from '@/features/collaboration/themes/themeApi'
import ThemeDetailPage from './ThemePage.vue'
import { signInForTest } from '@/shared/auth/testSession'

vi.mock('@/features/collaboration/themes/themeApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/features/collaboration/themes/themeApi')>()),
  fetchThemeBySlug: vi.fn(),
  fetchAllParticipations: vi.fn(),
  fetchRegionCoverage: vi.fn(),
  fetchActivityTotals: vi.fn(),
}))

vi.mock('@/features/collaboration/activities/activityApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/features/collaboration/activities/activityApi')>()),
  fetchActivities: vi.fn(),
}))

/** A theme across New Year, with its parts deliberately out of order. */
const theme: ThemeView = {
  id: 42,
  number: 15,
  title: 'Lys i mørket',
  slug: 'lys-i-moerket',
  summary: 'Fortællinger om vinter og lys.',
  description: '## Om lys',
  descriptionHtml: '<h2>Om lys</h2>\n<p>Vi <em>fejrer</em> lyset.</p>\n',
  season: 'AUTUMN',
  year: 2026,
  startWeek: { year: 2026, week: 50 },
  endWeek: { year: 2027, week: 3 },
  startDate: '2026-12-07',
  endDate: '2027-01-24',
  peakWeeks: [
    { year: 2027, week: 1 },
    { year: 2026, week: 53 },
  ],
  signupOpensOn: '2026-08-01',
  signupDeadline: '2026-10-15',
  status: 'OPEN',
  focusAreas: [
    { code: 'DEBATE', nameDa: 'Debat', nameEn: 'Debate' },
    { code: 'LITERATURE', nameDa: 'Litteratur', nameEn: 'Literature' },
  ],
  partners: [{ partner: { id: 1, name: 'DR', type: 'MEDIA', national: true }, role: 'Mediepartner' }],
  milestones: [
    { id: 2, kind: 'GRAPHIC_PACKAGE', title: 'Grafikpakke klar', dueOn: '2026-11-02', week: { year: 2026, week: 45 } },
    { id: 1, kind: 'IDEA_WORKSHOP', title: 'Idéværksted', dueOn: '2026-09-07', week: { year: 2026, week: 37 }, description: 'I Vejle' },
  ],
  materials: [
    { id: 5, kind: 'IDEA_CATALOGUE', title: 'Idékatalog', url: 'https://example.dk/ideer', description: null },
    { id: 6, kind: 'OTHER', title: 'Skjult', url: 'javascript:alert(1)' },
  ],
  imageUrl: null,
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
  version: 1,
}

function signUp(id: number, name: string, region: [number, string], state: ParticipationView['state']): ParticipationView {
  return {
    id,
    theme: { id: 42, number: 15, title: theme.title, slug: theme.slug },
    library: { id, name, region: { code: region[0], name: region[1] } },
    state,
    channels: [],
    focusAreas: [],
    signedUpAt: '2026-09-01T10:00:00Z',
    version: 0,
  }
}

const NORD: [number, string] = [1081, 'Region Nordjylland']
const HOVED: [number, string] = [1084, 'Region Hovedstaden']

/** As the API orders it (by region code); the page orders the regions alphabetically. */
const coverage: RegionCoverage = {
  theme: { id: 42, number: 15, title: theme.title, slug: theme.slug },
  regions: [
    { region: { code: 1081, name: 'Region Nordjylland' }, municipalities: 11, participating: 1, libraries: 1, share: 0.091 },
    { region: { code: 1082, name: 'Region Midtjylland' }, municipalities: 19, participating: 0, libraries: 0, share: 0 },
    { region: { code: 1084, name: 'Region Hovedstaden' }, municipalities: 29, participating: 2, libraries: 2, share: 0.069 },
  ],
  total: { municipalities: 59, participating: 3, libraries: 3, share: 0.051 },
}

const totals: ActivityTotals = {
  byTheme: [{ theme: coverage.theme, figures: { activities: 142, reported: 51, attendance: 5942, reach: 123664 } }],
  byChannel: [
    { channel: 'EVENTS', figures: { activities: 100, reported: 40, attendance: 5942, reach: 0 } },
    { channel: 'PRESS', figures: { activities: 42, reported: 11, attendance: 0, reach: 123664 } },
  ],
}

const fortaelleaften: ActivityView = {
  id: 7,
  participationId: 1,
  theme: coverage.theme,
  library: { id: 1, name: 'Hjørring Bibliotekerne' },
  title: 'Fortælleaften i mørket',
  description: null,
  startsAt: '2026-12-10T18:00:00Z',
  endsAt: null,
  place: 'Salen',
  channel: 'EVENTS',
  audience: 'ADULTS',
  attendance: 55,
  reach: null,
  happened: true,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  version: 1,
}

/** Danish percentages have a (narrow) no-break space before the sign. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

function signInAs(roles: CurrentUser['roles'], libraryId: number | null = null): void {
  signInForTest(roles, {
    id: 5,
    email: 'x@samspil.demo',
    displayName: 'Xenia',
    ...(libraryId === null ? {} : { library: { id: libraryId, name: 'Et bibliotek' } }),
  })
}

/** Mounts the page; withSignupRoute decides whether the sign-up page exists in the app. */
async function mountDetail(slug: string, withSignupRoute = false, query = '') {
  const router = createAppRouter(createMemoryHistory())
  if (withSignupRoute && !router.hasRoute('theme-signup')) {
    router.addRoute({ path: '/temaer/:slug/tilmeld', name: 'theme-signup', component: { template: '<p />' } })
  } else if (!withSignupRoute && router.hasRoute('theme-signup')) {
    router.removeRoute('theme-signup')
  }
  await router.push(`/temaer/${slug}${query}`)
  await router.isReady()
  const wrapper = mount(ThemeDetailPage, { props: { slug }, global: { plugins: [i18n, router] } })
  await flushPromises()
  return Object.assign(wrapper, { router })
}

function details(wrapper: Awaited<ReturnType<typeof mountDetail>>): Record<string, string> {
  return Object.fromEntries(
    wrapper.findAll('[data-testid="theme-facts"] > div').map((row) => [row.get('dt').text(), row.get('dd').text().replace(/\s+/g, ' ')]),
  )
}

beforeEach(() => {
  setLocale('da')
  resetSession()
  vi.mocked(fetchAllParticipations).mockResolvedValue([
    signUp(1, 'Hjørring Bibliotekerne', NORD, 'CONFIRMED'),
    signUp(2, 'Albertslund Bibliotekerne', HOVED, 'SIGNED_UP'),
    signUp(3, 'Aalborg Bibliotekerne', NORD, 'WITHDRAWN'),
    signUp(4, 'Ballerup Bibliotekerne', HOVED, 'CONFIRMED'),
  ])
  vi.mocked(fetchRegionCoverage).mockResolvedValue(coverage)
  vi.mocked(fetchActivityTotals).mockResolvedValue(totals)
  vi.mocked(fetchActivities).mockResolvedValue({ items: [fortaelleaften], page: 1, size: 10, totalItems: 12, totalPages: 2 })
})

afterEach(() => {
  vi.mocked(fetchThemeBySlug).mockReset()
  vi.mocked(fetchAllParticipations).mockReset()
  vi.mocked(fetchRegionCoverage).mockReset()
  vi.mocked(fetchActivityTotals).mockReset()
  vi.mocked(fetchActivities).mockReset()
  resetSession()
})

describe('ThemeDetailPage', () => {
  it('shows the theme with its number, status, facts and the server-rendered description', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    const wrapper = await mountDetail('lys-i-moerket')

    expect(fetchThemeBySlug).toHaveBeenCalledWith('lys-i-moerket', expect.any(AbortSignal))
    expect(wrapper.get('h1').text().replace(/\s+/g, ' ')).toBe('Tema 15: Lys i mørket')
    expect(wrapper.get('[data-testid="theme-status"]').text()).toBe('Åben for tilmelding')
    expect(wrapper.get('[data-testid="theme-summary"]').text()).toBe('Fortællinger om vinter og lys.')
    const d = details(wrapper)
    expect(d.Periode).toMatch(/^Uge 50 2026 - uge 3 2027 \(7\. december 2026\s*[–-]\s*24\. januar 2027\)$/)
    expect(d).toMatchObject({
      Spidsuger: 'Uge 53 2026 og uge 1 2027',
      'Tilmeldingen åbner': '1. august 2026',
      Tilmeldingsfrist: '15. oktober 2026',
    })
    expect(wrapper.findAll('[data-testid="theme-focus-areas"] li').map((li) => li.text())).toEqual(['Debat', 'Litteratur'])
    expect(wrapper.get('[data-testid="theme-description"]').html()).toContain('<em>fejrer</em>')
    const crumbs = wrapper.findAll('.breadcrumbs__list-item').map((li) => li.text())
    expect(crumbs).toEqual(['Forside', 'Temaer', 'Lys i mørket'])
  })

  it('shows the weeks across New Year with the peak weeks named', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    const wrapper = await mountDetail('lys-i-moerket')

    const weeks = wrapper.findAll('[data-testid="theme-timeline"] > li')
    expect(weeks.map((w) => w.attributes('data-week'))).toEqual([
      '2026-50',
      '2026-51',
      '2026-52',
      '2026-53',
      '2027-1',
      '2027-2',
      '2027-3',
    ])
    expect(weeks.filter((w) => w.text().includes('Spidsuge')).map((w) => w.attributes('data-week'))).toEqual([
      '2026-53',
      '2027-1',
    ])
    // The year is named where the timeline starts and where New Year falls.
    expect(weeks[0]!.text()).toMatch(/^2026\s*Uge 50/)
    expect(weeks[4]!.text()).toMatch(/^2027\s*Uge 1/)
    expect(wrapper.text()).toContain('Temaet løber i 7 uger')
  })

  it('lists milestones by date, partners with their role and only safe material links', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    const wrapper = await mountDetail('lys-i-moerket')

    const milestones = wrapper.findAll('[data-testid="theme-milestones"] > li').map((li) => ({
      when: li.get('.samspil-milestone-when').text(),
      datetime: li.get('time').attributes('datetime'),
      title: li.get('strong').text(),
      description: li.find('p').exists() ? li.get('p').text() : null,
    }))
    expect(milestones).toEqual([
      { when: '7. september 2026 (uge 37)', datetime: '2026-09-07', title: 'Idéværksted', description: 'I Vejle' },
      { when: '2. november 2026 (uge 45)', datetime: '2026-11-02', title: 'Grafikpakke klar', description: null },
    ])
    expect(wrapper.get('[data-testid="theme-partners"]').text().replace(/\s+/g, ' ')).toBe('DR – Mediepartner')
    const links = wrapper.findAll('[data-testid="theme-materials"] a')
    expect(links.map((a) => a.attributes('href'))).toEqual(['https://example.dk/ideer'])
    expect(wrapper.get('[data-testid="theme-materials"]').text()).toContain('Skjult')
  })

  it('groups the participating libraries by region with counts, leaving out withdrawn ones', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    const wrapper = await mountDetail('lys-i-moerket')

    expect(fetchAllParticipations).toHaveBeenCalledWith(42, expect.any(AbortSignal))
    expect(wrapper.get('[data-testid="participants-total"]').text()).toBe('3 biblioteker deltager')
    const hoved = wrapper.get('[data-testid="participants-region-1084"]')
    expect(hoved.get('h3').text()).toBe('Region Hovedstaden (2 biblioteker, 2 af 29 kommuner)')
    expect(hoved.findAll('li').map((li) => [li.get('a').text(), li.get('.badge').text()])).toEqual([
      ['Albertslund Bibliotekerne', 'Tilmeldt'],
      ['Ballerup Bibliotekerne', 'Bekræftet'],
    ])
    const nord = wrapper.get('[data-testid="participants-region-1081"]')
    expect(nord.get('h3').text()).toBe('Region Nordjylland (1 bibliotek, 1 af 11 kommuner)')
    expect(nord.text()).not.toContain('Aalborg')
    expect(nord.get('a').attributes('href')).toBe('/biblioteker/1')
  })

  it('shows the coverage per region in a table, in the order of the groups, with the country as total', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    const wrapper = await mountDetail('lys-i-moerket')

    expect(fetchRegionCoverage).toHaveBeenCalledWith(42, expect.any(AbortSignal))
    const table = wrapper.get('[data-testid="theme-coverage"]')
    expect(table.get('caption').text()).toBe('Dækning pr. region')
    expect(table.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Region', 'col'],
      ['Kommuner med deltagende bibliotek', 'col'],
      ['Deltagende biblioteker', 'col'],
      ['Andel af kommunerne', 'col'],
    ])
    const rows = table.findAll('tbody tr').map((tr) => [
      tr.get('th[scope="row"]').text(),
      ...tr.findAll('td').map((td) => plain(td.text())),
    ])
    expect(rows).toEqual([
      ['Region Hovedstaden', '2 af 29', '2', '7 %'],
      ['Region Midtjylland', '0 af 19', '0', '0 %'],
      ['Region Nordjylland', '1 af 11', '1', '9 %'],
    ])
    const total = table.get('[data-testid="coverage-total"]')
    expect(total.get('th').text()).toBe('Hele landet')
    expect(total.findAll('td').map((td) => plain(td.text()))).toEqual(['3 af 59', '3', '5 %'])
    // The bars only repeat the percentages, so screen readers skip them.
    const bars = table.findAll('.samspil-coverage__bar')
    expect(bars).toHaveLength(4)
    expect(bars.every((bar) => bar.attributes('aria-hidden') === 'true')).toBe(true)
    expect((bars[2]!.element.firstElementChild as HTMLElement).style.width).toBe('9.1%')
  })

  it('still lists the libraries by region when the coverage cannot be had', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    vi.mocked(fetchRegionCoverage).mockRejectedValue(
      new ProblemError({ type: 'about:blank', title: 'Intern fejl', status: 500, detail: 'Ingen dækning' }),
    )
    const wrapper = await mountDetail('lys-i-moerket')
    const participants = wrapper.get('[data-testid="theme-participants"]')
    expect(participants.get('[data-testid="problem-alert"]').text()).toContain('Ingen dækning')
    expect(participants.find('[data-testid="theme-coverage"]').exists()).toBe(false)
    expect(participants.get('[data-testid="participants-region-1084"] h3').text()).toBe('Region Hovedstaden (2 biblioteker)')
  })

  it("sums up the theme's activities, per channel too, and lists them a page at a time", async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    const wrapper = await mountDetail('lys-i-moerket')

    expect(fetchActivityTotals).toHaveBeenCalledWith(42, expect.any(AbortSignal))
    expect(fetchActivities).toHaveBeenCalledWith({ themeId: 42, page: 1, size: 10, sort: '-startsAt' }, expect.any(AbortSignal))
    const section = wrapper.get('[data-testid="theme-activities"]')
    expect(section.get('[data-testid="activity-summary"]').text()).toBe('142 aktiviteter, 5.942 fremmødte, rækkevidde 123.664')
    expect(section.text()).toContain('Fremmøde og rækkevidde er indberettet for 51 aktiviteter.')

    const channels = section.get('[data-testid="activity-channel-table"]')
    expect(channels.get('caption').text()).toBe('Aktiviteter pr. kanal')
    expect(channels.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true)
    const rows = channels.findAll('tbody tr, tfoot tr').map((tr) => [
      tr.get('th[scope="row"]').text(),
      ...tr.findAll('td').map((td) => td.text()),
    ])
    expect(rows).toEqual([
      ['Arrangementer', '100', '40', '5.942', '0'],
      ['Presse', '42', '11', '0', '123.664'],
      ['I alt', '142', '51', '5.942', '123.664'],
    ])

    const list = section.get('[data-testid="activity-table"]')
    expect(list.get('caption').text()).toBe('Aktiviteter i temaet Lys i mørket, nyeste først')
    expect(list.get('[data-testid="activity-7"]').text()).toContain('Fortælleaften i mørket')
    expect(list.get('[data-testid="activity-7"]').text()).toContain('Hjørring Bibliotekerne')
    expect(list.get('[data-testid="activity-attendance"]').text()).toBe('55')
    const pagination = section.get('nav.pagination')
    expect(pagination.attributes('aria-label')).toBe('Sider i listen over temaets aktiviteter')
    expect(pagination.findAll('a').map((a) => a.attributes('href'))).toContain('/temaer/lys-i-moerket?aktiviteter=2')
  })

  it('asks for the activity page in the URL', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    await mountDetail('lys-i-moerket', false, '?aktiviteter=2')
    expect(fetchActivities).toHaveBeenCalledWith({ themeId: 42, page: 2, size: 10, sort: '-startsAt' }, expect.any(AbortSignal))
  })

  it('says so when the theme has no activities yet', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    vi.mocked(fetchActivityTotals).mockResolvedValue({ byTheme: [], byChannel: [] })
    vi.mocked(fetchActivities).mockResolvedValue({ items: [], page: 1, size: 10, totalItems: 0, totalPages: 0 })
    const wrapper = await mountDetail('lys-i-moerket')
    const section = wrapper.get('[data-testid="theme-activities"]')
    expect(section.get('[data-testid="activity-summary"]').text()).toBe(
      'Bibliotekerne har ikke lagt aktiviteter ind i temaet endnu.',
    )
    expect(section.find('[data-testid="activity-channel-table"]').exists()).toBe(false)
    expect(section.find('[data-testid="activity-table"]').exists()).toBe(false)
    expect(section.find('nav.pagination').exists()).toBe(false)
  })

  it('links to the CSV downloads and the calendar feeds', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    const wrapper = await mountDetail('lys-i-moerket')
    const link = (testId: string) => wrapper.get(`[data-testid="${testId}"]`)
    expect(link('participations-csv-link').text()).toBe('Hent tilmeldinger som CSV')
    expect(link('participations-csv-link').attributes()).toMatchObject({
      href: '/api/themes/42/export/participations.csv',
      download: '',
    })
    expect(link('activities-csv-link').text()).toBe('Hent aktiviteter som CSV')
    expect(link('activities-csv-link').attributes()).toMatchObject({ href: '/api/themes/42/export/activities.csv', download: '' })
    expect(link('theme-calendar-link').text()).toBe('Abonnér på temakalenderen')
    expect(link('theme-calendar-link').attributes('href')).toBe('/api/calendar/themes.ics')
    expect(link('milestone-calendar-link').text()).toBe('Milepæle i kalender')
    expect(link('milestone-calendar-link').attributes('href')).toBe('/api/calendar/milestones.ics')
  })

  it('shows the not-found message for a 404 from the API', async () => {
    vi.mocked(fetchThemeBySlug).mockRejectedValue(
      new ProblemError({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No theme' }),
    )
    const wrapper = await mountDetail('findes-ikke')
    expect(wrapper.get('h1').text()).toBe('Temaet findes ikke')
    expect(wrapper.find('[data-testid="problem-alert"]').exists()).toBe(false)
    expect(fetchAllParticipations).not.toHaveBeenCalled()
    expect(fetchActivities).not.toHaveBeenCalled()
  })

  it('shows other problems in a ProblemAlert', async () => {
    vi.mocked(fetchThemeBySlug).mockRejectedValue(
      new ProblemError({ type: 'about:blank', title: 'Intern fejl', status: 500, detail: 'Noget gik galt' }),
    )
    const wrapper = await mountDetail('lys-i-moerket')
    expect(wrapper.get('[data-testid="problem-alert"]').text()).toContain('Noget gik galt')
  })

  it('shows a problem with the participants without hiding the theme', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    vi.mocked(fetchAllParticipations).mockRejectedValue(
      new ProblemError({ type: 'about:blank', title: 'Intern fejl', status: 500, detail: 'Deltagerne mangler' }),
    )
    const wrapper = await mountDetail('lys-i-moerket')
    expect(wrapper.get('h1').text()).toContain('Lys i mørket')
    expect(wrapper.get('[data-testid="theme-participants"] [data-testid="problem-alert"]').text()).toContain(
      'Deltagerne mangler',
    )
  })

  it('links to the sign-up page for editors and coordinators, once that page exists', async () => {
    // Sign-up open whatever day the tests run (the link follows the dates, not the status).
    vi.mocked(fetchThemeBySlug).mockResolvedValue({ ...theme, signupOpensOn: null, signupDeadline: '2999-12-31' })

    let wrapper = await mountDetail('lys-i-moerket', true)
    expect(wrapper.find('[data-testid="theme-signup-link"]').exists()).toBe(false)

    signInAs(['EDITOR'], 10)
    wrapper = await mountDetail('lys-i-moerket', true)
    const signupHref = wrapper.router.resolve({ name: 'theme-signup', params: { slug: 'lys-i-moerket' } }).href
    expect(signupHref).toMatch(/^\/temaer\/lys-i-moerket\/.+/)
    expect(wrapper.get('[data-testid="theme-signup-link"]').attributes('href')).toBe(signupHref)

    signInAs(['COORDINATOR'])
    wrapper = await mountDetail('lys-i-moerket', false)
    expect(wrapper.find('[data-testid="theme-signup-link"]').exists()).toBe(false)
  })

  it('shows an editor no sign-up link once the deadline has passed', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue({ ...theme, signupOpensOn: null, signupDeadline: '2000-01-01' })
    signInAs(['EDITOR'], 10)
    const wrapper = await mountDetail('lys-i-moerket', true)
    expect(wrapper.find('[data-testid="theme-signup-link"]').exists()).toBe(false)
  })

  it('uses the English names of the focus areas in English', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue(theme)
    setLocale('en')
    const wrapper = await mountDetail('lys-i-moerket')
    expect(wrapper.findAll('[data-testid="theme-focus-areas"] li').map((li) => li.text())).toEqual(['Debate', 'Literature'])
    expect(details(wrapper)['Peak weeks']).toBe('Week 53, 2026 and week 1, 2027')
    expect(wrapper.get('[data-testid="participants-total"]').text()).toBe('3 libraries take part')
  })
})
