import type { ContactView, LibrarySummary, PartnerView, ThemeSummary } from '@/api/types'
import { MAX_PAGE_SIZE } from '@/shared/list/fetchAllPages'
import { fetchContacts } from '@/shared/reference/contactOptions'
import { fetchLibraryOptions } from '@/shared/reference/libraryOptions'
import { fetchAllPartners } from '@/shared/reference/partnerOptions'
import { fetchAllThemes } from '@/shared/reference/themeOptions'

/** The choices of the partnership form, fetched from the API. */
export function fetchLibraryChoices(): Promise<LibrarySummary[]> {
  return fetchLibraryOptions().then((page) => page.items)
}

export function fetchPartnerChoices(): Promise<PartnerView[]> {
  return fetchAllPartners()
}

/** The themes to choose from, newest first. */
export function fetchThemeChoices(): Promise<ThemeSummary[]> {
  return fetchAllThemes()
}

/**
 * The contacts a lead can be chosen from: those of the chosen libraries and partners, by name, each
 * once (a contact belongs to one organisation, but the lists are merged to be safe).
 */
export async function fetchLeadChoices(libraryIds: readonly number[], partnerIds: readonly number[]): Promise<ContactView[]> {
  const calls = [
    ...libraryIds.map((libraryId) => fetchContacts({ libraryId, page: 1, size: MAX_PAGE_SIZE, sort: 'name' })),
    ...partnerIds.map((partnerId) => fetchContacts({ partnerId, page: 1, size: MAX_PAGE_SIZE, sort: 'name' })),
  ]
  const pages = await Promise.all(calls)
  const byId = new Map<number, ContactView>()
  for (const page of pages) for (const contact of page.items) byId.set(contact.id, contact)
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'))
}
