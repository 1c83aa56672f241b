import { api, unwrap } from '@/api/client'
import type { PartnerPage, PartnerView } from '@/api/types'

/** The partner organisations to choose from (themes, good examples, projects, partnerships, contacts). */

/** The most the API gives per page. */
const MAX_PAGE_SIZE = 100

/** Every partner, by name, for the partner select of a theme (a handful today; paged to be safe). */
export async function fetchAllPartners(): Promise<PartnerView[]> {
  const partners: PartnerView[] = []
  let page = 1
  let totalPages: number
  do {
    const result = await unwrap(api.GET('/api/partners', { params: { query: { page, size: MAX_PAGE_SIZE, sort: 'name' } } }))
    partners.push(...result.items)
    totalPages = result.totalPages
    page += 1
  } while (page <= totalPages && page <= 50)
  return partners
}

/** Partner organisations, by name, for the organisation select. */
export function fetchPartnerOptions(signal?: AbortSignal): Promise<PartnerPage> {
  return unwrap(api.GET('/api/partners', { params: { query: { page: 1, size: 100, sort: 'name' } }, signal }))
}
