import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { parseCode, parsePage, parseYear } from '@/shared/list/listQuery'
import { THEME_STATUSES, type ThemeListQuery, type ThemeStatus } from './themeApi'

/** Themes per page in the list. */
export const THEME_PAGE_SIZE = 20
/** Newest first: the theme that starts last comes first. */
export const THEME_SORT = '-startDate'
/** The years the API accepts for a theme (as for its ISO weeks). */
export const MIN_THEME_YEAR = 2000
export const MAX_THEME_YEAR = 2100

/** Everything that decides what the theme list shows; it lives in the URL query. */
export interface ThemeListState {
  status: ThemeStatus | null
  year: number | null
  page: number
}

export const DEFAULT_THEME_LIST_STATE: Readonly<ThemeListState> = Object.freeze({ status: null, year: null, page: 1 })

/** Reads the list state from a route query. Invalid values fall back to defaults; it never throws. */
export function parseThemeListQuery(query: LocationQuery): ThemeListState {
  return {
    status: parseCode(query.status, THEME_STATUSES),
    year: parseYear(query.year, MIN_THEME_YEAR, MAX_THEME_YEAR),
    page: parsePage(query.page),
  }
}

/** Writes the list state as a route query, leaving out defaults to keep URLs short. */
export function toThemeRouteQuery(state: ThemeListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  // Lower case reads better in a shared link (?status=open); either case is accepted.
  if (state.status !== null) query.status = state.status.toLowerCase()
  if (state.year !== null) query.year = String(state.year)
  if (state.page > 1) query.page = String(state.page)
  return query
}

/** The GET /api/themes parameters for a list state. */
export function toThemeApiQuery(state: ThemeListState): ThemeListQuery {
  const query: ThemeListQuery = { page: state.page, size: THEME_PAGE_SIZE, sort: THEME_SORT }
  if (state.status !== null) query.status = state.status
  if (state.year !== null) query.year = state.year
  return query
}

export function sameThemeListState(a: ThemeListState, b: ThemeListState): boolean {
  return a.status === b.status && a.year === b.year && a.page === b.page
}
