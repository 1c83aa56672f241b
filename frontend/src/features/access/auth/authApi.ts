import { api, isProblemError, unwrap, unwrapNoContent, unwrapOptional } from '@/api/client'
import type { SessionView } from '@/api/types'
import { clearSession, session, setSession } from '@/shared/auth/session'

/** Signs in; on success the session store holds the user and the CSRF token. */
export async function login(email: string, password: string): Promise<SessionView> {
  const view = await unwrap(api.POST('/api/auth/login', { body: { email, password } }))
  setSession(view)
  return view
}

/**
 * Signs out on the server and forgets the user here. The store is cleared even when the
 * server cannot be reached: the user asked to be signed out of this browser.
 */
export async function logout(): Promise<void> {
  try {
    await unwrapNoContent(api.POST('/api/auth/logout'))
  } catch (error) {
    // 401: the session had already ended; anything else: still sign out locally.
    if (!isProblemError(error)) throw error
  } finally {
    clearSession()
  }
}

/**
 * Asks the server who is signed in. 204 (no body) means nobody; a failure (no connection) counts
 * as signed out too, so the app still starts. A GET also makes the server drop a stale cookie.
 */
export async function loadSession(): Promise<void> {
  try {
    const view = await unwrapOptional(api.GET('/api/auth/session'))
    if (view) setSession(view)
    else clearSession(session.notice)
  } catch {
    clearSession(session.notice)
  }
}

let loading: Promise<void> | null = null

/** Loads the session once per page load; later calls wait for the same answer. */
export function ensureSessionLoaded(): Promise<void> {
  if (session.loaded) return Promise.resolve()
  if (!loading) {
    loading = loadSession().finally(() => {
      loading = null
    })
  }
  return loading
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return unwrapNoContent(api.POST('/api/auth/password', { body: { currentPassword, newPassword } }))
}

/** Asks for a link to choose a new password; the answer is the same whether or not the account exists. */
export async function requestPasswordReset(email: string): Promise<void> {
  await unwrapNoContent(api.POST('/api/auth/password-reset', { body: { email } }))
}

/** Chooses a password with the secret from an invitation or reset link; every session of the account ends. */
export async function chooseNewPassword(token: string, password: string): Promise<void> {
  await unwrapNoContent(api.POST('/api/auth/new-password', { body: { token, password } }))
}
