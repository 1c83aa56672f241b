import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { PartnerListQuery, PartnerType } from '@/api/types'
import { parseCode, parsePage, parseSearch, trimmedValue, type RawValue } from '@/shared/list/listQuery'
import { PARTNER_TYPES } from '@/shared/reference/partnerTypes'

export const PARTNER_PAGE_SIZE = 25


/** What the public partner directory shows; it lives in the URL query. */
export interface PartnerListState {
  type: PartnerType | null
  /** true: national partners only; false: local only; null: both. */
  national: boolean | null
  q: string
  page: number
}

export const DEFAULT_PARTNER_LIST_STATE: Readonly<PartnerListState> = Object.freeze({
  type: null,
  national: null,
  q: '',
  page: 1,
})

function parseNational(raw: RawValue): boolean | null {
  const value = trimmedValue(raw)?.toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  return null
}

export function parsePartnerListQuery(query: LocationQuery): PartnerListState {
  return {
    type: parseCode(query.type, PARTNER_TYPES),
    national: parseNational(query.national),
    q: parseSearch(query.q),
    page: parsePage(query.page),
  }
}

export function toPartnerRouteQuery(state: PartnerListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.type) query.type = state.type.toLowerCase()
  if (state.national !== null) query.national = String(state.national)
  if (state.q) query.q = state.q
  if (state.page > 1) query.page = String(state.page)
  return query
}

export function toPartnerApiQuery(state: PartnerListState): PartnerListQuery {
  const query: PartnerListQuery = { page: state.page, size: PARTNER_PAGE_SIZE, sort: 'name' }
  if (state.type) query.type = state.type
  if (state.national !== null) query.national = state.national
  if (state.q) query.q = state.q
  return query
}

export function samePartnerListState(a: PartnerListState, b: PartnerListState): boolean {
  return a.type === b.type && a.national === b.national && a.q === b.q && a.page === b.page
}
