import { api, unwrap } from '@/api/client'
import type { AuditPage, AuditQuery } from '@/api/types'

/** A page of the audit trail, newest first. */
export function fetchAuditEvents(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return unwrap(api.GET('/api/audit', { params: { query: { sort: '-occurredAt', ...query } }, signal }))
}

/** One record's history (what coordinators may read): entity type and id are both required. */
export function fetchHistory(
  entityType: string,
  entityId: number,
  page = 1,
  signal?: AbortSignal,
): Promise<AuditPage> {
  return fetchAuditEvents({ entityType, entityId, page, size: 20 }, signal)
}
