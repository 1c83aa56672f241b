import type { CurrentUser } from '@/api/types'
import { canEditLibrary, canManageLibraries, hasRole } from './access'

/**
 * Who plans and reports activities, for the UI only (the API decides): a library's editors for
 * the library's sign-ups, coordinators and admins for every library.
 */
type MaybeUser = Pick<CurrentUser, 'roles' | 'library'> | null | undefined

/** May open the activity pages at all (which sign-up is theirs is known only once it is loaded). */
export function mayManageSomeActivities(user: MaybeUser): boolean {
  return canManageLibraries(user) || (!!user && hasRole(user, 'EDITOR') && !!user.library)
}

/** May add, change, report and delete the activities of this library's sign-ups. */
export function canWriteActivities(user: MaybeUser, libraryId: number): boolean {
  return canEditLibrary(user, libraryId)
}
