import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { RETURN_PARAM } from '@/shared/auth/access'
import { clearSession, resetSession } from '@/shared/auth/session'
import { signInForTest } from '@/shared/auth/testSession'
import { createAppRouter } from './router'

// The administration's pages are not part of what a visitor's browser loads first: the router gets them
// when someone signs in or opens an address under /admin, and then finds those addresses as before.
describe("the administration's pages", () => {
  afterEach(() => resetSession())

  it('are not there while a visitor browses the public pages', async () => {
    clearSession()
    const router = createAppRouter(createMemoryHistory())
    await router.push('/biblioteker')
    expect(router.currentRoute.value.name).toBe('libraries')
    expect(router.hasRoute('admin-libraries')).toBe(false)
  })

  it('are found by their address before they were ever loaded: a visitor is asked to sign in', async () => {
    clearSession()
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin/biblioteker?q=aal')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query[RETURN_PARAM]).toBe('/admin/biblioteker?q=aal')
  })

  it('open for a coordinator at their address, and an unknown address under /admin is still not found', async () => {
    signInForTest(['COORDINATOR'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin/biblioteker')
    expect(router.currentRoute.value.name).toBe('admin-libraries')
    await router.push('/admin/findes-ikke')
    expect(router.currentRoute.value.name).toBe('not-found')
  })

  it('are there for a signed-in user on any page, for the links to them', async () => {
    signInForTest(['COORDINATOR'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/netvaerksmoeder')
    expect(router.hasRoute('network-meeting-edit')).toBe(true)
  })
})
