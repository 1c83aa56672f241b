// For unit tests only: a signed-in session, without the API.
import type { CurrentUser } from '@/api/types'
import { setSession } from './session'

/** Signs in for a unit test: as Karen (user 2) unless `user` says otherwise, with `roles`. */
export function signInForTest(roles: CurrentUser['roles'], user: Partial<CurrentUser> = {}, csrfToken = 'c'): void {
  setSession({
    user: { id: 2, email: 'k@samspil.demo', displayName: 'Karen', lastLoginAt: null, ...user, roles },
    csrfToken,
    expiresAt: '2030-01-01T00:00:00Z',
    idleTimeoutSeconds: 1800,
  })
}
