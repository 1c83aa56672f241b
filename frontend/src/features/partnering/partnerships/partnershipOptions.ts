import type { ContactView } from '@/api/types'
import { MAX_PAGE_SIZE } from '@/shared/list/fetchAllPages'
import { fetchContacts } from '@/shared/reference/contactOptions'
import { collator } from '@/i18n/format'

/**
 * The contacts a lead can be chosen from: those of the chosen libraries and partners, by name, each
 * once (a contact belongs to one organisation, but the lists are merged to be safe).
 */
export async function fetchLeadChoices(
  libraryIds: readonly number[],
  partnerIds: readonly number[],
  signal?: AbortSignal,
): Promise<ContactView[]> {
  const calls = [
    ...libraryIds.map((libraryId) => fetchContacts({ libraryId, page: 1, size: MAX_PAGE_SIZE, sort: 'name' }, signal)),
    ...partnerIds.map((partnerId) => fetchContacts({ partnerId, page: 1, size: MAX_PAGE_SIZE, sort: 'name' }, signal)),
  ]
  const pages = await Promise.all(calls)
  const byId = new Map<number, ContactView>()
  for (const page of pages) for (const contact of page.items) byId.set(contact.id, contact)
  return [...byId.values()].sort((a, b) => collator('da').compare(a.name, b.name))
}
