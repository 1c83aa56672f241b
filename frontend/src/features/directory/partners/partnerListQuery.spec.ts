import { describe, expect, it } from 'vitest'
import { changeListState } from '@/shared/composables/useListPage'
import {
  DEFAULT_PARTNER_LIST_STATE,
  PARTNER_PAGE_SIZE,
  parsePartnerListQuery,
  samePartnerListState,
  toPartnerApiQuery,
  toPartnerRouteQuery,
  type PartnerListState,
} from './partnerListQuery'

describe('partner list query', () => {
  it('gives defaults for an empty or bad query', () => {
    expect(parsePartnerListQuery({})).toEqual(DEFAULT_PARTNER_LIST_STATE)
    expect(parsePartnerListQuery({ type: 'zoo', national: 'maybe', page: '-1' })).toEqual(DEFAULT_PARTNER_LIST_STATE)
  })

  it('round-trips type, national, q and page through the URL', () => {
    const state: PartnerListState = { type: 'PUBLIC_AUTHORITY', national: false, q: 'dr', page: 2 }
    const query = toPartnerRouteQuery(state)
    expect(query).toEqual({ type: 'public_authority', national: 'false', q: 'dr', page: '2' })
    expect(parsePartnerListQuery(query as Record<string, string>)).toEqual(state)
    expect(toPartnerRouteQuery(DEFAULT_PARTNER_LIST_STATE)).toEqual({})
  })

  it('sends only what is set to the API', () => {
    expect(toPartnerApiQuery(DEFAULT_PARTNER_LIST_STATE)).toEqual({ page: 1, size: PARTNER_PAGE_SIZE, sort: 'name' })
    expect(toPartnerApiQuery({ type: 'MEDIA', national: true, q: '', page: 1 })).toMatchObject({ type: 'MEDIA', national: true })
  })

  it('starts at page 1 when a filter changes', () => {
    const s: PartnerListState = { ...DEFAULT_PARTNER_LIST_STATE, page: 3 }
    expect(changeListState(s, { national: true }).page).toBe(1)
    expect(changeListState(s, { page: 5 }).page).toBe(5)
    expect(samePartnerListState(s, { ...s })).toBe(true)
  })
})
