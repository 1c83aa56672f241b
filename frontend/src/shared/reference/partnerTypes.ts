import type { PartnerType } from '@/api/types'

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
