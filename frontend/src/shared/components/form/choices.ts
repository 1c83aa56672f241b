import { computed, type ComputedRef, type Ref } from 'vue'
import { useFetched } from '@/shared/composables/useFetched'

/** One option of a select or of a list of checkboxes. */
export interface Choice {
  value: string
  label: string
}

/** A library, a partner...: chosen by its id, shown by its name. */
export const byName = (item: { id: number; name: string }): Choice => ({ value: String(item.id), label: item.name })

/** A form's choices, loaded once from the API. */
export interface Choices<T> {
  /** What the API listed; empty until it has answered (and when it failed). */
  items: ComputedRef<T[]>
  options: ComputedRef<Choice[]>
  loading: Ref<boolean>
  /** The list could not be loaded: the form says so, and the field offers nothing to choose. */
  failed: ComputedRef<boolean>
  /** Reads the list again (after one was added), keeping the current one meanwhile. */
  reload: () => Promise<void>
}

/** Loads the things a form's field offers (every library, every partner...) and words them as choices. */
export function useChoices<T>(fetcher: (signal: AbortSignal) => Promise<T[]>, choice: (item: T) => Choice): Choices<T> {
  const { data, loading, problem, reload } = useFetched(fetcher, { notFound: false, keep: true })
  const items = computed(() => data.value ?? [])
  return {
    items,
    options: computed(() => items.value.map(choice)),
    loading,
    failed: computed(() => problem.value !== null),
    reload,
  }
}
