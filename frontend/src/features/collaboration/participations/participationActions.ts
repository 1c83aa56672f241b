import { computed, nextTick, ref, type ComputedRef, type Ref } from 'vue'
import { isProblemError, problemOf, type Problem } from '@/api/client'
import type { ParticipationView } from '@/api/types'
import { confirmParticipations, updateParticipation, versionETag } from './participationApi'
import { ACTION_TARGET, toParticipationUpdate, type ParticipationAction } from './participationForm'

export interface ParticipationActionOptions {
  /** Puts the changed sign-up in the list in place of the old one. */
  replace: (changed: ParticipationView) => void
  /** What the status line says once done. */
  done: (action: ParticipationAction, changed: ParticipationView) => string
  /** Where focus goes once done (the pressed button may be gone): a selector. */
  focusAfter: (changed: ParticipationView) => string
  /** Reads the list again. */
  reload: () => Promise<unknown>
  /** Runs once the change is done or failed (e.g. closing a question). */
  settled?: () => void
  /** What the status line says once several are confirmed together. */
  confirmed?: (count: number) => string
}

export interface ParticipationActions {
  /** The sign-up being changed; one at a time. */
  busyId: Ref<number | null>
  busy: ComputedRef<boolean>
  problem: Ref<Problem | null>
  /** Where the problem stands; it takes focus when there is one. */
  problemBox: Ref<HTMLElement | null>
  status: Ref<string>
  act: (item: ParticipationView, action: ParticipationAction) => Promise<void>
  /** Confirms sign-ups of a theme together, all or none; the list is read again. True when done. */
  confirmTogether: (themeId: number, items: readonly ParticipationView[]) => Promise<boolean>
}

/**
 * Confirming, withdrawing or reinstating a sign-up from a list. The change is sent with the
 * version the row was read in (If-Match), so a change someone else made meanwhile is never
 * overwritten: on 412 the list is read again and the problem says so.
 */
export function useParticipationActions(options: ParticipationActionOptions): ParticipationActions {
  const busyId = ref<number | null>(null)
  const problem = ref<Problem | null>(null)
  const problemBox = ref<HTMLElement | null>(null)
  const status = ref('')

  async function act(item: ParticipationView, action: ParticipationAction): Promise<void> {
    if (busyId.value !== null) return
    busyId.value = item.id
    problem.value = null
    status.value = ''
    try {
      const { data } = await updateParticipation(item.id, toParticipationUpdate(item, { state: ACTION_TARGET[action] }), versionETag(item.version))
      options.settled?.()
      options.replace(data)
      status.value = options.done(action, data)
      // The row's buttons are enabled again before focus goes to one (a disabled one takes none).
      busyId.value = null
      await nextTick()
      document.querySelector<HTMLElement>(options.focusAfter(data))?.focus()
    } catch (error) {
      options.settled?.()
      problem.value = problemOf(error)
      if (isProblemError(error) && error.status === 412) await options.reload()
      await nextTick()
      problemBox.value?.focus()
    } finally {
      busyId.value = null
    }
  }

  /** Every change is one at a time; several confirmed together count as one (busyId -1). */
  async function confirmTogether(themeId: number, items: readonly ParticipationView[]): Promise<boolean> {
    if (busyId.value !== null || items.length === 0) return false
    busyId.value = -1
    problem.value = null
    status.value = ''
    try {
      const { confirmed } = await confirmParticipations(
        themeId,
        items.map((item) => item.id),
      )
      status.value = options.confirmed?.(confirmed) ?? ''
      return true
    } catch (error) {
      problem.value = problemOf(error)
      await nextTick()
      problemBox.value?.focus()
      return false
    } finally {
      busyId.value = null
      await options.reload()
    }
  }

  return { busyId, busy: computed(() => busyId.value !== null), problem, problemBox, status, act, confirmTogether }
}
