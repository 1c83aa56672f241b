import { computed } from 'vue'
import type { CurrentUser } from '@/api/types'
import { currentUser } from './session'

/**
 * The signed-in user and the library they work on by a feature's own rule (`ownLibraryIdOf`, e.g.
 * an editor's library for contacts or partnerships): its id, and its id and name for the form;
 * null when the rule gives none (a coordinator chooses the library).
 */
export function useOwnLibrary(ownLibraryIdOf: (user: CurrentUser | null) => number | null) {
  const user = computed(() => currentUser())
  const ownLibraryId = computed(() => ownLibraryIdOf(user.value))
  const ownLibrary = computed<{ id: number; name: string } | null>(() =>
    ownLibraryId.value !== null && user.value?.library ? { id: user.value.library.id, name: user.value.library.name } : null,
  )
  return { user, ownLibraryId, ownLibrary }
}
