import { api, unwrap } from '@/api/client'
import type { PartnerPage, PartnerView } from '@/api/types'
import { fetchAllPages, MAX_PAGE_SIZE } from '@/shared/list/fetchAllPages'

/** The partner organisations to choose from (themes, good examples, projects, partnerships, contacts). */

/** Every partner, by name, for the partner select of a theme (a handful today; paged to be safe). */
export function fetchAllPartners(): Promise<PartnerView[]> {
  return fetchAllPages((page, size) => unwrap(api.GET('/api/partners', { params: { query: { page, size, sort: 'name' } } })))
}

/** Partner organisations, by name, for the organisation select. */
export function fetchPartnerOptions(signal?: AbortSignal): Promise<PartnerPage> {
  return unwrap(api.GET('/api/partners', { params: { query: { page: 1, size: MAX_PAGE_SIZE, sort: 'name' } }, signal }))
}
