import { api, unwrap } from '@/api/client'
import type { AuditPage, AuditQuery, UserView } from '@/api/types'
import type { Choice } from '@/shared/components/form/choices'
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

/** How a person is named in the log's filter: name and email, since two people may share a name. */
const personChoice = (user: Pick<UserView, 'id' | 'displayName' | 'email'>): Choice => ({
  value: String(user.id),
  label: `${user.displayName} (${user.email})`,
})

/** The people whose name or email matches, for the log's "person" field (a few, best first). */
export function findPeople(q: string, signal?: AbortSignal): Promise<Choice[]> {
  return unwrap(api.GET('/api/users', { params: { query: { q, size: 10, sort: 'displayName' } }, signal })).then((page) =>
    page.items.map(personChoice),
  )
}

/** The person the log is filtered by, named. */
export function fetchPerson(id: number, signal?: AbortSignal): Promise<Choice> {
  return unwrap(api.GET('/api/users/{id}', { params: { path: { id } }, signal })).then(personChoice)
}

/** Every integration (API token), for the log's "integration" filter. */
export function fetchIntegrations(signal?: AbortSignal): Promise<Actor[]> {
  return fetchAllPages((page, size) => unwrap(api.GET('/api/tokens', { params: { query: { page, size } }, signal }))).then((tokens) =>
    tokens.map((token) => ({ id: token.id, name: token.name })),
  )
}
