import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import { fetchHome, type HomeView } from '@/features/collaboration/home/homeApi'
import { setLocale } from '@/i18n'
import FrontPage from './FrontPage.vue'
import { mountInApp } from '@/app/testMount'

vi.mock('@/features/collaboration/home/homeApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/features/collaboration/home/homeApi')>()),
  fetchHome: vi.fn(),
}))

/** Between themes, with no meeting planned: the parts that are absent say so. */
const home: HomeView = {
  goal: { targetLibraries: 90, targetDate: '2027-12-31', participatingNow: 72, remaining: 18, reached: false, themes: [] },
  libraries: { libraries: 98, centralLibraries: 7, regions: 5 },
}

async function mountPage() {
  const { wrapper } = await mountInApp('/', FrontPage)
  return wrapper
}

beforeEach(() => setLocale('da'))
afterEach(() => vi.clearAllMocks())

describe('FrontPage', () => {
  it('shows the goal, the meeting and the libraries in figures from one request', async () => {
    vi.mocked(fetchHome).mockResolvedValue(home)
    const wrapper = await mountPage()

    expect(fetchHome).toHaveBeenCalledTimes(1)
    expect(wrapper.get('[data-testid="goal-headline"]').text()).toBe('72 af 90 biblioteker er med')
    expect(wrapper.get('[data-testid="home-meeting"]').text()).toContain('Der er ikke planlagt noget netværksmøde.')
    expect(wrapper.get('[data-testid="stat-libraries"]').text()).toContain('98')
    expect(wrapper.get('[data-testid="stat-central"]').text()).toContain('7')
    expect(wrapper.get('[data-testid="stat-regions"]').text()).toContain('5')
  })

  it('says once that the page could not be loaded, and claims nothing about the meeting', async () => {
    vi.mocked(fetchHome).mockRejectedValue(
      new ProblemError({ type: 'urn:samspil:problem:network', title: 'Ingen forbindelse', status: 0 }),
    )
    const wrapper = await mountPage()

    expect(wrapper.findAll('[role="alert"]')).toHaveLength(1)
    expect(wrapper.text()).not.toContain('Der er ikke planlagt noget netværksmøde.')
    expect(wrapper.find('[data-testid="goal-headline"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="home-stats"]').exists()).toBe(false)
  })

  it('says plainly that a goal whose deadline passed was not reached, and counts one library in the singular', async () => {
    vi.mocked(fetchHome).mockResolvedValue({ ...home, goal: { ...home.goal, targetDate: '2017-12-31' } })
    let wrapper = await mountPage()
    expect(wrapper.get('[data-testid="goal-overdue"]').text()).toBe(
      'Fristen for målet om 90 biblioteker var 31. december 2017, og målet blev ikke nået. Koordinatorerne sætter et nyt mål.',
    )
    expect(wrapper.text()).not.toContain('Der mangler')

    vi.mocked(fetchHome).mockResolvedValue({ ...home, goal: { ...home.goal, targetDate: '2999-12-31', participatingNow: 89, remaining: 1 } })
    wrapper = await mountPage()
    expect(wrapper.find('[data-testid="goal-overdue"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Der mangler 1 bibliotek for at nå målet om 90 biblioteker inden 31. december 2999.')
  })
})
