import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import type { ParticipationView } from '@/api/types'
import { flash } from '@/shared/composables/flash'
import { resetSession } from '@/shared/auth/session'
import { setLocale } from '@/i18n'
import { fetchLibraryParticipations, fetchThemeBySlug, signUp } from './participationApi'
import SignupPage from './SignupPage.vue'
import { signInForTest } from '@/shared/auth/testSession'
import { mountInApp } from '@/app/testMount'

vi.mock('./participationApi', async (original) => ({
  ...(await original<typeof import('./participationApi')>()),
  fetchThemeBySlug: vi.fn(),
  fetchLibraryParticipations: vi.fn(),
  signUp: vi.fn(),
}))
vi.mock('@/shared/reference/contactOptions', () => ({
  fetchContacts: vi.fn().mockResolvedValue({
    items: [{ id: 12, name: 'Lene Holm', title: 'Netværksansvarlig' }],
    page: 1,
    size: 100,
    totalItems: 1,
    totalPages: 1,
  }),
}))
vi.mock('@/shared/reference/libraryOptions', () => ({
  fetchAllLibraryRefs: vi.fn(async () => [
    { id: 97, name: 'Aalborg Bibliotekerne' },
    { id: 40, name: 'Odense Bibliotekerne' },
  ]),
}))

const klima = {
  id: 8,
  number: 14,
  title: 'Klima og hverdag',
  slug: 'klima-og-hverdag',
  summary: 'Hvad kan vi selv gøre?',
  signupDeadline: '2999-02-15',
  signupOpensOn: null,
  focusAreas: [
    { code: 'ACTIVITIES', nameDa: 'Aktiviteter', nameEn: 'Activities' },
    { code: 'LITERATURE', nameDa: 'Litteratur', nameEn: 'Literature' },
  ],
}
const empty = { items: [], page: 1, size: 100, totalItems: 0, totalPages: 0 }

function signIn(roles: ('EDITOR' | 'COORDINATOR')[], library?: { id: number; name: string }): void {
  signInForTest(roles, { id: 5, email: 'x@samspil.demo', displayName: 'X', ...(library ? { library } : {}) })
}

async function mountSignup() {
  return mountInApp('/temaer/klima-og-hverdag/tilmeld', SignupPage, { props: { slug: 'klima-og-hverdag' }, attach: true })
}

beforeEach(() => {
  resetSession()
  setLocale('da')
  vi.mocked(fetchThemeBySlug).mockResolvedValue(klima as never)
  vi.mocked(fetchLibraryParticipations).mockResolvedValue(empty)
})
afterEach(() => {
  vi.mocked(signUp).mockReset()
  document.body.innerHTML = ''
})

describe('SignupPage', () => {
  it('signs an editor’s own library up with the chosen channels and focus areas, then shows the theme', async () => {
    signIn(['EDITOR'], { id: 40, name: 'Odense Bibliotekerne' })
    vi.mocked(signUp).mockResolvedValue({
      data: { id: 600, library: { id: 40, name: 'Odense Bibliotekerne' } } as ParticipationView,
      etag: '"v0"',
    })
    const { wrapper, router } = await mountSignup()
    expect(wrapper.text()).toContain('Bibliotek: Odense Bibliotekerne')
    expect(wrapper.find('select#signup-libraryId').exists()).toBe(false)
    expect(wrapper.findAll('[id^="signup-focusArea-"]')).toHaveLength(2)

    await wrapper.get('#signup-channel-PRESS').setValue(true)
    await wrapper.get('#signup-channel-EVENTS').setValue(true)
    await wrapper.get('#signup-focusArea-LITERATURE').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(signUp).toHaveBeenCalledWith(8, {
      libraryId: 40,
      channels: ['EVENTS', 'PRESS'],
      focusAreas: ['LITERATURE'],
      networkLeadId: null,
    })
    // Pages load on demand, so the navigation ends a few ticks later.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/temaer/klima-og-hverdag'))
    expect(flash.value?.path).toBe('/temaer/klima-og-hverdag')
  })

  it('says plainly when the library is signed up already (409)', async () => {
    signIn(['EDITOR'], { id: 40, name: 'Odense Bibliotekerne' })
    vi.mocked(signUp).mockRejectedValue(
      new ProblemError({
        type: '/problems/conflict',
        title: 'Konflikt',
        status: 409,
        detail: 'Biblioteket er allerede tilmeldt dette tema.',
        errors: [{ field: 'libraryId', message: 'Biblioteket er allerede tilmeldt dette tema.' }],
      }),
    )
    const { wrapper } = await mountSignup()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const conflict = wrapper.get('[data-testid="signup-conflict"]')
    expect(conflict.text()).toContain('Biblioteket er allerede tilmeldt dette tema.')
    expect(conflict.text()).toContain('Se og ret jeres tilmeldinger')
    expect(wrapper.find('[data-testid="error-summary"]').exists()).toBe(false)
  })

  it('shows an editor an existing sign-up instead of the form', async () => {
    signIn(['EDITOR'], { id: 97, name: 'Aalborg Bibliotekerne' })
    vi.mocked(fetchLibraryParticipations).mockResolvedValue({
      ...empty,
      totalItems: 1,
      items: [{ id: 489, theme: { id: 8 }, library: { id: 97, name: 'Aalborg Bibliotekerne' }, state: 'SIGNED_UP' } as ParticipationView],
    })
    const { wrapper } = await mountSignup()
    expect(wrapper.get('[data-testid="signup-existing"]').text()).toContain('Aalborg Bibliotekerne er tilmeldt temaet (status: Tilmeldt).')
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('closes the form for editors after the deadline, not for coordinators', async () => {
    vi.mocked(fetchThemeBySlug).mockResolvedValue({ ...klima, signupDeadline: '2001-01-01' } as never)
    signIn(['EDITOR'], { id: 40, name: 'Odense Bibliotekerne' })
    const editor = await mountSignup()
    expect(editor.wrapper.get('[data-testid="signup-closed"]').text()).toContain('Tilmeldingsfristen er overskredet')
    expect(editor.wrapper.find('form').exists()).toBe(false)
    editor.wrapper.unmount()

    signIn(['COORDINATOR'])
    const coordinator = await mountSignup()
    expect(coordinator.wrapper.find('form').exists()).toBe(true)
    expect(coordinator.wrapper.text()).toContain('Som koordinator kan du stadig tilmelde et bibliotek')
  })

  it('lets a coordinator choose the library, and asks for one before sending', async () => {
    signIn(['COORDINATOR'])
    vi.mocked(signUp).mockResolvedValue({ data: { id: 601, library: { id: 97, name: 'Aalborg Bibliotekerne' } } as ParticipationView, etag: '"v0"' })
    const { wrapper } = await mountSignup()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(signUp).not.toHaveBeenCalled()
    expect(wrapper.get('#signup-libraryId-error').text()).toContain('Vælg det bibliotek, der skal tilmeldes.')

    await wrapper.get('select#signup-libraryId').setValue('97')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(signUp).toHaveBeenCalledWith(8, { libraryId: 97, channels: [], focusAreas: [], networkLeadId: null })
  })
})
