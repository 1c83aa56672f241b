import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { AuditQuery } from '@/api/types'
import { parseIdValue, parsePage, trimmedValue, type RawValue } from '@/shared/list/listQuery'
import { isEntityType, type EntityType } from './auditFormat'

export const AUDIT_PAGE_SIZE = 25

/** The audit log's filters and page; they live in the URL query. */
export interface AuditListState {
  entityType: EntityType | ''
  entityId: number | null
  userId: number | null
  tokenId: number | null
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
    entityType: isEntityType(entityType) ? entityType : '',
    entityId: parseIdValue(query.entityId),
    userId: parseIdValue(query.userId),
    tokenId: parseIdValue(query.tokenId),
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
  if (state.tokenId !== null) query.tokenId = String(state.tokenId)
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
  if (state.tokenId !== null) query.tokenId = state.tokenId
  if (state.from) query.from = state.from
  if (state.to) query.to = state.to
  return query
}
