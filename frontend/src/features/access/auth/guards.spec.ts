import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, RouterView, type RouteLocationNormalized } from 'vue-router'
import type { CurrentUser, SessionView } from '@/api/types'
import { i18n, setLocale } from '@/i18n'
import { addAdminRoutes, createAppRouter } from '@/app/router'
import {
  clearSession,
  currentUser,
  expireSession,
  onSessionExpired,
  resetSession,
  session,
  setSession,
  takeLoginNotice,
} from '@/shared/auth/session'
import { accessDecision, afterLoginLocation } from './guards'

function user(roles: CurrentUser['roles'], libraryId: number | null = null): CurrentUser {
  return {
    id: 7,
    email: 'x@samspil.demo',
    displayName: 'Xenia',
    roles,
    ...(libraryId === null ? {} : { library: { id: libraryId, name: 'Aalborg Bibliotekerne' } }),
    lastLoginAt: null,
  }
}

function sessionView(u: CurrentUser): SessionView {
  return { user: u, csrfToken: 'csrf-1', expiresAt: '2030-01-01T00:00:00Z', idleTimeoutSeconds: 1800 }
}

const router = createAppRouter(createMemoryHistory())
/** A resolved location has everything the guard reads (matched records, query, params). */
const resolve = (path: string) => router.resolve(path) as unknown as RouteLocationNormalized
// The administration's pages, as the app has them once someone signs in or opens an address under /admin.
beforeAll(() => addAdminRoutes(router))

beforeEach(() => {
  resetSession()
  setLocale('da')
})
afterEach(() => vi.unstubAllGlobals())

describe('accessDecision', () => {
  it('lets everyone see public pages', () => {
    expect(accessDecision(resolve('/biblioteker'), null)).toBe(true)
    expect(accessDecision(resolve('/biblioteker/10'), null)).toBe(true)
  })

  it('sends signed-out users to the login page with the path to come back to', () => {
    expect(accessDecision(resolve('/admin/brugere?role=EDITOR'), null)).toEqual({
      name: 'login',
      query: { tilbage: '/admin/brugere?role=EDITOR' },
    })
    expect(accessDecision(resolve('/min-konto/adgangskode'), null)).toMatchObject({ name: 'login' })
  })

  it('shows "no access" (same URL) when the role is missing', () => {
    const decision = accessDecision(resolve('/admin/brugere'), user(['COORDINATOR']))
    expect(decision).toMatchObject({ name: 'forbidden', params: { forbiddenPath: ['admin', 'brugere'] } })
    expect(router.resolve(decision as never).fullPath).toBe('/admin/brugere')
    expect(accessDecision(resolve('/admin'), user(['EDITOR'], 10))).toMatchObject({ name: 'forbidden' })
  })

  it('applies parent and child role rules together', () => {
    expect(accessDecision(resolve('/admin'), user(['COORDINATOR']))).toBe(true)
    expect(accessDecision(resolve('/admin/biblioteker/ny'), user(['COORDINATOR']))).toBe(true)
    expect(accessDecision(resolve('/admin/tokens'), user(['ADMIN']))).toBe(true)
    expect(accessDecision(resolve('/admin/log'), user(['COORDINATOR']))).toMatchObject({ name: 'forbidden' })
  })

  it('lets editors edit only their own library', () => {
    expect(accessDecision(resolve('/biblioteker/10/rediger'), user(['EDITOR'], 10))).toBe(true)
    expect(accessDecision(resolve('/biblioteker/11/rediger'), user(['EDITOR'], 10))).toMatchObject({ name: 'forbidden' })
    expect(accessDecision(resolve('/biblioteker/11/rediger'), user(['COORDINATOR']))).toBe(true)
  })

  it('moves a signed-in user on from the login page, to the return path when safe', () => {
    expect(accessDecision(resolve('/log-ind?tilbage=/admin/log'), user(['ADMIN']))).toBe('/admin/log')
    expect(accessDecision(resolve('/log-ind?tilbage=//evil.example'), user(['ADMIN']))).toEqual({ name: 'admin' })
    expect(accessDecision(resolve('/log-ind'), null)).toBe(true)
  })
})

describe('afterLoginLocation', () => {
  it('prefers a safe return path, else the landing page of the role', () => {
    expect(afterLoginLocation(user(['EDITOR'], 10), '/biblioteker')).toBe('/biblioteker')
    expect(afterLoginLocation(user(['EDITOR'], 10), undefined)).toEqual({ name: 'library', params: { id: '10' } })
    expect(afterLoginLocation(user(['COORDINATOR']), 'https://evil.example')).toEqual({ name: 'admin' })
  })
})

describe('session store', () => {
  it('keeps the user and the CSRF token, and forgets both on clear', () => {
    setSession(sessionView(user(['ADMIN'])))
    expect(currentUser()?.displayName).toBe('Xenia')
    expect(session.csrfToken).toBe('csrf-1')
    expect(session.loaded).toBe(true)
    clearSession()
    expect(currentUser()).toBeNull()
    expect(session.csrfToken).toBeNull()
  })

  it('expires once, with a notice for the login page', () => {
    setSession(sessionView(user(['ADMIN'])))
    const handler = vi.fn()
    onSessionExpired(handler)
    expireSession()
    expireSession()
    expect(currentUser()).toBeNull()
    expect(session.notice).toBe('expired')
    expect(handler).toHaveBeenCalledOnce()
    expect(takeLoginNotice()).toBe('expired')
    expect(takeLoginNotice()).toBeNull()
  })

  it('does not expire when nobody was signed in', () => {
    const handler = vi.fn()
    onSessionExpired(handler)
    expireSession()
    expect(handler).not.toHaveBeenCalled()
    expect(session.notice).toBeNull()
  })
})

describe('router with the guard', () => {
  const App = { template: '<RouterView />', components: { RouterView } }

  async function mountAt(path: string, signedIn: CurrentUser | null) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url)
        if (url.pathname === '/api/auth/session') {
          return signedIn
            ? new Response(JSON.stringify(sessionView(signedIn)), { status: 200, headers: { 'Content-Type': 'application/json' } })
            : new Response(null, { status: 204 })
        }
        if (url.pathname === '/api/stats/goal') {
          const goal = { targetLibraries: 90, targetDate: '2999-12-31', participatingNow: 0, remaining: 90, reached: false, themes: [] }
          return new Response(JSON.stringify(goal), { status: 200, headers: { 'Content-Type': 'application/json' } })
        }
        return new Response(JSON.stringify({ items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        })
      }),
    )
    const appRouter = createAppRouter(createMemoryHistory())
    await appRouter.push(path)
    await appRouter.isReady()
    const wrapper = mount(App, { global: { plugins: [i18n, appRouter] } })
    await flushPromises()
    return { wrapper, appRouter }
  }

  it('asks a signed-out visitor of /admin to sign in', async () => {
    const { appRouter, wrapper } = await mountAt('/admin', null)
    expect(appRouter.currentRoute.value.name).toBe('login')
    expect(appRouter.currentRoute.value.query.tilbage).toBe('/admin')
    expect(wrapper.get('h1').text()).toBe('Log ind')
  })

  it('shows a coordinator "Ingen adgang" on an admin-only page, keeping the URL', async () => {
    const { appRouter, wrapper } = await mountAt('/admin/brugere', user(['COORDINATOR']))
    expect(appRouter.currentRoute.value.name).toBe('forbidden')
    expect(appRouter.currentRoute.value.fullPath).toBe('/admin/brugere')
    expect(wrapper.get('h1').text()).toBe('Ingen adgang')
  })

  it('sends the user to the login page when the session expires, coming back afterwards', async () => {
    const { appRouter } = await mountAt('/admin', user(['COORDINATOR']))
    expect(appRouter.currentRoute.value.name).toBe('admin')
    expireSession()
    await flushPromises()
    expect(appRouter.currentRoute.value.name).toBe('login')
    expect(appRouter.currentRoute.value.query.tilbage).toBe('/admin')
  })
})
