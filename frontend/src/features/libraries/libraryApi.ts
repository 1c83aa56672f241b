import { api, unwrap } from '@/api/client'
import type { LibraryListQuery, LibraryPage, LibraryView, Region } from '@/api/types'

export function fetchLibraries(query: LibraryListQuery, signal?: AbortSignal): Promise<LibraryPage> {
  return unwrap(api.GET('/api/libraries', { params: { query }, signal }))
}

export function fetchLibrary(id: number, signal?: AbortSignal): Promise<LibraryView> {
  return unwrap(api.GET('/api/libraries/{id}', { params: { path: { id } }, signal }))
}

let regionsPromise: Promise<Region[]> | null = null

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

/** Test hook: forget cached reference data. */
export function resetReferenceDataCache(): void {
  regionsPromise = null
}
