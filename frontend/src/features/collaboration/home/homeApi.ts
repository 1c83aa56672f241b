import { api, unwrap } from '@/api/client'
import type { HomeView } from '@/api/types'
export type { HomeView, ThemeView } from '@/api/types'

/** The front page's request, when it was started before the page was there (prefetchHome). */
let early: Promise<HomeView> | null = null

/**
 * Starts loading the front page's data as the way to it begins (the router calls it), so that it
 * comes while the page's code and texts load rather than after them. The page's first load takes it
 * over; a failure reaches the page then.
 */
export function prefetchHome(): void {
  early = unwrap(api.GET('/api/home'))
  early.catch(() => undefined)
}

/** Everything the front page shows, in one request (GET /api/home). */
export function fetchHome(signal?: AbortSignal): Promise<HomeView> {
  const started = early
  early = null
  return started ?? unwrap(api.GET('/api/home', { signal }))
}
