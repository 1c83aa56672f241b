import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { ProblemError } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import { createAppRouter } from '@/app/router'
import { resetSession } from '@/shared/auth/session'
import {
  deleteNetworkMeeting,
  fetchNetworkMeetingForEdit,
  updateNetworkMeeting,
  type NetworkMeetingView,
} from '../networkMeetingApi'
import NetworkMeetingEditPage from './NetworkMeetingEditPage.vue'
import { signInForTest } from '@/shared/auth/testSession'

vi.mock('../networkMeetingApi', () => ({
  fetchNetworkMeetingForEdit: vi.fn(),
  updateNetworkMeeting: vi.fn(),
  deleteNetworkMeeting: vi.fn(),
  fetchAllLibraries: vi.fn(async () => [
    { id: 10, name: 'Albertslund Bibliotekerne' },
    { id: 48, name: 'Assens Bibliotekerne' },
    { id: 97, name: 'Aalborg Bibliotekerne' },
  ]),
  fetchAllThemes: vi.fn(async () => [{ id: 7, number: 13, title: 'Demokrati i hverdagen', slug: 'demokrati-i-hverdagen' }]),
}))

const meeting: NetworkMeetingView = {
  id: 24,
  title: 'Netværksmøde efterår 2026',
  startsAt: '2026-09-08T08:00:00Z',
  endsAt: '2026-09-08T13:30:00Z',
  host: { id: 97, name: 'Aalborg Bibliotekerne' },
  place: 'Hovedbiblioteket',
  agenda: '',
  agendaHtml: '',
  minutes: '',
  minutesHtml: '',
  attendingLibraries: [
    { id: 48, name: 'Assens Bibliotekerne' },
    { id: 10, name: 'Albertslund Bibliotekerne' },
  ],
  ideas: [
    { id: 1, text: 'Fælles quiz' },
    { id: 2, text: 'Debataften', theme: { id: 7, number: 13, title: 'Demokrati i hverdagen', slug: 'demokrati-i-hverdagen' } },
  ],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 0,
}

async function mountEdit() {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/admin/netvaerksmoeder/24')
  await router.isReady()
  const wrapper = mount(NetworkMeetingEditPage, {
    props: { id: '24' },
    global: { plugins: [i18n, router] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router }
}

const input = (wrapper: Awaited<ReturnType<typeof mountEdit>>['wrapper'], selector: string) =>
  wrapper.get(selector).element as HTMLInputElement

beforeEach(() => {
  resetSession()
  setLocale('da')
  signInForTest(['COORDINATOR'])
  vi.mocked(fetchNetworkMeetingForEdit).mockResolvedValue({ data: meeting, etag: '"v0"' })
})
afterEach(() => {
  vi.mocked(updateNetworkMeeting).mockReset()
  vi.mocked(deleteNetworkMeeting).mockReset()
  vi.mocked(fetchNetworkMeetingForEdit).mockReset()
  document.body.innerHTML = ''
})

describe('NetworkMeetingEditPage', () => {
  it('shows the meeting in Danish time and saves the whole meeting with its ETag', async () => {
    vi.mocked(updateNetworkMeeting).mockResolvedValue({ data: { ...meeting, version: 1 }, etag: '"v1"' })
    const { wrapper, router } = await mountEdit()
    expect(input(wrapper, '#meeting-startsAt').value).toBe('2026-09-08T10:00')
    expect(input(wrapper, '#meeting-hostLibraryId').value).toBe('97')
    expect(input(wrapper, '#meeting-attendingLibraryIds-48').checked).toBe(true)
    expect(input(wrapper, '#meeting-attendingLibraryIds-97').checked).toBe(false)
    expect(input(wrapper, '#meeting-ideas-1-themeId').value).toBe('7')

    // Tick one more library and move the start an hour.
    await wrapper.get('#meeting-attendingLibraryIds-97').setValue(true)
    await wrapper.get('#meeting-startsAt').setValue('2026-09-08T11:00')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(updateNetworkMeeting).toHaveBeenCalledWith(
      24,
      expect.objectContaining({
        startsAt: '2026-09-08T11:00:00+02:00',
        endsAt: '2026-09-08T15:30:00+02:00',
        hostLibraryId: 97,
        attendingLibraryIds: [48, 10, 97],
        ideas: [
          { text: 'Fælles quiz', proposer: null, proposerLibraryId: null, themeId: null },
          { text: 'Debataften', proposer: null, proposerLibraryId: null, themeId: 7 },
        ],
      }),
      '"v0"',
    )
    // Pages load on demand, so the navigation ends a few ticks later.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/netvaerksmoeder/24'))
  })

  it('shows nested API errors at the idea field and at the list of libraries', async () => {
    vi.mocked(updateNetworkMeeting).mockRejectedValue(
      new ProblemError({
        type: '/problems/validation',
        title: 'Ugyldige oplysninger',
        status: 400,
        errors: [
          { field: 'ideas[1].themeId', message: 'intet tema har dette id' },
          { field: 'ideas.text[0]', message: 'må ikke være blank' },
          { field: 'attendingLibraryIds[1]', message: 'intet bibliotek har dette id' },
        ],
      }),
    )
    const { wrapper } = await mountEdit()
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('#meeting-ideas-1-themeId-error').text()).toContain('Intet tema har dette id.')
    expect(wrapper.get('#meeting-ideas-1-themeId').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#meeting-ideas-0-text-error').text()).toContain('Må ikke være blank.')
    // attendingLibraryIds[1] is the second library sent: Albertslund (ticked after Assens).
    expect(wrapper.get('#meeting-attendingLibraryIds-error').text()).toContain(
      'Albertslund Bibliotekerne: Intet bibliotek har dette id.',
    )
    const summary = wrapper.get('[data-testid="error-summary"]')
    expect(summary.text()).toContain('Idé 2, Til tema: Intet tema har dette id.')
    expect(summary.find('a[href="#meeting-ideas-1-themeId"]').exists()).toBe(true)
  })

  it('checks the start time before sending', async () => {
    const { wrapper } = await mountEdit()
    await wrapper.get('#meeting-startsAt').setValue('')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(updateNetworkMeeting).not.toHaveBeenCalled()
    expect(wrapper.get('#meeting-startsAt-error').text()).toContain('Skal udfyldes')
  })

  it('after a 412 disables saving until the newest version is loaded, then saves with its ETag', async () => {
    vi.mocked(updateNetworkMeeting).mockRejectedValue(
      new ProblemError({ type: '/problems/precondition-failed', title: 'Ændret af en anden', status: 412 }),
    )
    const { wrapper } = await mountEdit()
    await wrapper.get('#meeting-title').setValue('Nyt navn')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const alert = wrapper.get('[data-testid="stale-alert"]')
    expect(alert.text()).toContain('En anden har ændret oplysningerne')
    expect(wrapper.get('[data-testid="meeting-save"]').attributes('disabled')).toBeDefined()

    vi.mocked(fetchNetworkMeetingForEdit).mockResolvedValue({ data: { ...meeting, title: 'Ændret', version: 2 }, etag: '"v2"' })
    await alert.get('button').trigger('click')
    await flushPromises()
    expect(input(wrapper, '#meeting-title').value).toBe('Ændret')
    vi.mocked(updateNetworkMeeting).mockResolvedValue({ data: meeting, etag: '"v3"' })
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(vi.mocked(updateNetworkMeeting).mock.lastCall?.[2]).toBe('"v2"')
  })

  it('deletes only after confirmation, with the ETag', async () => {
    vi.mocked(deleteNetworkMeeting).mockResolvedValue()
    const { wrapper, router } = await mountEdit()
    await wrapper.get('[data-testid="delete-section"] button').trigger('click')
    expect(deleteNetworkMeeting).not.toHaveBeenCalled()
    await wrapper.get('[data-testid="delete-confirm"] .button-primary').trigger('click')
    await flushPromises()
    expect(deleteNetworkMeeting).toHaveBeenCalledWith(24, '"v0"')
    // The admin list is loaded lazily: wait for the navigation to finish.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/admin/netvaerksmoeder'))
  })
})
