import { nextTick, ref, type Ref } from 'vue'
import { isProblemError, problemOf, type Problem } from '@/api/client'

/** The i18n keys of a question: its heading and text (given the row's words) and the confirm button. */
export interface ConfirmKeys {
  heading: string
  text: string
  confirm: string
}

/** The keys most questions use: `<ns>.confirmHeading`, `<ns>.confirmText`, `<ns>.confirm`. */
export const confirmKeys = (ns: string): ConfirmKeys => ({ heading: `${ns}.confirmHeading`, text: `${ns}.confirmText`, confirm: `${ns}.confirm` })

export interface ConfirmedOptions<T> {
  /** The question's words (ConfirmAlert). */
  keys: ConfirmKeys
  /** The row's words in them ({ name }, { title }). */
  params: (row: T) => Record<string, unknown>
  /** What confirming does to the row (delete it, revoke it). */
  act: (row: T) => Promise<unknown>
  /** After it is done (e.g. a flash message and loading the list again). */
  done: (row: T) => Promise<unknown> | unknown
  /**
   * A failure closes the question and shows the problem in its place (in `problemBox`, which
   * gets focus), after loading the list again when the row was changed (412) or is gone (404).
   * Without it, the question stays open with the problem.
   */
  reloadOnFailure?: () => Promise<unknown>
  /** Where the problem of a failure stands (the page's element; it gets focus). */
  problemBox?: Ref<HTMLElement | null>
}

export interface Confirmed<T> {
  keys: ConfirmKeys
  params: (row: T) => Record<string, unknown>
  /** The row the question is about; null when none is asked. */
  pending: Ref<T | null>
  /** Counts the questions, so each one can be shown afresh (a key) and take focus. */
  asked: Ref<number>
  busy: Ref<boolean>
  problem: Ref<Problem | null>
  /** Asks about a row. */
  ask: (row: T) => void
  confirm: () => Promise<void>
  cancel: () => void
  /** Forgets the question and any problem (e.g. another page's rows). */
  reset: () => void
}

/** An action on one row of a list that is asked about first ("Slet ...?", "Tilbagekald ...?"). */
export function useConfirmed<T>(options: ConfirmedOptions<T>): Confirmed<T> {
  const pending = ref<T | null>(null) as Ref<T | null>
  const busy = ref(false)
  const problem = ref<Problem | null>(null)
  const asked = ref(0)

  function ask(row: T): void {
    pending.value = row
    asked.value++
    problem.value = null
  }

  async function confirm(): Promise<void> {
    const row = pending.value
    if (row === null || busy.value) return
    busy.value = true
    problem.value = null
    try {
      await options.act(row)
      pending.value = null
      await options.done(row)
    } catch (error) {
      problem.value = problemOf(error)
      if (options.reloadOnFailure) {
        pending.value = null
        if (isProblemError(error) && (error.status === 412 || error.status === 404)) await options.reloadOnFailure()
        await nextTick()
        options.problemBox?.value?.focus()
      }
    } finally {
      busy.value = false
    }
  }

  const cancel = () => (pending.value = null)
  function reset(): void {
    pending.value = null
    problem.value = null
  }
  return { keys: options.keys, params: options.params, pending, asked, busy, problem, ask, confirm, cancel, reset }
}
