import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { PartnershipStatus, PartnershipView, PartnershipPage, PartnershipInput, Workbench, Step as ChecklistStep,
  PartnershipListQuery, TransitionInput, PartnerInput, PartnerView } from '@/api/types'
export type { PartnershipStatus, PartnershipSummary, PartnershipView, PartnershipPage, PartnershipInput, PhaseView, Workbench,
  Step as ChecklistStep, Transition, PartnershipListQuery } from '@/api/types'

/** The lifecycle in its natural order (the order the status filter lists them). */
const STATUS_ORDER: Record<PartnershipStatus, true> = {
  IDEA: true,
  PLANNING: true,
  AGREED: true,
  RUNNING: true,
  EVALUATING: true,
  ENDED: true,
  CANCELLED: true,
}
export const PARTNERSHIP_STATUSES = Object.keys(STATUS_ORDER) as PartnershipStatus[]

export function fetchPartnerships(query: PartnershipListQuery, signal?: AbortSignal): Promise<PartnershipPage> {
  return unwrap(api.GET('/api/partnerships', { params: { query }, signal }))
}

/** A partnership with its ETag (PUT, DELETE and transitions send it back as If-Match). */
export function fetchPartnership(id: number, signal?: AbortSignal): Promise<Versioned<PartnershipView>> {
  return unwrapWithETag(api.GET('/api/partnerships/{id}', { params: { path: { id } }, signal }))
}

export function createPartnership(input: PartnershipInput): Promise<Versioned<PartnershipView>> {
  return unwrapWithETag(api.POST('/api/partnerships', { body: input }))
}

export function updatePartnership(id: number, input: PartnershipInput, etag: string): Promise<Versioned<PartnershipView>> {
  return unwrapWithETag(
    api.PUT('/api/partnerships/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
  )
}

export function deletePartnership(id: number, etag: string): Promise<void> {
  return unwrapNoContent(
    api.DELETE('/api/partnerships/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }),
  )
}

/** Moves the partnership along its lifecycle; 409 when the move is not open, 412 when the ETag is stale. */
/** Moves the status, the phase or both in one step (TransitionInput). */
export function movePartnership(id: number, move: TransitionInput, etag: string): Promise<Versioned<PartnershipView>> {
  return unwrapWithETag(
    api.POST('/api/partnerships/{id}/transitions', { params: { path: { id }, header: { 'If-Match': etag } }, body: move }),
  )
}

export function fetchWorkbench(id: number, signal?: AbortSignal): Promise<Workbench> {
  return unwrap(api.GET('/api/partnerships/{id}/workbench', { params: { path: { id } }, signal }))
}

/** Ticks or unticks one step; the answer says who ticked it first, and when. */
export function tickChecklistStep(id: number, step: string, done: boolean): Promise<ChecklistStep> {
  return unwrap(api.POST('/api/partnerships/{id}/checklist/{step}', { params: { path: { id, step } }, body: { done } }))
}

/** Adds a partner (coordinators any; a library's editor a local one that is missing). */
export async function createPartner(input: PartnerInput): Promise<PartnerView> {
  return unwrap(api.POST('/api/partners', { body: input }))
}
