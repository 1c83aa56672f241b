import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { GoalProgress, ParticipationView } from '@/api/types'
import { fetchGoalProgress } from '@/features/collaboration/goal/goalApi'
import { confirmParticipations, fetchThemeParticipations } from '@/features/collaboration/participations/participationApi'
import { fetchRegionCoverage } from '@/features/collaboration/themes/themeApi'
import { resetSession } from '@/shared/auth/session'
import { signInForTest } from '@/shared/auth/testSession'
import { setLocale } from '@/i18n'
import { mountInApp } from '@/app/testMount'
import CoordinatorOverview from './CoordinatorOverview.vue'

vi.mock('@/features/collaboration/goal/goalApi', async (original) => ({
  ...(await original<typeof import('@/features/collaboration/goal/goalApi')>()),
  fetchGoalProgress: vi.fn(),
}))
vi.mock('@/features/collaboration/participations/participationApi', async (original) => ({
  ...(await original<typeof import('@/features/collaboration/participations/participationApi')>()),
  fetchThemeParticipations: vi.fn(),
  confirmParticipations: vi.fn(),
}))
vi.mock('@/features/collaboration/themes/themeApi', async (original) => ({
  ...(await original<typeof import('@/features/collaboration/themes/themeApi')>()),
  fetchRegionCoverage: vi.fn(),
}))
vi.mock('@/shared/reference/focusAreas', async (original) => ({
  ...(await original<typeof import('@/shared/reference/focusAreas')>()),
  fetchFocusAreas: vi.fn(async () => []),
}))

const theme13 = { id: 13, number: 13, title: 'Demokrati', slug: 'demokrati' }
const theme14 = { id: 14, number: 14, title: 'Ensomhed', slug: 'ensomhed' }
const progress = (over: Partial<GoalProgress> = {}): GoalProgress => ({
  targetLibraries: 90,
  targetDate: '2999-12-31',
  participatingNow: 80,
  countedTheme: theme13,
  remaining: 10,
  reached: false,
  themes: [
    { theme: theme13, startDate: '2026-09-07', participants: 80, confirmed: 80 },
    { theme: theme14, startDate: '2027-03-01', participants: 43, confirmed: 2 },
  ],
  ...over,
})
const waitingSignUp = (id: number, name: string): ParticipationView => ({
  id,
  theme: theme14,
  library: { id: 100 + id, name, region: { code: 1081, name: 'Region Nordjylland' } },
  state: 'SIGNED_UP',
  channels: ['EVENTS'],
  focusAreas: [],
  signedUpAt: '2026-11-01T10:00:00Z',
  version: 0,
})
const waiting = [waitingSignUp(1, 'Aalborg Bibliotekerne'), waitingSignUp(2, 'Hjørring Bibliotekerne')]

async function mountOverview() {
  const { wrapper } = await mountInApp('/admin', CoordinatorOverview, { attach: true })
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  resetSession()
  setLocale('da')
  signInForTest(['COORDINATOR'])
  vi.mocked(fetchGoalProgress).mockResolvedValue(progress())
  vi.mocked(fetchThemeParticipations).mockResolvedValue({ items: waiting, page: 1, size: 100, totalItems: 41, totalPages: 1 })
  vi.mocked(fetchRegionCoverage).mockResolvedValue({
    theme: theme13,
    regions: [{ region: { code: 1081, name: 'Region Nordjylland' }, municipalities: 11, participating: 9, libraries: 10, share: 9 / 11 }],
    total: { municipalities: 11, participating: 9, libraries: 10, share: 9 / 11 },
  } as never)
})
afterEach(() => {
  vi.clearAllMocks()
  document.body.innerHTML = ''
})

describe('CoordinatorOverview', () => {
  it('shows the goal, each theme’s sign-ups by state (newest first) and the current theme’s coverage', async () => {
    const wrapper = await mountOverview()
    expect(wrapper.get('[data-testid="goal-headline"]').text()).toBe('80 af 90 biblioteker er med')
    const rows = wrapper.findAll('[data-testid="overview-themes"] tbody tr')
    expect(rows.map((row) => row.get('th').text())).toEqual(['Tema 14: Ensomhed', 'Tema 13: Demokrati'])
    expect(rows[0]!.findAll('td').map((cell) => cell.text())).toEqual(['43', '2', '41'])
    expect(rows[0]!.get('[data-testid="overview-theme-waiting"] a').attributes('href')).toBe('/admin/temaer/14/tilmeldinger?state=SIGNED_UP')
    expect(rows[1]!.get('[data-testid="overview-theme-waiting"]').text()).toBe('0')
    expect(fetchRegionCoverage).toHaveBeenCalledWith(13, expect.anything())
    expect(wrapper.get('[data-testid="overview-coverage"] h2').text()).toBe('Dækning i regionerne: tema 13')
    expect(wrapper.find('[data-testid="overview-new-goal"]').exists()).toBe(false)
  })

  it('lists the newest theme’s waiting sign-ups and confirms the chosen ones in one request', async () => {
    vi.mocked(confirmParticipations).mockResolvedValue({ confirmed: 2 } as never)
    const wrapper = await mountOverview()
    expect(fetchThemeParticipations).toHaveBeenCalledWith(14, { state: 'SIGNED_UP', size: 100 }, expect.anything())
    const section = wrapper.get('[data-testid="overview-waiting"]')
    expect(section.get('caption').text()).toBe('Tilmeldinger til tema 14, der venter på bekræftelse')
    // All of them wait: who and when is enough (no state, channels or focus areas).
    expect(section.findAll('thead th').map((th) => th.text())).toEqual(['Vælg', 'Bibliotek', 'Region', 'Tilmeldt', 'Handlinger'])
    // 41 wait, 2 are shown here: the page says where the rest are.
    expect(section.text()).toContain('Her vises de første 2.')

    await section.get('#participation-choose-all').setValue(true)
    await section.get('[data-testid="confirm-chosen"]').trigger('click')
    await flushPromises()
    expect(confirmParticipations).toHaveBeenCalledWith(14, [1, 2])
    // The figures and the list are read again.
    expect(fetchGoalProgress).toHaveBeenCalledTimes(2)
    expect(fetchThemeParticipations).toHaveBeenCalledTimes(2)
  })

  it('says so when nothing waits, and offers a new goal once the date has passed', async () => {
    vi.mocked(fetchGoalProgress).mockResolvedValue(
      progress({ targetDate: '2017-12-31', themes: [{ theme: theme13, startDate: '2026-09-07', participants: 80, confirmed: 80 }] }),
    )
    const wrapper = await mountOverview()
    expect(wrapper.get('[data-testid="overview-waiting"]').text()).toContain('Ingen tilmeldinger venter på bekræftelse.')
    expect(fetchThemeParticipations).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="goal-overdue"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="overview-new-goal"] a').attributes('href')).toBe('/admin/maal')
  })
})
