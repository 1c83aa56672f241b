import type { Ref } from 'vue'
import { useTypeahead } from '@/shared/composables/useTypeahead'
import { fetchSuggestions } from './searchApi'

/** The site search's suggestions for what is being typed; when they fail, the field still searches on Enter. */
export function useSuggestions(text: Ref<string>) {
  return useTypeahead(text, (q, signal) => fetchSuggestions(q, signal).then((result) => result.items))
}
