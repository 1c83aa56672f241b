import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { AuditQuery } from '@/api/types'
import { parseIdValue, parsePage, trimmedValue, type RawValue } from '@/shared/list/listQuery'

export const AUDIT_PAGE_SIZE = 25

/** The audit log's filters and page; they live in the URL query. */
export interface AuditListState {
  entityType: string
  entityId: number | null
  userId: number | null
  from: string
  to: string
  page: number
}

function isoDate(raw: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : ''
}

export function parseAuditQuery(query: LocationQuery): AuditListState {
  const first = (raw: RawValue) => trimmedValue(raw) ?? ''
  const entityType = first(query.entityType)
  return {
    entityType: /^[a-z_]{1,40}$/.test(entityType) ? entityType : '',
    entityId: parseIdValue(query.entityId),
    userId: parseIdValue(query.userId),
    from: isoDate(first(query.from)),
    to: isoDate(first(query.to)),
    page: parsePage(query.page),
  }
}

export function toAuditRouteQuery(state: AuditListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.entityType) query.entityType = state.entityType
  if (state.entityId !== null) query.entityId = String(state.entityId)
  if (state.userId !== null) query.userId = String(state.userId)
  if (state.from) query.from = state.from
  if (state.to) query.to = state.to
  if (state.page > 1) query.page = String(state.page)
  return query
}

export function toAuditApiQuery(state: AuditListState): AuditQuery {
  const query: AuditQuery = { page: state.page, size: AUDIT_PAGE_SIZE }
  if (state.entityType) query.entityType = state.entityType
  if (state.entityId !== null) query.entityId = state.entityId
  if (state.userId !== null) query.userId = state.userId
  if (state.from) query.from = state.from
  if (state.to) query.to = state.to
  return query
}
