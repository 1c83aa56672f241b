import type { LocationQuery, LocationQueryRaw, LocationQueryValue } from 'vue-router'
import type { NetworkMeetingListQuery } from './networkMeetingApi'

/** Meetings per page in the public list. */
export const MEETING_PAGE_SIZE = 20
/** The years the filter accepts. */
export const MIN_MEETING_YEAR = 2000
export const MAX_MEETING_YEAR = 2100
const MAX_PAGE = 100_000

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

type RawValue = LocationQueryValue | LocationQueryValue[] | undefined

/** A repeated query parameter counts by its first value. */
function firstValue(raw: RawValue): string | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw
  return typeof value === 'string' ? value.trim() : undefined
}

function oneOf<T extends string>(allowed: readonly T[], raw: RawValue): T | null {
  const value = firstValue(raw)?.toLowerCase()
  return allowed.find((option) => option === value) ?? null
}

function parseYear(raw: RawValue): number | null {
  const value = firstValue(raw)
  if (!value || !/^\d{4}$/.test(value)) return null
  const year = Number(value)
  return year >= MIN_MEETING_YEAR && year <= MAX_MEETING_YEAR ? year : null
}

function parsePage(raw: RawValue): number {
  const value = firstValue(raw)
  if (!value || !/^\d{1,9}$/.test(value)) return 1
  const page = Number(value)
  return page >= 1 && page <= MAX_PAGE ? page : 1
}

/** Reads the list state from a route query. Invalid values fall back to defaults; it never throws. */
export function parseMeetingListQuery(query: LocationQuery): MeetingListState {
  return {
    when: oneOf(MEETING_WHEN, query.vis),
    year: parseYear(query.year),
    sort: oneOf(MEETING_SORTS, query.sort) ?? 'newest',
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

/** Changing a filter or the order starts again at page 1; only an explicit page change keeps another page. */
export function updateMeetingListState(
  state: MeetingListState,
  change: Partial<Omit<MeetingListState, 'page'>> | { page: number },
): MeetingListState {
  if ('page' in change) return { ...state, page: Math.max(1, Math.min(MAX_PAGE, Math.trunc(change.page))) }
  return { ...state, ...change, page: 1 }
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
