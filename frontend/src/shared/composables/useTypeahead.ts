import { onBeforeUnmount, shallowRef, watch, type Ref } from 'vue'
import { useLatestRequest } from '@/shared/composables/useFetched'
import { MAX_SEARCH_LENGTH } from '@/shared/list/listQuery'

/** How long typing must pause before the API is asked. */
export const TYPEAHEAD_DELAY_MS = 200

/**
 * What matches the text being typed, asked for once typing pauses and never for empty text; a
 * request still under way is aborted when a newer one starts, so an old answer never shows.
 * `forText` is the text the items are for (null while there are none to show). A failed request
 * shows nothing: looking up is a help, and the field still works without it.
 */
export function useTypeahead<T>(
  text: Ref<string>,
  fetch: (q: string, signal: AbortSignal) => Promise<T[]>,
  delay = TYPEAHEAD_DELAY_MS,
) {
  const items = shallowRef<T[]>([])
  const forText = shallowRef<string | null>(null)
  const request = useLatestRequest(false)
  let timer: ReturnType<typeof setTimeout> | undefined

  function clear(): void {
    clearTimeout(timer)
    request.cancel()
    items.value = []
    forText.value = null
  }

  watch(text, (value) => {
    clearTimeout(timer)
    const q = value.trim().slice(0, MAX_SEARCH_LENGTH)
    if (!q) {
      clear()
      return
    }
    timer = setTimeout(() => {
      void request.run(
        (signal) => fetch(q, signal),
        (result) => {
          items.value = result
          forText.value = q
        },
        () => {
          items.value = []
          forText.value = null
        },
      )
    }, delay)
  })

  onBeforeUnmount(() => clearTimeout(timer))
  return { items, forText, loading: request.loading, clear }
}
