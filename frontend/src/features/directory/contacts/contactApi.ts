import { api, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { ContactInput, ContactView } from '@/api/types'

export type { ContactInput, ContactListQuery, ContactPage, ContactView } from '@/api/types'

/** A contact with its ETag, for editing (PUT and DELETE send it back as If-Match). */
export function fetchContactForEdit(id: number, signal?: AbortSignal): Promise<Versioned<ContactView>> {
  return unwrapWithETag(api.GET('/api/contacts/{id}', { params: { path: { id } }, signal }))
}

export function createContact(input: ContactInput): Promise<Versioned<ContactView>> {
  return unwrapWithETag(api.POST('/api/contacts', { body: input }))
}

export function updateContact(id: number, input: ContactInput, etag: string): Promise<Versioned<ContactView>> {
  return unwrapWithETag(
    api.PUT('/api/contacts/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
  )
}

export function deleteContact(id: number, etag: string): Promise<void> {
  return unwrapNoContent(api.DELETE('/api/contacts/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }))
}

/** The If-Match value for a contact read from a list ("v" + version, docs/api.md). */
export function contactETag(contact: Pick<ContactView, 'version'>): string {
  return `"v${contact.version}"`
}
