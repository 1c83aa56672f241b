import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import { setLocale } from '@/i18n'
import { resetSession } from '@/shared/auth/session'
import { mountInApp } from '@/app/testMount'
import { chooseNewPassword, requestPasswordReset } from './authApi'
import ForgotPasswordPage from './ForgotPasswordPage.vue'
import NewPasswordPage from './NewPasswordPage.vue'

vi.mock('./authApi', () => ({
  ensureSessionLoaded: vi.fn(async () => undefined),
  loadSession: vi.fn(),
  requestPasswordReset: vi.fn(),
  chooseNewPassword: vi.fn(),
}))

const tooMany = new ProblemError(
  { type: '/problems/too-many-requests', title: 'For mange forespørgsler', status: 429, detail: 'For mange anmodninger om ny adgangskode.' },
  90,
)
const linkRefused = new ProblemError({
  type: '/problems/bad-request',
  title: 'Ugyldig forespørgsel',
  status: 400,
  errors: [{ field: 'token', message: 'linket er udløbet eller allerede brugt; bed om et nyt' }],
})

beforeEach(() => {
  resetSession()
  setLocale('da')
})
afterEach(() => {
  vi.mocked(requestPasswordReset).mockReset()
  vi.mocked(chooseNewPassword).mockReset()
  document.body.innerHTML = ''
})

describe('ForgotPasswordPage', () => {
  it('asks for a link and says the same thing whether or not the account exists', async () => {
    vi.mocked(requestPasswordReset).mockResolvedValue()
    const { wrapper } = await mountInApp('/glemt-adgangskode', ForgotPasswordPage, { attach: true })
    expect(wrapper.get('h1').text()).toBe('Glemt adgangskode?')
    await wrapper.get('#forgot-email').setValue(' anna@aalborg.dk ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(requestPasswordReset).toHaveBeenCalledWith('anna@aalborg.dk')
    expect(wrapper.get('[data-testid="forgot-sent"]').text()).toContain('Findes der en konto med anna@aalborg.dk, er linket sendt dertil.')
  })

  it('says how long to wait after too many requests', async () => {
    vi.mocked(requestPasswordReset).mockRejectedValue(tooMany)
    const { wrapper } = await mountInApp('/glemt-adgangskode', ForgotPasswordPage, { attach: true })
    await wrapper.get('#forgot-email').setValue('anna@aalborg.dk')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="forgot-sent"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="forgot-wait"]').text()).toBe('Vent 2 minutter, før du prøver igen.')
  })
})

describe('NewPasswordPage', () => {
  it('takes the secret from after # in the link, clears it from the address, and sets the password', async () => {
    vi.mocked(chooseNewPassword).mockResolvedValue()
    const { wrapper, router } = await mountInApp('/velkommen#hemmelig-nøgle', NewPasswordPage, { props: { purpose: 'invite' }, attach: true })
    expect(wrapper.get('h1').text()).toBe('Velkommen til Samspil')
    expect(router.currentRoute.value.hash).toBe('')
    await wrapper.get('#new-password-password').setValue('en god lang sætning')
    await wrapper.get('#new-password-repeatPassword').setValue('en god lang sætning')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(chooseNewPassword).toHaveBeenCalledWith('hemmelig-nøgle', 'en god lang sætning')
    expect(wrapper.get('[data-testid="new-password-done"]').text()).toContain('Din adgangskode er gemt.')
    expect(wrapper.get('[data-testid="new-password-login"]').attributes('href')).toBe('/log-ind')
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('refuses two different passwords without asking the API', async () => {
    const { wrapper } = await mountInApp('/ny-adgangskode#abc', NewPasswordPage, { props: { purpose: 'reset' }, attach: true })
    expect(wrapper.get('h1').text()).toBe('Vælg en ny adgangskode')
    await wrapper.get('#new-password-password').setValue('en god lang sætning')
    await wrapper.get('#new-password-repeatPassword').setValue('en anden lang sætning')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(chooseNewPassword).not.toHaveBeenCalled()
    expect(wrapper.get('#new-password-repeatPassword').attributes('aria-invalid')).toBe('true')
  })

  it('offers a new link when the link is used or expired, and when it is missing', async () => {
    vi.mocked(chooseNewPassword).mockRejectedValue(linkRefused)
    const { wrapper } = await mountInApp('/ny-adgangskode#brugt', NewPasswordPage, { props: { purpose: 'reset' }, attach: true })
    await wrapper.get('#new-password-password').setValue('en god lang sætning')
    await wrapper.get('#new-password-repeatPassword').setValue('en god lang sætning')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const refused = wrapper.get('[data-testid="new-password-link-refused"]')
    expect(refused.text()).toContain('Linket er udløbet eller allerede brugt.')
    expect(refused.get('a').attributes('href')).toBe('/glemt-adgangskode')

    const missing = await mountInApp('/ny-adgangskode', NewPasswordPage, { props: { purpose: 'reset' }, attach: true })
    expect(missing.wrapper.get('[data-testid="new-password-link-refused"]').text()).toContain('Linket er ufuldstændigt.')
    expect(missing.wrapper.find('form').exists()).toBe(false)
  })
})
