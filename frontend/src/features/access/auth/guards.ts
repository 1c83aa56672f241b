import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import type { CurrentUser } from '@/api/types'
import { RETURN_PARAM, hasAnyRole, landingLocation, safeReturnPath } from '@/shared/auth/access'
import { currentUser } from '@/shared/auth/session'
import { ensureSessionLoaded } from './authApi'

/** Does the route need a signed-in user (or one who must not be signed in)? */
export function needsSession(to: RouteLocationNormalized): boolean {
  return to.matched.some((r) => r.meta.requiresAuth || r.meta.requiresRole || r.meta.allow || r.meta.guestOnly)
}

/** The same address, shown with the "no access" page (the URL stays what the user asked for). */
export function forbiddenLocation(to: RouteLocationNormalized): RouteLocationRaw {
  return {
    name: 'forbidden',
    params: { forbiddenPath: to.path.split('/').filter((segment) => segment !== '') },
    query: to.query,
    hash: to.hash,
  }
}

/** The login page, coming back to `to` afterwards. */
export function loginLocation(to: Pick<RouteLocationNormalized, 'fullPath'>): RouteLocationRaw {
  return { name: 'login', query: { [RETURN_PARAM]: to.fullPath } }
}

/** Where to go after signing in: the return path when it is safe, else the user's landing page. */
export function afterLoginLocation(user: CurrentUser | null, returnTo: unknown): RouteLocationRaw {
  return safeReturnPath(returnTo) ?? landingLocation(user)
}

/**
 * Decides whether `to` may be shown to `user` (pure; the router guard feeds it the session).
 * Every matched record counts, so a child route inherits its parent's requirements.
 */
export function accessDecision(
  to: RouteLocationNormalized,
  user: CurrentUser | null,
): true | RouteLocationRaw {
  const records = to.matched
  if (records.some((r) => r.meta.guestOnly) && user) {
    return afterLoginLocation(user, to.query[RETURN_PARAM])
  }
  const protectedRoute = records.some((r) => r.meta.requiresAuth || r.meta.requiresRole || r.meta.allow)
  if (!protectedRoute) return true
  if (!user) return loginLocation(to)
  for (const record of records) {
    const roles = record.meta.requiresRole
    if (roles && !hasAnyRole(user, roles)) return forbiddenLocation(to)
    if (record.meta.allow && !record.meta.allow(user, to)) return forbiddenLocation(to)
  }
  return true
}

/** The router's beforeEach: waits for the session only where it matters. */
export async function authGuard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  if (!needsSession(to)) return true
  await ensureSessionLoaded()
  return accessDecision(to, currentUser())
}
