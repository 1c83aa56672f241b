import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { firstValue, parsePage, parseSearch, type RawValue } from '@/shared/list/listQuery'
import { SEARCH_KINDS, type SearchFacet, type SearchKind, type SearchQuery } from './searchApi'

/** Hits per page. */
export const SEARCH_PAGE_SIZE = 10

/** What the results page shows; it lives in the URL (?q=...&types=library,theme&page=2). */
export interface SearchState {
  q: string
  /** Only hits of these kinds, in the API's order; none is every kind. */
  types: SearchKind[]
  page: number
}

/** The kinds named in `types` (comma-separated, either case), known ones only, each once, in the API's order. */
export function parseKinds(raw: RawValue): SearchKind[] {
  const named = new Set((firstValue(raw) ?? '').split(',').map((part) => part.trim().toUpperCase()))
  return SEARCH_KINDS.filter((kind) => named.has(kind))
}

/** Reads the state from the URL query; bad values fall back to defaults, it never throws. */
export function parseSearchQuery(query: LocationQuery): SearchState {
  return { q: parseSearch(query.q), types: parseKinds(query.types), page: parsePage(query.page) }
}

/** Writes the state as a URL query, leaving out defaults; kinds in lower case read better in a link. */
export function toSearchRouteQuery(state: SearchState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q) query.q = state.q
  if (state.types.length > 0) query.types = state.types.map((kind) => kind.toLowerCase()).join(',')
  if (state.page > 1) query.page = String(state.page)
  return query
}

/** The GET /api/search parameters for a state (which has a search text). */
export function toSearchApiQuery(state: SearchState): SearchQuery {
  const query: SearchQuery = { q: state.q, page: state.page, size: SEARCH_PAGE_SIZE }
  if (state.types.length > 0) query.types = state.types
  return query
}

/** The kinds to offer as filters: those with hits, and those chosen even without any. */
export function kindFilters(facets: readonly SearchFacet[], chosen: readonly SearchKind[]): SearchFacet[] {
  return facets.filter((facet) => facet.count > 0 || chosen.includes(facet.type))
}

/** The chosen kinds with one more or one fewer, in the API's order. */
export function toggleKind(chosen: readonly SearchKind[], kind: SearchKind, on: boolean): SearchKind[] {
  return SEARCH_KINDS.filter((k) => (k === kind ? on : chosen.includes(k)))
}
