import type { LocationQuery, LocationQueryRaw, LocationQueryValue } from 'vue-router'

/** Reading and writing list pages' state (search, page) in the URL query; never throws. */

/** Longest search text we pass on to the API. */
export const MAX_SEARCH_LENGTH = 200
/** Guards against absurd page numbers in hand-written URLs. */
export const MAX_PAGE = 100_000

export type RawValue = LocationQueryValue | LocationQueryValue[] | undefined

/** A repeated query parameter counts by its first value. */
export function firstValue(raw: RawValue): string | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw
  return typeof value === 'string' ? value : undefined
}

export function parsePage(raw: RawValue): number {
  const value = firstValue(raw)?.trim()
  if (!value || !/^\d{1,9}$/.test(value)) return 1
  const page = Number.parseInt(value, 10)
  return page >= 1 && page <= MAX_PAGE ? page : 1
}

export function parseSearch(raw: RawValue): string {
  return (firstValue(raw) ?? '').trim().slice(0, MAX_SEARCH_LENGTH)
}

/** The state of a list with only a search box and pages (the admin lists). */
export interface SearchPageState {
  q: string
  page: number
}

export function parseSearchPageQuery(query: LocationQuery): SearchPageState {
  return { q: parseSearch(query.q), page: parsePage(query.page) }
}

export function toSearchPageQuery(state: SearchPageState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q) query.q = state.q
  if (state.page > 1) query.page = String(state.page)
  return query
}

/** The state of a list with pages only. */
export function parsePageQuery(query: LocationQuery): { page: number } {
  return { page: parsePage(query.page) }
}

export function toPageQuery(state: { page: number }): LocationQueryRaw {
  return state.page > 1 ? { page: String(state.page) } : {}
}
