import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { MAX_SEARCH_LENGTH, parseIdValue, parsePage, parseSearch } from '@/shared/list/listQuery'
import type { ContactListQuery } from './contactApi'

/** Rows per page in the contact list. */
export const PAGE_SIZE = 25

export { MAX_SEARCH_LENGTH }

/** What the contact list shows; it lives in the URL query. */
export interface ContactListState {
  q: string
  library: number | null
  partner: number | null
  coordinatorsOnly: boolean
  page: number
}

export function parseContactQuery(query: LocationQuery): ContactListState {
  const coordinator = Array.isArray(query.coordinator) ? query.coordinator[0] : query.coordinator
  return {
    q: parseSearch(query.q),
    library: parseIdValue(query.library),
    partner: parseIdValue(query.partner),
    coordinatorsOnly: coordinator === 'true',
    page: parsePage(query.page),
  }
}

/** The route query for a list state, leaving out defaults to keep URLs short. */
export function toContactRouteQuery(state: ContactListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  const q = state.q.trim()
  if (q) query.q = q
  if (state.library !== null) query.library = String(state.library)
  if (state.partner !== null) query.partner = String(state.partner)
  if (state.coordinatorsOnly) query.coordinator = 'true'
  if (state.page > 1) query.page = String(state.page)
  return query
}

/**
 * The GET /api/contacts parameters. An editor sees only their own library's contacts, whatever
 * the URL says; a library and a partner filter exclude each other (a person has one organisation).
 */
export function toContactApiQuery(state: ContactListState, ownLibraryId: number | null): ContactListQuery {
  const query: ContactListQuery = { page: state.page, size: PAGE_SIZE, sort: 'name' }
  const q = state.q.trim()
  if (q) query.q = q
  if (ownLibraryId !== null) {
    query.libraryId = ownLibraryId
  } else {
    if (state.library !== null) query.libraryId = state.library
    else if (state.partner !== null) query.partnerId = state.partner
    if (state.coordinatorsOnly) query.coordinator = true
  }
  return query
}
