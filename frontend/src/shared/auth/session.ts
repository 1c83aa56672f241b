import { reactive, readonly } from 'vue'
import type { CurrentUser, SessionView } from '@/api/types'

/**
 * Who is signed in, kept in memory only (never localStorage): the session itself lives in an
 * HttpOnly cookie, and the CSRF token is read again from GET /api/auth/session after a reload.
 */

/** Why the login page is shown, when it is not the user's own choice. */
export type LoginNotice = 'expired'

interface SessionState {
  user: CurrentUser | null
  csrfToken: string | null
  expiresAt: string | null
  /** True once the app knows whether someone is signed in (after GET /api/auth/session). */
  loaded: boolean
  /** A message for the next login page, e.g. after the session ran out. */
  notice: LoginNotice | null
}

const state = reactive<SessionState>({
  user: null,
  csrfToken: null,
  expiresAt: null,
  loaded: false,
  notice: null,
})

/** Read-only view of the session for components and guards. */
export const session = readonly(state)

export function setSession(view: SessionView): void {
  state.user = view.user
  state.csrfToken = view.csrfToken
  state.expiresAt = view.expiresAt
  state.loaded = true
  state.notice = null
}

export function clearSession(notice: LoginNotice | null = null): void {
  state.user = null
  state.csrfToken = null
  state.expiresAt = null
  state.loaded = true
  state.notice = notice
}

/** The token every POST/PUT/DELETE made with the cookie must send as X-CSRF-Token. */
export function csrfToken(): string | null {
  return state.csrfToken
}

/** The signed-in user (reactive when read inside a computed or a template), or null. */
export function currentUser(): CurrentUser | null {
  return state.user
}

export function isSignedIn(): boolean {
  return state.user !== null
}

/** Returns the pending login notice once and forgets it. */
export function takeLoginNotice(): LoginNotice | null {
  const notice = state.notice
  state.notice = null
  return notice
}

type ExpiredHandler = () => void
let expiredHandler: ExpiredHandler | null = null

/** The router registers what happens when the session runs out (go to the login page). */
export function onSessionExpired(handler: ExpiredHandler | null): void {
  expiredHandler = handler
}

/**
 * The server said 401 while we thought we were signed in: forget the user and let the
 * registered handler send them to the login page. Only the first of several parallel
 * 401 answers does anything.
 */
export function expireSession(): void {
  if (!state.user) return
  clearSession('expired')
  expiredHandler?.()
}

/** Test hook: back to "nobody signed in, nothing loaded". */
export function resetSession(): void {
  clearSession()
  state.loaded = false
  expiredHandler = null
}
