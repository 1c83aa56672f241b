import { api, unwrap } from '@/api/client'
import type { LibraryPage, LibraryRef, LibrarySummary } from '@/api/types'

/** The libraries to choose from in selects and filters (users, sign-ups, contacts, partnerships). */

/** The most the API gives per page. */
const MAX_PAGE_SIZE = 100

/**
 * Every library (id and name), by name, for the "library" select of an editor: pages through
 * GET /api/libraries at the largest page size (98 libraries fit in one page today).
 */
export async function fetchAllLibraryRefs(): Promise<LibraryRef[]> {
  const refs: LibraryRef[] = []
  let page = 1
  let totalPages: number
  do {
    const result = await unwrap(api.GET('/api/libraries', { params: { query: { page, size: MAX_PAGE_SIZE, sort: 'name' } } }))
    refs.push(...result.items.map((l: LibrarySummary) => ({ id: l.id, name: l.name })))
    totalPages = result.totalPages
    page += 1
  } while (page <= totalPages && page <= 50)
  return refs
}

/** Every library, by name, for the organisation select (there are 98: one page of 100). */
export function fetchLibraryOptions(signal?: AbortSignal): Promise<LibraryPage> {
  return unwrap(api.GET('/api/libraries', { params: { query: { page: 1, size: 100, sort: 'name' } }, signal }))
}
