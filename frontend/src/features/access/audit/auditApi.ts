import { api, unwrap } from '@/api/client'
import type { AuditPage, AuditQuery } from '@/api/types'
import { fetchAllPages } from '@/shared/list/fetchAllPages'
import type { EntityType } from './auditFormat'

/** A page of the audit trail, newest first. */
export function fetchAuditEvents(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return unwrap(api.GET('/api/audit', { params: { query: { sort: '-occurredAt', ...query } }, signal }))
}

/** One record's history (what coordinators may read): entity type and id are both required. */
export function fetchHistory(
  entityType: EntityType,
  entityId: number,
  page = 1,
  signal?: AbortSignal,
): Promise<AuditPage> {
  return fetchAuditEvents({ entityType, entityId, page, size: 20 }, signal)
}

/** Someone whose changes the log can be filtered by. */
export interface Actor {
  id: number
  name: string
}

/** Every user, for the log's "person" filter (admins read the log and the users). */
export function fetchPeople(signal?: AbortSignal): Promise<Actor[]> {
  return fetchAllPages((page, size) => unwrap(api.GET('/api/users', { params: { query: { page, size, sort: 'displayName' } }, signal }))).then(
    (users) => users.map((user) => ({ id: user.id, name: `${user.displayName} (${user.email})` })),
  )
}

/** Every integration (API token), for the log's "integration" filter. */
export function fetchIntegrations(signal?: AbortSignal): Promise<Actor[]> {
  return fetchAllPages((page, size) => unwrap(api.GET('/api/tokens', { params: { query: { page, size } }, signal }))).then((tokens) =>
    tokens.map((token) => ({ id: token.id, name: token.name })),
  )
}
