import type { RouteLocationRaw } from 'vue-router'
import type { CurrentUser, Role } from '@/api/types'

/**
 * What a signed-in user may see and do in the UI. The backend decides for real; these
 * rules only hide what would be refused anyway.
 */

type MaybeUser = Pick<CurrentUser, 'roles' | 'library'> | null | undefined

export function hasRole(user: MaybeUser, role: Role): boolean {
  return !!user && user.roles.includes(role)
}

export function hasAnyRole(user: MaybeUser, roles: readonly Role[]): boolean {
  return !!user && roles.some((role) => user.roles.includes(role))
}

/** Roles that may use the administration area at all. */
export const ADMIN_AREA_ROLES: readonly Role[] = ['COORDINATOR', 'ADMIN']

/** Coordinators and admins create, edit and delete any library, and read its history. */
export function canManageLibraries(user: MaybeUser): boolean {
  return hasAnyRole(user, ADMIN_AREA_ROLES)
}

export function isAdmin(user: MaybeUser): boolean {
  return hasRole(user, 'ADMIN')
}

/** Coordinators and admins run the collaboration: network meetings and the goal. */
export function canCoordinate(user: MaybeUser): boolean {
  return hasAnyRole(user, ADMIN_AREA_ROLES)
}

/** Editors edit their own library; coordinators and admins every library. */
export function canEditLibrary(user: MaybeUser, libraryId: number): boolean {
  if (!user) return false
  if (canManageLibraries(user)) return true
  return hasRole(user, 'EDITOR') && user.library?.id === libraryId
}

/** Where a user lands after signing in when no return path was given. */
export function landingLocation(user: MaybeUser): RouteLocationRaw {
  if (canManageLibraries(user)) return { name: 'admin' }
  if (user && hasRole(user, 'EDITOR') && user.library) {
    return { name: 'library', params: { id: String(user.library.id) } }
  }
  return { name: 'home' }
}

/** The query parameter that carries the path to return to after signing in. */
export const RETURN_PARAM = 'tilbage'

const LOGIN_PATH = '/log-ind'

/**
 * A return path from the URL, if it is safe to go to: a path on this site ("/..."), not a
 * protocol-relative or backslash URL that would leave it ("//evil.example", "/\\evil"), and not
 * the login page itself. Anything else gives null.
 */
export function safeReturnPath(raw: unknown): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string') return null
  const path = value.trim()
  if (!path.startsWith('/') || path.length > 2000) return null
  if (path.startsWith('//') || path.startsWith('/\\')) return null
  // Control characters (including tab and newline, which URL parsers strip) are never fine.
  // eslint-disable-next-line no-control-regex -- matching control characters is what this check is for
  if (/[\u0000-\u001f\u007f]/.test(path)) return null
  let url: URL
  try {
    url = new URL(path, 'https://samspil.invalid')
  } catch {
    return null
  }
  if (url.origin !== 'https://samspil.invalid') return null
  if (url.pathname === LOGIN_PATH || url.pathname.startsWith(`${LOGIN_PATH}/`)) return null
  return url.pathname + url.search + url.hash
}
