import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import { MAX_PAGE_SIZE } from '@/shared/list/fetchAllPages'
import type { PartnerContact, PartnerInput, PartnerInvolvement, PartnerListQuery, PartnerPage, PartnerView } from '@/api/types'
export type { PartnerInvolvement, PartnerContact } from '@/api/types'

export function fetchPartners(query: PartnerListQuery, signal?: AbortSignal): Promise<PartnerPage> {
  return unwrap(api.GET('/api/partners', { params: { query }, signal }))
}

/** A partner with its ETag, for editing (PUT and DELETE send it back as If-Match). */
export function fetchPartnerForEdit(id: number, signal?: AbortSignal): Promise<Versioned<PartnerView>> {
  return unwrapWithETag(api.GET('/api/partners/{id}', { params: { path: { id } }, signal }))
}

export function createPartner(input: PartnerInput): Promise<Versioned<PartnerView>> {
  return unwrapWithETag(api.POST('/api/partners', { body: input }))
}

export function updatePartner(id: number, input: PartnerInput, etag: string): Promise<Versioned<PartnerView>> {
  return unwrapWithETag(
    api.PUT('/api/partners/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
  )
}

export function deletePartner(id: number, etag: string): Promise<void> {
  return unwrapNoContent(api.DELETE('/api/partners/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }))
}

export function fetchPartner(id: number, signal?: AbortSignal): Promise<PartnerView> {
  return unwrap(api.GET('/api/partners/{id}', { params: { path: { id } }, signal }))
}

/** The themes (with the partner's role), partnerships, good examples and projects the partner is in. */
export function fetchPartnerInvolvement(id: number, signal?: AbortSignal): Promise<PartnerInvolvement> {
  return unwrap(api.GET('/api/partners/{id}/involvement', { params: { path: { id } }, signal }))
}

/** The partner's contact persons the caller may see (public ones for everyone), by name. */
export async function fetchPartnerContacts(partnerId: number, signal?: AbortSignal): Promise<PartnerContact[]> {
  const page = await unwrap(
    api.GET('/api/contacts', { params: { query: { partnerId, page: 1, size: MAX_PAGE_SIZE, sort: 'name' } }, signal }),
  )
  return page.items
}
