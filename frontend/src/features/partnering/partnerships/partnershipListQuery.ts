import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { parseCode, parseIdValue, parsePage, trimmedValue } from '@/shared/list/listQuery'
import { PARTNERSHIP_PHASES, type PartnershipPhase } from '@/shared/reference/phases'
import { PARTNERSHIP_STATUSES, type PartnershipListQuery, type PartnershipStatus } from './partnershipApi'

/** Partnerships per page in the list. */
export const PARTNERSHIP_PAGE_SIZE = 20
/** By title (Danish order is the API's). */
export const PARTNERSHIP_SORT = 'title'
/** The longest free text kept in the URL. */
export const MAX_QUERY_LENGTH = 200

/** Everything that decides what the partnership list shows; it lives in the URL query. */
export interface PartnershipListState {
  status: PartnershipStatus | null
  phase: PartnershipPhase | null
  library: number | null
  partner: number | null
  q: string
  page: number
}

export const DEFAULT_PARTNERSHIP_LIST_STATE: Readonly<PartnershipListState> = Object.freeze({
  status: null,
  phase: null,
  library: null,
  partner: null,
  q: '',
  page: 1,
})

/** Reads the list state from a route query. Invalid values fall back to defaults; it never throws. */
export function parsePartnershipListQuery(query: LocationQuery): PartnershipListState {
  return {
    status: parseCode(query.status, PARTNERSHIP_STATUSES),
    // A phase may come with dashes ("?phase=partner-search").
    phase: parseCode(query.phase, PARTNERSHIP_PHASES, (value) => value.toUpperCase().replace(/-/g, '_')),
    library: parseIdValue(query.library),
    partner: parseIdValue(query.partner),
    q: (trimmedValue(query.q) ?? '').slice(0, MAX_QUERY_LENGTH),
    page: parsePage(query.page),
  }
}

/** Writes the list state as a route query, leaving out defaults to keep URLs short. */
export function toPartnershipRouteQuery(state: PartnershipListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  // Lower case reads better in a shared link (?status=running); either case is accepted.
  if (state.status !== null) query.status = state.status.toLowerCase()
  if (state.phase !== null) query.phase = state.phase.toLowerCase()
  if (state.library !== null) query.library = String(state.library)
  if (state.partner !== null) query.partner = String(state.partner)
  if (state.q.trim() !== '') query.q = state.q.trim()
  if (state.page > 1) query.page = String(state.page)
  return query
}

/** The GET /api/partnerships parameters for a list state. */
export function toPartnershipApiQuery(state: PartnershipListState): PartnershipListQuery {
  const query: PartnershipListQuery = { page: state.page, size: PARTNERSHIP_PAGE_SIZE, sort: PARTNERSHIP_SORT }
  if (state.status !== null) query.status = state.status
  if (state.phase !== null) query.phase = state.phase
  if (state.library !== null) query.libraryId = state.library
  if (state.partner !== null) query.partnerId = state.partner
  if (state.q.trim() !== '') query.q = state.q.trim()
  return query
}

export function samePartnershipListState(a: PartnershipListState, b: PartnershipListState): boolean {
  return (
    a.status === b.status &&
    a.phase === b.phase &&
    a.library === b.library &&
    a.partner === b.partner &&
    a.q.trim() === b.q.trim() &&
    a.page === b.page
  )
}

export function hasPartnershipFilters(state: PartnershipListState): boolean {
  return state.status !== null || state.phase !== null || state.library !== null || state.partner !== null || state.q.trim() !== ''
}
