import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { components, operations } from '@/api/schema'
import type { ParticipationView } from '@/api/types'
import { fetchAllPages } from '@/shared/list/fetchAllPages'

type Schemas = components['schemas']

export type ActivityView = Schemas['ActivityView']
export type ActivityInput = Schemas['ActivityInput']
export type ActivityPage = Schemas['ActivityPage']
export type Audience = Schemas['Audience']
/** Query parameters of GET /api/activities. */
export type ActivityListQuery = NonNullable<operations['listActivities']['parameters']['query']>
/** Query parameters of GET /api/participations/{id}/activities. */
export type ParticipationActivityQuery = NonNullable<operations['listParticipationActivities']['parameters']['query']>

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
