import { api, unwrap } from '@/api/client'
import type { PartnerInput, PartnerPage, PartnerType, PartnerView } from '@/api/types'
import { fetchAllPages, MAX_PAGE_SIZE } from '@/shared/list/fetchAllPages'

/** The partner organisations to choose from (themes, good examples, projects, partnerships, contacts). */

/** Every partner type, in the order the selects and filters list them (the Record keeps it complete). */
const TYPE_ORDER: Record<PartnerType, true> = {
  MEDIA: true,
  MUSEUM: true,
  ARCHIVE: true,
  SCHOOL: true,
  EDUCATION: true,
  ASSOCIATION: true,
  BUSINESS: true,
  THEATRE: true,
  PUBLIC_AUTHORITY: true,
  OTHER: true,
}
export const PARTNER_TYPES = Object.keys(TYPE_ORDER) as PartnerType[]

export function isPartnerType(value: string): value is PartnerType {
  return (PARTNER_TYPES as string[]).includes(value)
}

/** Adds a partner (coordinators any; a library's editor a local one that is missing). */
export async function createPartner(input: PartnerInput): Promise<PartnerView> {
  return unwrap(api.POST('/api/partners', { body: input }))
}

/** Every partner, by name, for the partner select of a theme (a handful today; paged to be safe). */
export function fetchAllPartners(): Promise<PartnerView[]> {
  return fetchAllPages((page, size) => unwrap(api.GET('/api/partners', { params: { query: { page, size, sort: 'name' } } })))
}

/** Partner organisations, by name, for the organisation select. */
export function fetchPartnerOptions(signal?: AbortSignal): Promise<PartnerPage> {
  return unwrap(api.GET('/api/partners', { params: { query: { page: 1, size: MAX_PAGE_SIZE, sort: 'name' } }, signal }))
}
