import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SessionView } from '@/api/types'
import { currentUser, isSignedIn, resetSession, session, setSession } from '@/shared/auth/session'
import { loadSession } from './authApi'

const signedIn: SessionView = {
  user: { id: 3, email: 'koordinator@example.dk', displayName: 'Koordinator', roles: ['COORDINATOR'], lastLoginAt: null },
  csrfToken: 'csrf-3',
  expiresAt: '2030-01-01T00:00:00Z',
  idleTimeoutSeconds: 1800,
}

function answer(response: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => response()),
  )
}

beforeEach(() => resetSession())
afterEach(() => vi.unstubAllGlobals())

describe('loadSession', () => {
  it('knows who is signed in from a 200', async () => {
    answer(() => new Response(JSON.stringify(signedIn), { status: 200, headers: { 'Content-Type': 'application/json' } }))
    await loadSession()
    expect(isSignedIn()).toBe(true)
    expect(currentUser()?.email).toBe('koordinator@example.dk')
    expect(session.loaded).toBe(true)
  })

  it('takes a 204 (no one is signed in) as signed out, not as a failure', async () => {
    setSession(signedIn)
    answer(() => new Response(null, { status: 204 }))
    await loadSession()
    expect(isSignedIn()).toBe(false)
    expect(session.loaded).toBe(true)
  })

  it('starts signed out when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    await loadSession()
    expect(isSignedIn()).toBe(false)
    expect(session.loaded).toBe(true)
  })
})
