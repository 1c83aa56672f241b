import { api, unwrap } from '@/api/client'
import type { SearchKind, SearchQuery, SearchResults, SearchSuggestions } from '@/api/types'
export type { SearchFacet, SearchHit, SearchKind, SearchQuery, SearchResults, SearchSuggestion, SnippetPart } from '@/api/types'

/** Every kind of thing the search finds, in the API's (and the facets') order. */
export const SEARCH_KINDS = [
  'LIBRARY',
  'THEME',
  'ACTIVITY',
  'PARTNER',
  'PARTNERSHIP',
  'TOOLBOX_ITEM',
  'GUIDE_CHAPTER',
  'GOOD_EXAMPLE',
  'PROJECT',
  'NETWORK_MEETING',
  'CONTACT',
] as const satisfies readonly SearchKind[]

/** How many suggestions the header's list shows. */
export const SUGGESTION_COUNT = 8

export function fetchSearch(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults> {
  // The contract's `types` is one comma-separated value (style form, explode false).
  return unwrap(api.GET('/api/search', { params: { query }, querySerializer: { array: { style: 'form', explode: false } }, signal }))
}

export function fetchSuggestions(q: string, signal?: AbortSignal): Promise<SearchSuggestions> {
  return unwrap(api.GET('/api/search/suggestions', { params: { query: { q, size: SUGGESTION_COUNT } }, signal }))
}
