import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { LibraryListQuery } from '@/api/types'
import { parsePage, parseSearch, trimmedValue, type RawValue } from '@/shared/list/listQuery'

/** Rows per page in the library list. */
export const PAGE_SIZE = 20

export type SortColumn = 'name' | 'municipality' | 'region'

/** The sort orders the list offers; values are the API's `sort` parameter. */
export const SORT_OPTIONS = [
  { value: 'name', labelKey: 'libraries.sort.nameAsc', column: 'name', direction: 'ascending' },
  { value: '-name', labelKey: 'libraries.sort.nameDesc', column: 'name', direction: 'descending' },
  { value: 'municipality', labelKey: 'libraries.sort.municipality', column: 'municipality', direction: 'ascending' },
  { value: 'region', labelKey: 'libraries.sort.region', column: 'region', direction: 'ascending' },
  { value: '-updatedAt', labelKey: 'libraries.sort.updatedDesc', column: null, direction: 'descending' },
] as const satisfies readonly {
  value: string
  labelKey: string
  column: SortColumn | null
  direction: 'ascending' | 'descending'
}[]

export type SortValue = (typeof SORT_OPTIONS)[number]['value']
export type SortOption = (typeof SORT_OPTIONS)[number]

export const DEFAULT_SORT: SortValue = 'name'

/** Everything that decides what the library list shows; it lives in the URL query. */
export interface LibraryListState {
  region: number | null
  q: string
  sort: SortValue
  page: number
}

export const DEFAULT_LIST_STATE: Readonly<LibraryListState> = Object.freeze({
  region: null,
  q: '',
  sort: DEFAULT_SORT,
  page: 1,
})

export function parseRegion(raw: RawValue): number | null {
  const value = trimmedValue(raw)
  if (!value || !/^\d{1,9}$/.test(value)) return null
  const code = Number.parseInt(value, 10)
  return code > 0 ? code : null
}

export function parseSort(raw: RawValue): SortValue {
  const value = trimmedValue(raw)
  const option = SORT_OPTIONS.find((o) => o.value === value)
  return option ? option.value : DEFAULT_SORT
}

/** Reads the list state from a route query. Invalid values fall back to defaults; it never throws. */
export function parseListQuery(query: LocationQuery): LibraryListState {
  return {
    region: parseRegion(query.region),
    q: parseSearch(query.q),
    sort: parseSort(query.sort),
    page: parsePage(query.page),
  }
}

/** Writes the list state as a route query, leaving out default values to keep URLs short. */
export function toRouteQuery(state: LibraryListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.region !== null) query.region = String(state.region)
  const q = state.q.trim()
  if (q) query.q = q
  if (state.sort !== DEFAULT_SORT) query.sort = state.sort
  if (state.page > 1) query.page = String(state.page)
  return query
}

/** The GET /api/libraries parameters for a list state. */
export function toApiQuery(state: LibraryListState): LibraryListQuery {
  const query: LibraryListQuery = { page: state.page, size: PAGE_SIZE, sort: state.sort }
  if (state.region !== null) query.region = state.region
  const q = state.q.trim()
  if (q) query.q = q
  return query
}

export function sameListState(a: LibraryListState, b: LibraryListState): boolean {
  return a.region === b.region && a.q === b.q && a.sort === b.sort && a.page === b.page
}

export function sortOption(value: SortValue): SortOption {
  return SORT_OPTIONS.find((o) => o.value === value) ?? SORT_OPTIONS[0]
}
