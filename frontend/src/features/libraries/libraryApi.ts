import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type {
  LibraryInput,
  LibraryListQuery,
  LibraryPage,
  LibraryView,
  Municipality,
  ParticipationPage,
  Region,
} from '@/api/types'

export function fetchLibraries(query: LibraryListQuery, signal?: AbortSignal): Promise<LibraryPage> {
  return unwrap(api.GET('/api/libraries', { params: { query }, signal }))
}

export function fetchLibrary(id: number, signal?: AbortSignal): Promise<LibraryView> {
  return unwrap(api.GET('/api/libraries/{id}', { params: { path: { id } }, signal }))
}

/** The library's sign-ups to themes (sort e.g. -theme: newest theme first). */
export function fetchLibraryParticipations(
  id: number,
  query: { page?: number; size?: number; sort?: string },
  signal?: AbortSignal,
): Promise<ParticipationPage> {
  return unwrap(api.GET('/api/libraries/{id}/participations', { params: { path: { id }, query }, signal }))
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

let regionsPromise: Promise<Region[]> | null = null
let municipalitiesPromise: Promise<Municipality[]> | null = null

/** The five regions rarely change: fetch them once per visit (retried after a failure). */
export function fetchRegions(): Promise<Region[]> {
  if (!regionsPromise) {
    regionsPromise = unwrap(api.GET('/api/regions', {})).catch((error: unknown) => {
      regionsPromise = null
      throw error
    })
  }
  return regionsPromise
}

/** All 98 municipalities, by name; fetched once per visit like the regions. */
export function fetchMunicipalities(): Promise<Municipality[]> {
  if (!municipalitiesPromise) {
    municipalitiesPromise = unwrap(api.GET('/api/municipalities', {})).catch((error: unknown) => {
      municipalitiesPromise = null
      throw error
    })
  }
  return municipalitiesPromise
}

/** Test hook: forget cached reference data. */
export function resetReferenceDataCache(): void {
  regionsPromise = null
  municipalitiesPromise = null
}
