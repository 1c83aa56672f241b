import type { CurrentUser } from '@/api/types'
import { canManageLibraries, hasRole } from '@/shared/auth/access'
import type { PartnershipStatus, PartnershipView } from './partnershipApi'
import { PARTNERSHIP_STATUSES } from './partnershipApi'

/**
 * Who manages partnerships, for the UI only (the API decides): coordinators and admins all of them;
 * a library's editors the partnerships their library is in.
 */
type MaybeUser = Pick<CurrentUser, 'roles' | 'library'> | null | undefined

/** The library an editor's partnerships always include; null for coordinators (any) and others (none). */
export function ownPartnershipLibraryId(user: MaybeUser): number | null {
  if (!user || canManageLibraries(user)) return null
  return hasRole(user, 'EDITOR') && user.library ? user.library.id : null
}

/** May start a new partnership: coordinators, and editors with a library. */
export function canCreatePartnership(user: MaybeUser): boolean {
  return canManageLibraries(user) || ownPartnershipLibraryId(user) !== null
}

/** May edit, move, tick and delete this partnership. */
export function canManagePartnership(user: MaybeUser, partnership: Pick<PartnershipView, 'libraries'>): boolean {
  if (canManageLibraries(user)) return true
  const own = ownPartnershipLibraryId(user)
  return own !== null && partnership.libraries.some((library) => library.id === own)
}

export type TransitionKind = 'forward' | 'back' | 'cancel'

export interface TransitionButton {
  to: PartnershipStatus
  kind: TransitionKind
  /** Cancelling cannot be undone: ask first. */
  confirm: boolean
}

/**
 * The status buttons a user sees: exactly the moves the API offers (allowedTransitions), and only to
 * those who manage the partnership. Forward first, then back, cancelling last.
 */
export function transitionButtons(
  user: MaybeUser,
  partnership: Pick<PartnershipView, 'libraries' | 'status' | 'allowedTransitions'>,
): TransitionButton[] {
  if (!canManagePartnership(user, partnership)) return []
  const position = (status: PartnershipStatus) => PARTNERSHIP_STATUSES.indexOf(status)
  const kindOf = (to: PartnershipStatus): TransitionKind =>
    to === 'CANCELLED' ? 'cancel' : position(to) > position(partnership.status) ? 'forward' : 'back'
  const rank: Record<TransitionKind, number> = { forward: 0, back: 1, cancel: 2 }
  return [...new Set(partnership.allowedTransitions)]
    .filter((to) => to !== partnership.status && PARTNERSHIP_STATUSES.includes(to))
    .map((to) => ({ to, kind: kindOf(to), confirm: to === 'CANCELLED' }))
    .sort((a, b) => rank[a.kind] - rank[b.kind] || position(a.to) - position(b.to))
}
