import { api, isProblemError, unwrap } from '@/api/client'
import type { ThemeView } from '@/api/types'
export type { ThemeView } from '@/api/types'

/** 404 means "there is none" for current/next lookups: null instead of an error. */
async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call
  } catch (error) {
    if (isProblemError(error) && error.status === 404) return null
    throw error
  }
}

/** The theme running today, or null when none is. */
export function fetchCurrentTheme(signal?: AbortSignal): Promise<ThemeView | null> {
  return orNull(unwrap(api.GET('/api/themes/current', { signal })))
}

/** The next theme to start after today, or null when none is planned. */
export function fetchNextTheme(signal?: AbortSignal): Promise<ThemeView | null> {
  return orNull(unwrap(api.GET('/api/themes/next', { signal })))
}
