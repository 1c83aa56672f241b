import { api, unwrap } from '@/api/client'
import type { FocusArea } from '@/api/types'

export type { FocusArea } from '@/api/types'

let focusAreasPromise: Promise<FocusArea[]> | null = null

/** The six focus areas are reference data: fetched once per visit (retried after a failure). */
export function fetchFocusAreas(): Promise<FocusArea[]> {
  if (!focusAreasPromise) {
    focusAreasPromise = unwrap(api.GET('/api/focus-areas', {})).catch((error: unknown) => {
      focusAreasPromise = null
      throw error
    })
  }
  return focusAreasPromise
}

/** A focus area's name in the UI's language. */
export function focusAreaName(area: FocusArea, locale: string): string {
  return locale === 'en' ? area.nameEn : area.nameDa
}
