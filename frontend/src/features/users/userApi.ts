import { api, unwrap, unwrapWithETag, type Versioned } from '@/api/client'
import type { LibraryRef, LibrarySummary, UserInput, UserListQuery, UserPage, UserView } from '@/api/types'

export function fetchUsers(query: UserListQuery, signal?: AbortSignal): Promise<UserPage> {
  return unwrap(api.GET('/api/users', { params: { query }, signal }))
}

export function fetchUser(id: number, signal?: AbortSignal): Promise<Versioned<UserView>> {
  return unwrapWithETag(api.GET('/api/users/{id}', { params: { path: { id } }, signal }))
}

export function createUser(input: UserInput): Promise<Versioned<UserView>> {
  return unwrapWithETag(api.POST('/api/users', { body: input }))
}

export function updateUser(id: number, input: UserInput, etag: string): Promise<Versioned<UserView>> {
  return unwrapWithETag(api.PUT('/api/users/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }))
}

/** The most the API gives per page. */
const MAX_PAGE_SIZE = 100

/**
 * Every library (id and name), by name, for the "library" select of an editor: pages through
 * GET /api/libraries at the largest page size (98 libraries fit in one page today).
 */
export async function fetchAllLibraryRefs(): Promise<LibraryRef[]> {
  const refs: LibraryRef[] = []
  let page = 1
  let totalPages = 1
  do {
    const result = await unwrap(api.GET('/api/libraries', { params: { query: { page, size: MAX_PAGE_SIZE, sort: 'name' } } }))
    refs.push(...result.items.map((l: LibrarySummary) => ({ id: l.id, name: l.name })))
    totalPages = result.totalPages
    page += 1
  } while (page <= totalPages && page <= 50)
  return refs
}
