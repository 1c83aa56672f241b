import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import type { ParticipationView } from '@/api/types'
import { resetSession } from '@/shared/auth/session'
import { setLocale } from '@/i18n'
import { confirmParticipations, fetchThemeParticipations, updateParticipation } from '../participationApi'
import ThemeParticipationsPage from './ThemeParticipationsPage.vue'
import { signInForTest } from '@/shared/auth/testSession'
import { mountInApp } from '@/app/testMount'

vi.mock('../participationApi', async (original) => ({
  ...(await original<typeof import('../participationApi')>()),
  fetchTheme: vi.fn(async () => ({ id: 1, title: 'Ensomhed', slug: 'ensomhed', focusAreas: [] })),
  fetchThemeParticipations: vi.fn(),
  updateParticipation: vi.fn(),
  confirmParticipations: vi.fn(),
}))
vi.mock('@/shared/reference/regions', () => ({
  fetchRegions: vi.fn(async () => [{ code: 1081, name: 'Region Nordjylland', municipalityCount: 11 }]),
}))
vi.mock('@/shared/reference/focusAreas', async (original) => ({
  ...(await original<typeof import('@/shared/reference/focusAreas')>()),
  fetchFocusAreas: vi.fn(async () => [{ code: 'ACTIVITIES', nameDa: 'Aktiviteter', nameEn: 'Activities' }]),
}))

const signedUp: ParticipationView = {
  id: 12,
  theme: { id: 1, number: 1, title: 'Ensomhed', slug: 'ensomhed' },
  library: { id: 97, name: 'Aalborg Bibliotekerne', region: { code: 1081, name: 'Region Nordjylland' } },
  state: 'SIGNED_UP',
  channels: ['EVENTS'],
  focusAreas: ['ACTIVITIES'],
  signedUpAt: '2015-01-01T10:00:00Z',
  version: 2,
}
const page = (items: ParticipationView[]) => ({ items, page: 1, size: 50, totalItems: items.length, totalPages: 1 })

async function mountPage(path = '/admin/temaer/1/tilmeldinger') {
  return mountInApp(path, ThemeParticipationsPage, { props: { id: '1' }, attach: true })
}

beforeEach(() => {
  resetSession()
  setLocale('da')
  signInForTest(['COORDINATOR'])
  vi.mocked(fetchThemeParticipations).mockResolvedValue(page([signedUp]))
})
afterEach(() => {
  vi.mocked(fetchThemeParticipations).mockReset()
  vi.mocked(updateParticipation).mockReset()
  vi.mocked(confirmParticipations).mockReset()
  document.body.innerHTML = ''
})

describe('ThemeParticipationsPage', () => {
  it('asks the API with the filters from the URL', async () => {
    await mountPage('/admin/temaer/1/tilmeldinger?state=WITHDRAWN&region=1081')
    expect(fetchThemeParticipations).toHaveBeenCalledWith(
      1,
      { page: 1, size: 50, sort: 'library', state: 'WITHDRAWN', region: 1081 },
      expect.anything(),
    )
  })

  it('confirms with the version the row was read in, keeping its choices', async () => {
    vi.mocked(updateParticipation).mockResolvedValue({ data: { ...signedUp, state: 'CONFIRMED', version: 3 }, etag: '"v3"' })
    const { wrapper } = await mountPage()
    const row = wrapper.get('[data-testid="participation-row-12"]')
    expect(row.get('[data-testid="participation-state"]').text()).toBe('Tilmeldt')

    await row.get('[data-testid="participation-confirm"]').trigger('click')
    await flushPromises()

    expect(updateParticipation).toHaveBeenCalledWith(12, { state: 'CONFIRMED', channels: ['EVENTS'], focusAreas: ['ACTIVITIES'] }, '"v2"')
    expect(row.get('[data-testid="participation-state"]').text()).toBe('Bekræftet')
    expect(wrapper.get('[data-testid="participation-status"]').text()).toContain('Tilmeldingen fra Aalborg Bibliotekerne er bekræftet.')
    expect(row.find('[data-testid="participation-unconfirm"]').exists()).toBe(true)
  })

  it('after a 412 says so and shows the list as it is now', async () => {
    vi.mocked(updateParticipation).mockRejectedValue(
      new ProblemError({ type: '/problems/precondition-failed', title: 'Ændret af en anden', status: 412 }),
    )
    const { wrapper } = await mountPage()
    vi.mocked(fetchThemeParticipations).mockResolvedValue(page([{ ...signedUp, state: 'WITHDRAWN', version: 3 }]))
    await wrapper.get('[data-testid="participation-confirm"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-testid="problem-alert"]').text()).toContain('Ændret af en anden')
    expect(wrapper.get('[data-testid="participation-state"]').text()).toBe('Trukket tilbage')
    expect(fetchThemeParticipations).toHaveBeenCalledTimes(2)
  })

  it('shows a refusal (403) as the API gave it', async () => {
    vi.mocked(updateParticipation).mockRejectedValue(
      new ProblemError({ type: '/problems/forbidden', title: 'Ingen adgang', status: 403, detail: 'Kun koordinatorer kan sætte en tilmelding til CONFIRMED.' }),
    )
    const { wrapper } = await mountPage()
    await wrapper.get('[data-testid="participation-confirm"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="problem-alert"]').text()).toContain('Kun koordinatorer')
    expect(wrapper.get('[data-testid="participation-state"]').text()).toBe('Tilmeldt')
  })

  it('confirms the chosen sign-ups together and says how many, choosing only those waiting', async () => {
    const other = { ...signedUp, id: 13, library: { ...signedUp.library, id: 98, name: 'Brønderslev Bibliotek' } }
    const confirmed = { ...signedUp, id: 14, state: 'CONFIRMED' as const, library: { ...signedUp.library, id: 99, name: 'Hjørring Bibliotekerne' } }
    vi.mocked(fetchThemeParticipations).mockResolvedValue(page([signedUp, other, confirmed]))
    vi.mocked(confirmParticipations).mockResolvedValue({ confirmed: 2, ids: [12, 13] })
    const { wrapper } = await mountPage()

    // Only waiting rows can be chosen; nothing chosen, nothing to confirm.
    expect(wrapper.find('[data-testid="participation-choose-14"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="confirm-chosen"]').attributes('disabled')).toBeDefined()
    const all = wrapper.get('#participation-choose-all')
    expect(wrapper.get('label[for="participation-choose-all"]').text()).toBe('Vælg alle 2 ventende tilmeldinger på siden')
    await all.setValue(true)
    expect(wrapper.get('[data-testid="confirm-chosen"]').text()).toBe('Bekræft valgte (2)')
    await wrapper.get('[data-testid="confirm-chosen"]').trigger('click')
    await flushPromises()

    expect(confirmParticipations).toHaveBeenCalledWith(1, [12, 13])
    expect(wrapper.get('[data-testid="participation-status"]').text()).toBe('2 tilmeldinger er bekræftet.')
    // The list is read again, and the choice is cleared.
    expect(fetchThemeParticipations).toHaveBeenCalledTimes(2)
    expect(wrapper.get('[data-testid="confirm-chosen"]').text()).toBe('Bekræft valgte (0)')
  })

  it('confirms nothing when the API refuses one, and shows why', async () => {
    vi.mocked(confirmParticipations).mockRejectedValue(
      new ProblemError({ type: '/problems/conflict', title: 'Konflikt', status: 409, detail: 'ids[0] venter ikke på bekræftelse' }),
    )
    const { wrapper } = await mountPage()
    await wrapper.get('[data-testid="participation-choose-12"]').setValue(true)
    await wrapper.get('[data-testid="confirm-chosen"]').trigger('click')
    await flushPromises()

    expect(wrapper.text()).toContain('venter ikke på bekræftelse')
    expect(wrapper.find('[data-testid="participation-status"]').exists()).toBe(false)
  })
})
