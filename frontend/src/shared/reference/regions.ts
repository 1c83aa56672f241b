import { api, unwrap } from '@/api/client'
import type { Municipality, Region } from '@/api/types'

/** Regions and municipalities: reference data that many pages filter and choose by. */

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
