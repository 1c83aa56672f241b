import { ref, type Ref } from 'vue'
import { isProblemError, problemOf, type FieldError, type Problem } from '@/api/client'
import { translate } from '@/i18n'

/** What the user must fix before anything is sent (field + message); empty when nothing. */
export type LocalCheck = () => readonly FieldError[]

export interface SaveOptions {
  /**
   * A 412 (the If-Match was stale): someone else saved first. Without this, a 412 is shown as
   * any other problem.
   */
  onStale?: () => void
}

export interface Save {
  saving: Readonly<Ref<boolean>>
  /** Why the last save failed: the local check's errors, or the API's problem. */
  saveProblem: Readonly<Ref<Problem | null>>
  /** After a 429: the seconds the API asked to wait (Retry-After), when it said; else null. */
  retryAfter: Readonly<Ref<number | null>>
  /**
   * Runs `check`, then (when it found nothing) `run`, at most one at a time. What `run` throws
   * becomes `saveProblem`, so the form can show it at its fields.
   */
  save(run: () => Promise<unknown>, check?: LocalCheck): Promise<void>
  /** Forgets the last problem (e.g. when the record is loaded again). */
  reset(): void
}

/** Errors found before sending, in the shape of the API's validation problem: the form shows both alike. */
export function localProblem(errors: readonly FieldError[]): Problem {
  return { type: 'about:blank', title: translate('form.summaryHeading'), status: 400, errors: [...errors] }
}

/** The save half of a form page: create pages use it alone, edit pages through useEditableResource. */
export function useSave(options: SaveOptions = {}): Save {
  const saving = ref(false)
  const saveProblem = ref<Problem | null>(null)
  const retryAfter = ref<number | null>(null)

  async function save(run: () => Promise<unknown>, check?: LocalCheck): Promise<void> {
    if (saving.value) return
    saveProblem.value = null
    retryAfter.value = null
    const invalid = check?.() ?? []
    if (invalid.length > 0) {
      saveProblem.value = localProblem(invalid)
      return
    }
    saving.value = true
    try {
      await run()
    } catch (error) {
      if (options.onStale && isProblemError(error) && error.status === 412) options.onStale()
      else saveProblem.value = problemOf(error)
      if (isProblemError(error) && error.status === 429) retryAfter.value = error.retryAfterSeconds
    } finally {
      saving.value = false
    }
  }

  return {
    saving,
    saveProblem,
    retryAfter,
    save,
    reset: () => {
      saveProblem.value = null
      retryAfter.value = null
    },
  }
}
