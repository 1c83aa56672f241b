import type { CurrentUser } from '@/api/types'
import { canManageLibraries, hasRole } from '@/shared/auth/access'
import type { ContactView } from './contactApi'

/**
 * Who manages contact persons, for the UI only (the API decides): coordinators and admins every
 * contact; a library's editors the contacts of their own library.
 */
type MaybeUser = Pick<CurrentUser, 'roles' | 'library'> | null | undefined

/** Coordinators (and admins) manage every contact and may mark someone as a coordinator. */
export function coordinatesContacts(user: MaybeUser): boolean {
  return canManageLibraries(user)
}

/** The one library an editor manages contacts for; null for coordinators (all) and others (none). */
export function ownContactLibraryId(user: MaybeUser): number | null {
  if (!user || coordinatesContacts(user)) return null
  return hasRole(user, 'EDITOR') && user.library ? user.library.id : null
}

/** May open the contact administration at all. */
export function canManageContacts(user: MaybeUser): boolean {
  return coordinatesContacts(user) || ownContactLibraryId(user) !== null
}

/** May change or delete this contact. */
export function canManageContact(user: MaybeUser, contact: Pick<ContactView, 'library'>): boolean {
  if (coordinatesContacts(user)) return true
  const own = ownContactLibraryId(user)
  return own !== null && contact.library?.id === own
}
