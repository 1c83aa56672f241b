import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { ActivityInput, ActivityListQuery, ActivityPage, ActivityView, ParticipationActivityQuery, ParticipationView } from '@/api/types'
import { fetchAllPages } from '@/shared/list/fetchAllPages'
export type { ActivityView, ActivityInput, ActivityPage, Audience, ActivityListQuery, ParticipationActivityQuery } from '@/api/types'

/** Activities across sign-ups: by theme, library, channel and date range. */
export function fetchActivities(query: ActivityListQuery, signal?: AbortSignal): Promise<ActivityPage> {
  return unwrap(api.GET('/api/activities', { params: { query }, signal }))
}

/** One sign-up with the library it belongs to (who may add activities depends on it). */
export function fetchParticipation(id: number, signal?: AbortSignal): Promise<ParticipationView> {
  return unwrap(api.GET('/api/participations/{id}', { params: { path: { id } }, signal }))
}

export function fetchParticipationActivities(
  participationId: number,
  query: ParticipationActivityQuery,
  signal?: AbortSignal,
): Promise<ActivityPage> {
  return unwrap(
    api.GET('/api/participations/{id}/activities', { params: { path: { id: participationId }, query }, signal }),
  )
}

/** Every activity of a sign-up, by start (a sign-up rarely has a page of them, but all are shown). */
export function fetchAllParticipationActivities(participationId: number, signal?: AbortSignal): Promise<ActivityView[]> {
  return fetchAllPages((page, size) => fetchParticipationActivities(participationId, { page, size, sort: 'startsAt' }, signal))
}

export function createActivity(participationId: number, input: ActivityInput): Promise<Versioned<ActivityView>> {
  return unwrapWithETag(
    api.POST('/api/participations/{id}/activities', { params: { path: { id: participationId } }, body: input }),
  )
}

/** An activity with its ETag, for editing (PUT and DELETE send it back as If-Match). */
export function fetchActivityForEdit(id: number, signal?: AbortSignal): Promise<Versioned<ActivityView>> {
  return unwrapWithETag(api.GET('/api/activities/{id}', { params: { path: { id } }, signal }))
}

export function updateActivity(id: number, input: ActivityInput, etag: string): Promise<Versioned<ActivityView>> {
  return unwrapWithETag(
    api.PUT('/api/activities/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
  )
}

export function deleteActivity(id: number, etag: string): Promise<void> {
  return unwrapNoContent(api.DELETE('/api/activities/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }))
}

/**
 * The If-Match value for an activity read from a list: the API's ETag is "v" + the row's version
 * (docs/api.md), so deleting from a list needs no extra GET.
 */
export function activityETag(activity: Pick<ActivityView, 'version'>): string {
  return `"v${activity.version}"`
}
