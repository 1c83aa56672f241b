import { onBeforeUnmount, shallowRef, watch, type Ref } from 'vue'
import { useLatestRequest } from '@/shared/composables/useFetched'
import { MAX_SEARCH_LENGTH } from '@/shared/list/listQuery'
import { fetchSuggestions, type SearchSuggestion } from './searchApi'

/** How long typing must pause before suggestions are asked for. */
export const SUGGEST_DELAY_MS = 200

/**
 * Suggestions for what is being typed: asked for once typing pauses, never for empty text; a
 * request still under way is aborted when a newer one starts, so an old answer never shows.
 * `forText` is the text the suggestions are for (null while there are none to show).
 */
export function useSuggestions(text: Ref<string>, delay = SUGGEST_DELAY_MS) {
  const items = shallowRef<SearchSuggestion[]>([])
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
        (signal) => fetchSuggestions(q, signal),
        (result) => {
          items.value = result.items
          forText.value = q
        },
        // Suggestions are a help, not the search: when they fail, the field still searches on Enter.
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
