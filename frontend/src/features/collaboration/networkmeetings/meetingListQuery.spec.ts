import { describe, expect, it } from 'vitest'
import { changeListState } from '@/shared/list/listQuery'
import {
  DEFAULT_MEETING_LIST_STATE,
  parseMeetingListQuery,
  sameMeetingListState,
  toMeetingApiQuery,
  toMeetingRouteQuery,
  yearOptions,
  type MeetingListState,
} from './meetingListQuery'

describe('meeting list query', () => {
  it('defaults to all meetings, newest first, page 1', () => {
    expect(parseMeetingListQuery({})).toEqual(DEFAULT_MEETING_LIST_STATE)
    expect(toMeetingApiQuery(DEFAULT_MEETING_LIST_STATE)).toEqual({ page: 1, size: 20, sort: '-startsAt' })
    expect(toMeetingRouteQuery(DEFAULT_MEETING_LIST_STATE)).toEqual({})
  })

  it('reads filters, order and page from the URL and asks the API for them', () => {
    const state = parseMeetingListQuery({ vis: 'past', year: '2016', sort: 'oldest', page: '2' })
    expect(state).toEqual({ when: 'past', year: 2016, sort: 'oldest', page: 2 })
    expect(toMeetingApiQuery(state)).toEqual({ page: 2, size: 20, sort: 'startsAt', upcoming: false, year: 2016 })
    expect(toMeetingRouteQuery(state)).toEqual({ vis: 'past', year: '2016', sort: 'oldest', page: '2' })
  })

  it('asks for upcoming meetings with upcoming=true', () => {
    expect(toMeetingApiQuery(parseMeetingListQuery({ vis: 'UPCOMING' }))).toMatchObject({ upcoming: true })
  })

  it('ignores values it does not know', () => {
    expect(parseMeetingListQuery({ vis: 'later', year: '17', sort: 'random', page: '-1' })).toEqual(
      DEFAULT_MEETING_LIST_STATE,
    )
    expect(parseMeetingListQuery({ year: '1999' }).year).toBeNull()
    expect(parseMeetingListQuery({ year: ['2020', '2021'] }).year).toBe(2020)
  })

  it('starts at page 1 when a filter changes, but keeps the filters when paging', () => {
    const onPage3: MeetingListState = { when: 'past', year: null, sort: 'newest', page: 3 }
    expect(changeListState(onPage3, { year: 2020 })).toEqual({ ...onPage3, year: 2020, page: 1 })
    expect(changeListState(onPage3, { page: 4 })).toEqual({ ...onPage3, page: 4 })
    expect(changeListState(onPage3, { page: 0 }).page).toBe(1)
  })

  it('compares states field by field', () => {
    expect(sameMeetingListState(DEFAULT_MEETING_LIST_STATE, { ...DEFAULT_MEETING_LIST_STATE })).toBe(true)
    expect(sameMeetingListState(DEFAULT_MEETING_LIST_STATE, { ...DEFAULT_MEETING_LIST_STATE, sort: 'oldest' })).toBe(false)
  })
})

describe('yearOptions', () => {
  it('lists the years with meetings, newest first', () => {
    expect(yearOptions({ first: 2015, last: 2018 }, null)).toEqual([2018, 2017, 2016, 2015])
  })

  it('keeps a year from the URL choosable', () => {
    expect(yearOptions({ first: 2015, last: 2016 }, 2030)).toEqual([2030, 2016, 2015])
    expect(yearOptions(null, 2020)).toEqual([2020])
    expect(yearOptions(null, null)).toEqual([])
  })
})
