import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { components, operations } from '@/api/schema'
import type { LibraryPage, PartnerPage } from '@/api/types'

type Schemas = components['schemas']

export type ContactView = Schemas['ContactView']
export type ContactInput = Schemas['ContactInput']
export type ContactPage = Schemas['ContactPage']
/** Query parameters of GET /api/contacts. */
export type ContactListQuery = NonNullable<operations['listContacts']['parameters']['query']>

/** Contact persons; anonymous callers get the public ones only. */
export function fetchContacts(query: ContactListQuery, signal?: AbortSignal): Promise<ContactPage> {
  return unwrap(api.GET('/api/contacts', { params: { query }, signal }))
}

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

/** Every library, by name, for the organisation select (there are 98: one page of 100). */
export function fetchLibraryOptions(signal?: AbortSignal): Promise<LibraryPage> {
  return unwrap(api.GET('/api/libraries', { params: { query: { page: 1, size: 100, sort: 'name' } }, signal }))
}

/** Partner organisations, by name, for the organisation select. */
export function fetchPartnerOptions(signal?: AbortSignal): Promise<PartnerPage> {
  return unwrap(api.GET('/api/partners', { params: { query: { page: 1, size: 100, sort: 'name' } }, signal }))
}
