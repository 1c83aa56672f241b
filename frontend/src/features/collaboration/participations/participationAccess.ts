import type { CurrentUser } from '@/api/types'
import { ADMIN_AREA_ROLES, hasAnyRole, hasRole } from '@/shared/auth/access'

/**
 * Who may do what with sign-ups, for the UI only (the API decides): coordinators and admins manage
 * every library's sign-ups; a library's editors sign their own library up and change its sign-ups.
 */
type MaybeUser = Pick<CurrentUser, 'roles' | 'library'> | null | undefined

/** Coordinators and admins: themes, partners and every library's sign-ups. */
export function coordinatesThemes(user: MaybeUser): boolean {
  return hasAnyRole(user, ADMIN_AREA_ROLES)
}

/** The library an editor signs up, or null for users who edit no library. */
export function ownLibraryId(user: MaybeUser): number | null {
  return user && hasRole(user, 'EDITOR') && user.library ? user.library.id : null
}

/** May open the sign-up form: coordinators (for any library) and editors (for their own). */
export function canSignUp(user: MaybeUser): boolean {
  return coordinatesThemes(user) || ownLibraryId(user) !== null
}
