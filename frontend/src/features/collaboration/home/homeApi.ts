import { api, unwrap } from '@/api/client'
import type { HomeView } from '@/api/types'
export type { HomeView, ThemeView } from '@/api/types'

/** Everything the front page shows, in one request (GET /api/home). */
export function fetchHome(signal?: AbortSignal): Promise<HomeView> {
  return unwrap(api.GET('/api/home', { signal }))
}
