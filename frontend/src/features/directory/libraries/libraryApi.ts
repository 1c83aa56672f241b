import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { LibraryInput, LibraryListQuery, LibraryPage, LibraryView } from '@/api/types'

export function fetchLibraries(query: LibraryListQuery, signal?: AbortSignal): Promise<LibraryPage> {
  return unwrap(api.GET('/api/libraries', { params: { query }, signal }))
}

export function fetchLibrary(id: number, signal?: AbortSignal): Promise<LibraryView> {
  return unwrap(api.GET('/api/libraries/{id}', { params: { path: { id } }, signal }))
}

/** A library with its ETag, for editing (PUT and DELETE send it back as If-Match). */
export function fetchLibraryForEdit(id: number, signal?: AbortSignal): Promise<Versioned<LibraryView>> {
  return unwrapWithETag(api.GET('/api/libraries/{id}', { params: { path: { id } }, signal }))
}

export function createLibrary(input: LibraryInput): Promise<Versioned<LibraryView>> {
  return unwrapWithETag(api.POST('/api/libraries', { body: input }))
}

export function updateLibrary(id: number, input: LibraryInput, etag: string): Promise<Versioned<LibraryView>> {
  return unwrapWithETag(
    api.PUT('/api/libraries/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
  )
}

export function deleteLibrary(id: number, etag: string): Promise<void> {
  return unwrapNoContent(api.DELETE('/api/libraries/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }))
}
