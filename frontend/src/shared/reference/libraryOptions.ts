import { api, unwrap } from '@/api/client'
import type { LibraryPage, LibraryRef, LibrarySummary } from '@/api/types'
import { fetchAllPages, MAX_PAGE_SIZE } from '@/shared/list/fetchAllPages'

/** The libraries to choose from in selects and filters (users, sign-ups, contacts, partnerships). */

/** Every library, by name (98 today: one page of 100, paged to be safe). */
export function fetchAllLibraries(signal?: AbortSignal): Promise<LibrarySummary[]> {
  return fetchAllPages((page, size) => unwrap(api.GET('/api/libraries', { params: { query: { page, size, sort: 'name' } }, signal })))
}

/** Every library (id and name), by name, for the "library" select of an editor. */
export async function fetchAllLibraryRefs(): Promise<LibraryRef[]> {
  return (await fetchAllLibraries()).map((l) => ({ id: l.id, name: l.name }))
}

/** Every library, by name, for the organisation select (there are 98: one page of 100). */
export function fetchLibraryOptions(signal?: AbortSignal): Promise<LibraryPage> {
  return unwrap(api.GET('/api/libraries', { params: { query: { page: 1, size: MAX_PAGE_SIZE, sort: 'name' } }, signal }))
}
