import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { parsePage, parseSearch } from '@/shared/list/listQuery'
import type { CaseListQuery } from './caseApi'

export const CASE_PAGE_SIZE = 20

/** What the list of good examples shows; it lives in the URL query. */
export interface CaseListState {
  q: string
  page: number
}

export function parseCaseListQuery(query: LocationQuery): CaseListState {
  return { q: parseSearch(query.q), page: parsePage(query.page) }
}

export function toCaseRouteQuery(state: CaseListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q) query.q = state.q
  if (state.page > 1) query.page = String(state.page)
  return query
}

export function toCaseApiQuery(state: CaseListState): CaseListQuery {
  return { page: state.page, size: CASE_PAGE_SIZE, sort: 'title', ...(state.q ? { q: state.q } : {}) }
}
