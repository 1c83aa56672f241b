import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { parseCode, parsePage, parseYear } from '@/shared/list/listQuery'
import type { NetworkMeetingListQuery } from './networkMeetingApi'

/** Meetings per page in the public list. */
export const MEETING_PAGE_SIZE = 20
/** The years the filter accepts. */
export const MIN_MEETING_YEAR = 2000
export const MAX_MEETING_YEAR = 2100

/** Which meetings: those that have not ended yet, those that have, or all. */
export type MeetingWhen = 'upcoming' | 'past'
export type MeetingSort = 'newest' | 'oldest'

export const MEETING_WHEN = ['upcoming', 'past'] as const satisfies readonly MeetingWhen[]
export const MEETING_SORTS = ['newest', 'oldest'] as const satisfies readonly MeetingSort[]

/** Everything that decides what the meeting list shows; it lives in the URL query. */
export interface MeetingListState {
  when: MeetingWhen | null
  year: number | null
  sort: MeetingSort
  page: number
}

export const DEFAULT_MEETING_LIST_STATE: Readonly<MeetingListState> = Object.freeze({
  when: null,
  year: null,
  sort: 'newest',
  page: 1,
})

const lowerCase = (value: string) => value.toLowerCase()

/** Reads the list state from a route query. Invalid values fall back to defaults; it never throws. */
export function parseMeetingListQuery(query: LocationQuery): MeetingListState {
  return {
    when: parseCode(query.vis, MEETING_WHEN, lowerCase),
    year: parseYear(query.year, MIN_MEETING_YEAR, MAX_MEETING_YEAR),
    sort: parseCode(query.sort, MEETING_SORTS, lowerCase) ?? 'newest',
    page: parsePage(query.page),
  }
}

/** Writes the list state as a route query, leaving out defaults to keep URLs short. */
export function toMeetingRouteQuery(state: MeetingListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.when !== null) query.vis = state.when
  if (state.year !== null) query.year = String(state.year)
  if (state.sort !== 'newest') query.sort = state.sort
  if (state.page > 1) query.page = String(state.page)
  return query
}

/** The GET /api/network-meetings parameters for a list state. */
export function toMeetingApiQuery(state: MeetingListState): NetworkMeetingListQuery {
  const query: NetworkMeetingListQuery = {
    page: state.page,
    size: MEETING_PAGE_SIZE,
    sort: state.sort === 'newest' ? '-startsAt' : 'startsAt',
  }
  if (state.when !== null) query.upcoming = state.when === 'upcoming'
  if (state.year !== null) query.year = state.year
  return query
}

export function sameMeetingListState(a: MeetingListState, b: MeetingListState): boolean {
  return a.when === b.when && a.year === b.year && a.sort === b.sort && a.page === b.page
}

/** The years to offer, newest first: the span with meetings, plus a year from the URL. */
export function yearOptions(range: { first: number; last: number } | null, chosen: number | null): number[] {
  const years = new Set<number>()
  if (range) for (let y = range.last; y >= range.first && years.size < 200; y--) years.add(y)
  if (chosen !== null) years.add(chosen)
  return [...years].sort((a, b) => b - a)
}
