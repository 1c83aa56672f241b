import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CurrentUser } from '@/api/types'
import { clearSession, resetSession } from '@/shared/auth/session'
import { signInForTest } from '@/shared/auth/testSession'
import { setLocale } from '@/i18n'
import AppHeader from './AppHeader.vue'
import { mountInApp } from './testMount'

function signInAs(roles: CurrentUser['roles'], displayName = 'Karen Koordinator'): void {
  signInForTest(roles, { displayName })
}

async function mountHeader(path = '/') {
  const { wrapper } = await mountInApp(path, AppHeader, { attach: true })
  return wrapper
}

const menuLinks = (wrapper: Awaited<ReturnType<typeof mountHeader>>) =>
  wrapper.findAll('nav.nav .mainmenu a').map((a) => a.text())

beforeEach(() => {
  resetSession()
  setLocale('da')
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('AppHeader', () => {
  it('offers "Log ind" and no administration when nobody is signed in', async () => {
    clearSession()
    const wrapper = await mountHeader()
    expect(wrapper.get('[data-testid="login-link"]').attributes('href')).toBe('/log-ind')
    expect(menuLinks(wrapper)).toEqual(['Forside', 'Biblioteker', 'Temaer', 'Netværksmøder', 'Byg partnerskaber'])
    expect(wrapper.find('[data-testid="user-menu-button"]').exists()).toBe(false)
  })

  it('shows nothing about sign-in until the session is known', async () => {
    const wrapper = await mountHeader()
    expect(wrapper.find('[data-testid="login-link"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="user-menu-button"]').exists()).toBe(false)
  })

  it('gives coordinators and admins "Administration" and the user menu', async () => {
    signInAs(['COORDINATOR'])
    const wrapper = await mountHeader()
    expect(menuLinks(wrapper)).toEqual(['Forside', 'Biblioteker', 'Temaer', 'Netværksmøder', 'Byg partnerskaber', 'Administration'])
    const button = wrapper.get('[data-testid="user-menu-button"]')
    expect(button.text()).toContain('Karen Koordinator')
    expect(button.attributes('aria-expanded')).toBe('false')
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    const items = wrapper.findAll('#user-menu-panel li').map((li) => li.text())
    expect(items).toEqual(['Skift adgangskode', 'Log ud'])
    expect(wrapper.find('[data-testid="login-link"]').exists()).toBe(false)
  })

  it('marks "Temaer" as the current section on a theme page', async () => {
    clearSession()
    const wrapper = await mountHeader('/temaer/historier-om-danmark')
    const current = wrapper.findAll('nav.nav .mainmenu a').filter((a) => a.attributes('aria-current'))
    expect(current.map((a) => [a.text(), a.attributes('aria-current')])).toEqual([['Temaer', 'true']])
  })

  it('marks "Netværksmøder" as the current section on a meeting page', async () => {
    clearSession()
    const wrapper = await mountHeader('/netvaerksmoeder/24')
    const current = wrapper.findAll('nav.nav .mainmenu a').filter((a) => a.attributes('aria-current'))
    expect(current.map((a) => [a.text(), a.attributes('aria-current')])).toEqual([['Netværksmøder', 'true']])
  })

  it('gives editors the user menu but no administration', async () => {
    signInAs(['EDITOR'], 'Rasmus')
    const wrapper = await mountHeader()
    expect(menuLinks(wrapper)).toEqual(['Forside', 'Biblioteker', 'Temaer', 'Netværksmøder', 'Byg partnerskaber'])
    expect(wrapper.get('[data-testid="user-menu-button"]').text()).toContain('Rasmus')
  })

  it('has the search field, on every page', async () => {
    clearSession()
    for (const path of ['/', '/temaer', '/soeg?q=x']) {
      const wrapper = await mountHeader(path)
      const field = wrapper.get('form[role="search"] input[role="combobox"]')
      expect(field.attributes('aria-keyshortcuts')).toBe('/')
      wrapper.unmount()
    }
  })
})
