import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import { danishYear } from '@/i18n/danishTime'
import type { NetworkMeetingView, NetworkMeetingPage, NetworkMeetingInput, NetworkMeetingListQuery } from '@/api/types'
export type { NetworkMeetingView, NetworkMeetingSummary, NetworkMeetingPage, NetworkMeetingInput, IdeaInput, IdeaView, LibraryRef,
  ThemeRef, LibrarySummary, ThemeSummary, NetworkMeetingListQuery } from '@/api/types'

/** The choices of the meeting form: every library (host, attendees, proposers) and theme (an idea's). */
export { fetchAllLibraries } from '@/shared/reference/libraryOptions'
export { fetchAllThemes } from '@/shared/reference/themeOptions'

export function fetchNetworkMeetings(query: NetworkMeetingListQuery, signal?: AbortSignal): Promise<NetworkMeetingPage> {
  return unwrap(api.GET('/api/network-meetings', { params: { query }, signal }))
}

export function fetchNetworkMeeting(id: number, signal?: AbortSignal): Promise<NetworkMeetingView> {
  return unwrap(api.GET('/api/network-meetings/{id}', { params: { path: { id } }, signal }))
}


/** A meeting with its ETag, for editing (PUT and DELETE send it back as If-Match). */
export function fetchNetworkMeetingForEdit(id: number, signal?: AbortSignal): Promise<Versioned<NetworkMeetingView>> {
  return unwrapWithETag(api.GET('/api/network-meetings/{id}', { params: { path: { id } }, signal }))
}

export function createNetworkMeeting(input: NetworkMeetingInput): Promise<Versioned<NetworkMeetingView>> {
  return unwrapWithETag(api.POST('/api/network-meetings', { body: input }))
}

export function updateNetworkMeeting(
  id: number,
  input: NetworkMeetingInput,
  etag: string,
): Promise<Versioned<NetworkMeetingView>> {
  return unwrapWithETag(
    api.PUT('/api/network-meetings/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
  )
}

export function deleteNetworkMeeting(id: number, etag: string): Promise<void> {
  return unwrapNoContent(
    api.DELETE('/api/network-meetings/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }),
  )
}

/** The first and last year with a meeting, for the year filter; null when there are no meetings. */
export async function fetchMeetingYearRange(signal?: AbortSignal): Promise<{ first: number; last: number } | null> {
  const [oldest, newest] = await Promise.all([
    fetchNetworkMeetings({ page: 1, size: 1, sort: 'startsAt' }, signal),
    fetchNetworkMeetings({ page: 1, size: 1, sort: '-startsAt' }, signal),
  ])
  const first = oldest.items[0] ? danishYear(oldest.items[0].startsAt) : null
  const last = newest.items[0] ? danishYear(newest.items[0].startsAt) : null
  return first !== null && last !== null ? { first, last } : null
}
