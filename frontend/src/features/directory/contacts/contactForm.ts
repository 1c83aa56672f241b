import type { ContactInput, ContactView } from './contactApi'

/** Whom the person works for: a library, a partner, or the collaboration itself (no organisation). */
export type Organisation = 'library' | 'partner' | 'none'

export const ORGANISATIONS = ['library', 'partner', 'none'] as const satisfies readonly Organisation[]

/** What the contact form edits, as the inputs hold it. */
export interface ContactFormValues {
  name: string
  title: string
  organisation: Organisation
  libraryId: string
  partnerId: string
  email: string
  phone: string
  isPublic: boolean
  coordinator: boolean
}

/** The form's fields, top to bottom (the error summary keeps this order). */
export const CONTACT_FIELDS = [
  'name',
  'title',
  'libraryId',
  'partnerId',
  'email',
  'phone',
  'isPublic',
  'coordinator',
] as const

export type ContactField = (typeof CONTACT_FIELDS)[number]

/** A new contact; an editor's is always for their own library. */
export function emptyContactValues(ownLibraryId: number | null = null): ContactFormValues {
  return {
    name: '',
    title: '',
    organisation: 'library',
    libraryId: ownLibraryId === null ? '' : String(ownLibraryId),
    partnerId: '',
    email: '',
    phone: '',
    isPublic: false,
    coordinator: false,
  }
}

export function contactValues(view: ContactView): ContactFormValues {
  return {
    name: view.name,
    title: view.title ?? '',
    organisation: view.library ? 'library' : view.partner ? 'partner' : 'none',
    libraryId: view.library ? String(view.library.id) : '',
    partnerId: view.partner ? String(view.partner.id) : '',
    email: view.email ?? '',
    phone: view.phone ?? '',
    isPublic: view.isPublic,
    coordinator: view.coordinator,
  }
}

function optional(value: string): string | null {
  const text = value.trim()
  return text === '' ? null : text
}

function id(value: string): number | null {
  return /^\d+$/.test(value) ? Number(value) : null
}

export interface ContactRules {
  /** An editor's own library: the contact always belongs to it, whatever the form says. */
  ownLibraryId: number | null
  /** Only coordinators may change the coordinator flag; for others it stays as loaded. */
  mayMarkCoordinator: boolean
  /** The flag as loaded (false for a new contact). */
  loadedCoordinator: boolean
}

/**
 * The POST/PUT body. Only the chosen organisation is sent (a library or a partner, never both);
 * an editor's contacts stay with the editor's library, and a flag the user may not change is sent
 * as it was, so the API does not refuse the whole save.
 */
export function toContactInput(values: ContactFormValues, rules: ContactRules): ContactInput {
  const organisation = rules.ownLibraryId !== null ? 'library' : values.organisation
  return {
    name: values.name.trim(),
    title: optional(values.title),
    libraryId: rules.ownLibraryId ?? (organisation === 'library' ? id(values.libraryId) : null),
    partnerId: organisation === 'partner' ? id(values.partnerId) : null,
    email: optional(values.email),
    phone: optional(values.phone),
    isPublic: values.isPublic,
    coordinator: rules.mayMarkCoordinator ? values.coordinator : rules.loadedCoordinator,
  }
}

/** What the request cannot be built without: the chosen organisation must be picked. */
export function missingOrganisation(values: ContactFormValues, rules: Pick<ContactRules, 'ownLibraryId'>): 'libraryId' | 'partnerId' | null {
  if (rules.ownLibraryId !== null) return null
  if (values.organisation === 'library' && id(values.libraryId) === null) return 'libraryId'
  if (values.organisation === 'partner' && id(values.partnerId) === null) return 'partnerId'
  return null
}
