import { api, unwrap } from '@/api/client'
import type { ThemeSummary } from '@/api/types'
import { fetchAllPages } from '@/shared/list/fetchAllPages'

/** Every theme, newest first: for the choice of themes (network meeting ideas, good examples, partnerships). */
export function fetchAllThemes(signal?: AbortSignal): Promise<ThemeSummary[]> {
  return fetchAllPages((page, size) => unwrap(api.GET('/api/themes', { params: { query: { page, size, sort: '-startDate' } }, signal })))
}
