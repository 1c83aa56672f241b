import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import type { SessionView } from '@/api/types'
import { setLocale } from '@/i18n'
import { clearSession, resetSession, setSession } from '@/shared/auth/session'
import LoginPage from './LoginPage.vue'
import { login } from './authApi'
import { mountInApp } from '@/app/testMount'

vi.mock('./authApi', () => ({
  login: vi.fn(),
  logout: vi.fn(),
  loadSession: vi.fn(),
  // The guard waits for the session; here nobody is signed in.
  ensureSessionLoaded: vi.fn(async () => undefined),
  changePassword: vi.fn(),
}))

const coordinatorSession: SessionView = {
  user: { id: 2, email: 'koordinator@samspil.demo', displayName: 'Karen', roles: ['COORDINATOR'], lastLoginAt: null },
  csrfToken: 'c',
  expiresAt: '2030-01-01T00:00:00Z',
  idleTimeoutSeconds: 1800,
}

/** Like the real login: the store holds the session afterwards. */
function loginSucceeds(): void {
  vi.mocked(login).mockImplementation(async () => {
    setSession(coordinatorSession)
    return coordinatorSession
  })
}

async function mountLogin(path = '/log-ind') {
  return mountInApp(path, LoginPage, { attach: true })
}

async function submit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], email: string, password: string) {
  await wrapper.get('#login-email').setValue(email)
  await wrapper.get('#login-password').setValue(password)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

beforeEach(() => {
  resetSession()
  clearSession()
  setLocale('da')
})
afterEach(() => {
  vi.mocked(login).mockReset()
  document.body.innerHTML = ''
})

describe('LoginPage', () => {
  it('signs in and returns to the ?tilbage= path', async () => {
    loginSucceeds()
    const { wrapper, router } = await mountLogin('/log-ind?tilbage=/admin/biblioteker')
    expect(wrapper.get('[data-testid="login-notice"]').text()).toContain('Du skal logge ind')

    await submit(wrapper, ' koordinator@samspil.demo ', 'samspil-demo-2026')

    expect(login).toHaveBeenCalledWith('koordinator@samspil.demo', 'samspil-demo-2026')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/admin/biblioteker'))
  })

  it('sends a coordinator to /admin when no return path is given', async () => {
    loginSucceeds()
    const { wrapper, router } = await mountLogin()
    await submit(wrapper, 'koordinator@samspil.demo', 'samspil-demo-2026')
    // The administration pages load lazily: wait for the navigation to finish.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/admin'))
  })

  it('shows the API error for wrong credentials and clears the password', async () => {
    vi.mocked(login).mockRejectedValue(
      new ProblemError({ type: '/problems/unauthorized', title: 'Ikke logget ind', status: 401, detail: 'Forkert e-mail eller adgangskode.' }),
    )
    const { wrapper, router } = await mountLogin()
    await submit(wrapper, 'koordinator@samspil.demo', 'wrong')

    expect(wrapper.get('[data-testid="problem-alert"]').text()).toContain('Forkert e-mail eller adgangskode.')
    expect((wrapper.get('#login-password').element as HTMLInputElement).value).toBe('')
    expect(router.currentRoute.value.name).toBe('login')
  })

  it.each([
    [540, 'Vent 9 minutter, før du prøver igen.'],
    [1, 'Vent 1 sekund, før du prøver igen.'],
  ])('says how long to wait after too many attempts (429: Retry-After %i)', async (seconds, text) => {
    vi.mocked(login).mockRejectedValue(
      new ProblemError({ type: '/problems/too-many-requests', title: 'For mange forespørgsler', status: 429 }, seconds),
    )
    const { wrapper } = await mountLogin()
    await submit(wrapper, 'koordinator@samspil.demo', 'wrong')
    expect(wrapper.get('[data-testid="login-wait"]').text()).toBe(text)
  })

  it('shows field errors next to the fields and in a summary', async () => {
    vi.mocked(login).mockRejectedValue(
      new ProblemError({
        type: '/problems/validation',
        title: 'Ugyldige oplysninger',
        status: 400,
        errors: [{ field: 'email', message: 'må ikke være blank' }],
      }),
    )
    const { wrapper } = await mountLogin()
    await submit(wrapper, '', 'x')
    expect(wrapper.get('#login-email-error').text()).toContain('Må ikke være blank.')
    expect(wrapper.get('#login-email').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#login-email').attributes('aria-describedby')).toBe('login-email-error')
    expect(wrapper.get('[data-testid="error-summary"] a').attributes('href')).toBe('#login-email')
  })
})
