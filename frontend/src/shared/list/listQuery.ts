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

/** The first value without the spaces around it. */
export function trimmedValue(raw: RawValue): string | undefined {
  return firstValue(raw)?.trim()
}

/** One of a fixed list of codes, in either case ("?status=open"); null for anything else. */
export function parseCode<T extends string>(raw: RawValue, codes: readonly T[], normalize = (value: string) => value.toUpperCase()): T | null {
  const value = trimmedValue(raw)
  if (value === undefined) return null
  const wanted = normalize(value)
  return codes.find((code) => code === wanted) ?? null
}

/** A four-digit year from `min` to `max`; null for anything else. */
export function parseYear(raw: RawValue, min: number, max: number): number | null {
  const value = trimmedValue(raw)
  if (!value || !/^\d{4}$/.test(value)) return null
  const year = Number(value)
  return year >= min && year <= max ? year : null
}

/** A record's id: digits only, positive, and exact as a number; null for anything else. */
export function parseIdValue(raw: RawValue): number | null {
  const value = trimmedValue(raw)
  if (!value || !/^\d{1,15}$/.test(value)) return null
  const id = Number(value)
  return id > 0 ? id : null
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

/** What every list state has: the page it shows, counted from 1. */
export interface PagedState {
  page: number
}

/** A page number within the bounds the list accepts. */
export function clampPage(page: number): number {
  return Math.max(1, Math.min(MAX_PAGE, Math.trunc(page)))
}

/**
 * Applies a change to a list state. Changing a filter, the search or the sort starts again
 * at page 1, since the old page may not exist any more; only an explicit page change keeps another page.
 */
export function changeListState<S extends PagedState>(state: S, change: Partial<Omit<S, 'page'>> | { page: number }): S {
  if ('page' in change) return { ...state, page: clampPage(change.page) }
  return { ...state, ...change, page: 1 }
}
