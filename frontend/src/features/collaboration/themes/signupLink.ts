import type { CurrentUser } from '@/api/types'
import { canManageLibraries, hasRole } from '@/shared/auth/access'
import type { ThemeView } from './themeApi'

/** The sign-up page's route; it belongs to the theme administration and may not be there yet. */
export const SIGNUP_ROUTE = 'theme-signup'

type MaybeUser = Pick<CurrentUser, 'roles' | 'library'> | null | undefined

/**
 * Whether the theme page links to the sign-up page. The API decides for real; this only hides
 * a link that would lead to a refusal: a library's editor signs up (or withdraws) from the day
 * sign-up opens until the deadline (yyyy-mm-dd, Danish days), also when the theme has already
 * started; coordinators and admins at any time. The status is no guide: a running theme can
 * still take sign-ups when its deadline lies in its weeks.
 */
export function showsSignupLink(
  user: MaybeUser,
  theme: Pick<ThemeView, 'signupOpensOn' | 'signupDeadline'>,
  today: string,
  routeExists: boolean,
): boolean {
  if (!routeExists || !user) return false
  if (canManageLibraries(user)) return true
  const opened = !theme.signupOpensOn || theme.signupOpensOn <= today
  return hasRole(user, 'EDITOR') && !!user.library && opened && today <= theme.signupDeadline
}
