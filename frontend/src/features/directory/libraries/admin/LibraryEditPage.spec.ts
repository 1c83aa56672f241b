import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import type { LibraryView } from '@/api/types'
import { setLocale } from '@/i18n'
import { resetSession } from '@/shared/auth/session'
import { deleteLibrary, fetchLibraryForEdit, updateLibrary } from '../libraryApi'
import LibraryEditPage from './LibraryEditPage.vue'
import { signInForTest } from '@/shared/auth/testSession'
import { mountInApp } from '@/app/testMount'

vi.mock('../libraryApi', () => ({
  fetchLibraryForEdit: vi.fn(),
  updateLibrary: vi.fn(),
  deleteLibrary: vi.fn(),
}))
vi.mock('@/shared/reference/regions', () => ({
  fetchMunicipalities: vi.fn(async () => [
    { code: 860, name: 'Hjørring', region: { code: 1081, name: 'Region Nordjylland' }, libraryNumber: '786000' },
  ]),
}))

const hjorring: LibraryView = {
  id: 98,
  name: 'Hjørring Bibliotekerne',
  libraryNumber: '786000',
  isil: 'DK-786000',
  municipality: { code: 860, name: 'Hjørring' },
  region: { code: 1081, name: 'Region Nordjylland' },
  centralLibrary: false,
  street: null,
  postalCode: null,
  city: null,
  website: null,
  email: null,
  phone: null,
  joinedOn: null,
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 0,
}

async function mountEdit() {
  return mountInApp('/biblioteker/98/rediger', LibraryEditPage, { props: { id: '98' }, attach: true })
}

beforeEach(() => {
  resetSession()
  setLocale('da')
  signInForTest(['COORDINATOR'])
  vi.mocked(fetchLibraryForEdit).mockResolvedValue({ data: hjorring, etag: '"v0"' })
})
afterEach(() => {
  vi.mocked(updateLibrary).mockReset()
  vi.mocked(deleteLibrary).mockReset()
  vi.mocked(fetchLibraryForEdit).mockReset()
  document.body.innerHTML = ''
})

describe('LibraryEditPage', () => {
  it('saves the whole library with the ETag it was loaded with', async () => {
    vi.mocked(updateLibrary).mockResolvedValue({ data: { ...hjorring, phone: '+45 12345678', version: 1 }, etag: '"v1"' })
    const { wrapper, router } = await mountEdit()
    expect((wrapper.get('#library-name').element as HTMLInputElement).value).toBe('Hjørring Bibliotekerne')

    await wrapper.get('#library-phone').setValue(' +45 12345678 ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(updateLibrary).toHaveBeenCalledWith(
      98,
      expect.objectContaining({ name: 'Hjørring Bibliotekerne', municipalityCode: 860, phone: '+45 12345678', street: null, active: true }),
      '"v0"',
    )
    // Pages load on demand, so the navigation ends a few ticks later.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/biblioteker/98'))
  })

  it('shows validation messages next to their fields', async () => {
    vi.mocked(updateLibrary).mockRejectedValue(
      new ProblemError({
        type: '/problems/validation',
        title: 'Ugyldige oplysninger',
        status: 400,
        errors: [{ field: 'phone', message: 'skal være et telefonnummer på 8 til 20 cifre' }],
      }),
    )
    const { wrapper } = await mountEdit()
    await wrapper.get('#library-phone').setValue('12')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('#library-phone-error').text()).toContain('Skal være et telefonnummer på 8 til 20 cifre.')
    expect(wrapper.get('#library-phone').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('[data-testid="error-summary"]').text()).toContain('Telefon: Skal være et telefonnummer')
  })

  it('after a 412 offers to load the newest version or keep editing', async () => {
    vi.mocked(updateLibrary).mockRejectedValue(
      new ProblemError({ type: '/problems/precondition-failed', title: 'Ændret af en anden', status: 412 }),
    )
    const { wrapper } = await mountEdit()
    await wrapper.get('#library-phone').setValue('+45 11111111')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const alert = wrapper.get('[data-testid="stale-alert"]')
    expect(alert.text()).toContain('En anden har ændret oplysningerne')
    const [reload, keep] = alert.findAll('button')
    expect(reload?.text()).toBe('Hent den nyeste udgave')
    expect(keep?.text()).toBe('Fortsæt redigering')
    expect(wrapper.get('[data-testid="library-save"]').attributes('disabled')).toBeDefined()

    // Keep editing: the edits stay on screen, saving waits for the newest version.
    await keep!.trigger('click')
    expect((wrapper.get('#library-phone').element as HTMLInputElement).value).toBe('+45 11111111')
    expect(wrapper.find('[data-testid="stale-alert"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="stale-reminder"]').text()).toContain('først gemme')

    // Load the newest version: the form shows it and the next save uses its ETag.
    vi.mocked(fetchLibraryForEdit).mockResolvedValue({ data: { ...hjorring, phone: '+45 22222222', version: 2 }, etag: '"v2"' })
    await wrapper.get('[data-testid="stale-reminder"] button').trigger('click')
    await flushPromises()
    expect((wrapper.get('#library-phone').element as HTMLInputElement).value).toBe('+45 22222222')
    vi.mocked(updateLibrary).mockResolvedValue({ data: hjorring, etag: '"v3"' })
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(vi.mocked(updateLibrary).mock.lastCall?.[2]).toBe('"v2"')
  })

  it('deletes only after confirmation, and explains a refusal with its references', async () => {
    vi.mocked(deleteLibrary).mockRejectedValue(
      new ProblemError({
        type: '/problems/still-referenced',
        title: 'Er stadig i brug',
        status: 409,
        references: [{ entity: 'app_user', count: 2 }],
      }),
    )
    const { wrapper } = await mountEdit()
    const section = wrapper.get('[data-testid="delete-section"]')
    await section.get('button').trigger('click')
    expect(deleteLibrary).not.toHaveBeenCalled()
    await wrapper.get('[data-testid="delete-confirm"] .button-primary').trigger('click')
    await flushPromises()

    expect(deleteLibrary).toHaveBeenCalledWith(98, '"v0"')
    const refused = wrapper.get('[data-testid="delete-refused"]')
    expect(refused.text()).toContain('Biblioteket kan ikke slettes')
    expect(refused.text()).toContain('Brugere: 2')
  })
})
