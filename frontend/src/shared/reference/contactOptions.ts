import { api, unwrap } from '@/api/client'
import type { ContactListQuery, ContactPage } from '@/api/types'

export type { ContactListQuery, ContactPage, ContactView } from '@/api/types'

/**
 * Contact persons; anonymous callers get the public ones only. The contact list, a library's
 * contacts and the choice of a network lead or a partnership lead all read them.
 */
export function fetchContacts(query: ContactListQuery, signal?: AbortSignal): Promise<ContactPage> {
  return unwrap(api.GET('/api/contacts', { params: { query }, signal }))
}
