import { describe, expect, it } from 'vitest'
import { changeListState } from '@/shared/list/listQuery'
import {
  DEFAULT_PARTNERSHIP_LIST_STATE,
  PARTNERSHIP_PAGE_SIZE,
  hasPartnershipFilters,
  parsePartnershipListQuery,
  samePartnershipListState,
  toPartnershipApiQuery,
  toPartnershipRouteQuery,
} from './partnershipListQuery'

describe('partnership list query', () => {
  it('reads every filter from the URL, in either case', () => {
    expect(parsePartnershipListQuery({ status: 'running', phase: 'first_contact', library: '97', partner: '11', q: ' museum ', page: '2' })).toEqual({
      status: 'RUNNING',
      phase: 'FIRST_CONTACT',
      library: 97,
      partner: 11,
      q: 'museum',
      page: 2,
    })
  })

  it('falls back to defaults for anything it does not know, and never throws', () => {
    expect(parsePartnershipListQuery({ status: 'sleeping', phase: 'NAP', library: '-3', partner: 'x', page: 'abc' })).toEqual(
      DEFAULT_PARTNERSHIP_LIST_STATE,
    )
    expect(parsePartnershipListQuery({ status: ['agreed', 'ended'] }).status).toBe('AGREED')
  })

  it('writes short URLs and reads them back the same', () => {
    const state = { ...DEFAULT_PARTNERSHIP_LIST_STATE, status: 'RUNNING' as const, library: 97, q: 'museum', page: 3 }
    const query = toPartnershipRouteQuery(state)
    expect(query).toEqual({ status: 'running', library: '97', q: 'museum', page: '3' })
    expect(parsePartnershipListQuery(query as Record<string, string>)).toEqual(state)
    expect(toPartnershipRouteQuery(DEFAULT_PARTNERSHIP_LIST_STATE)).toEqual({})
  })

  it('names the API parameters after the API', () => {
    const state = { status: 'IDEA' as const, phase: 'NEED' as const, library: 1, partner: 2, q: 'x', page: 1 }
    expect(toPartnershipApiQuery(state)).toEqual({
      page: 1,
      size: PARTNERSHIP_PAGE_SIZE,
      sort: 'title',
      status: 'IDEA',
      phase: 'NEED',
      libraryId: 1,
      partnerId: 2,
      q: 'x',
    })
    expect(toPartnershipApiQuery(DEFAULT_PARTNERSHIP_LIST_STATE)).toEqual({ page: 1, size: PARTNERSHIP_PAGE_SIZE, sort: 'title' })
  })

  it('starts again at page 1 when a filter changes', () => {
    const state = { ...DEFAULT_PARTNERSHIP_LIST_STATE, page: 4 }
    expect(changeListState(state, { status: 'ENDED' }).page).toBe(1)
    expect(changeListState(state, { page: 2 }).page).toBe(2)
    expect(changeListState(state, { page: 0 }).page).toBe(1)
  })

  it('compares states and tells whether any filter is set', () => {
    expect(samePartnershipListState(DEFAULT_PARTNERSHIP_LIST_STATE, { ...DEFAULT_PARTNERSHIP_LIST_STATE, q: '  ' })).toBe(true)
    expect(samePartnershipListState(DEFAULT_PARTNERSHIP_LIST_STATE, { ...DEFAULT_PARTNERSHIP_LIST_STATE, partner: 1 })).toBe(false)
    expect(hasPartnershipFilters(DEFAULT_PARTNERSHIP_LIST_STATE)).toBe(false)
    expect(hasPartnershipFilters({ ...DEFAULT_PARTNERSHIP_LIST_STATE, phase: 'CLOSURE' })).toBe(true)
  })
})
