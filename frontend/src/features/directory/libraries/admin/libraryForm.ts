import type { FieldError } from '@/api/client'
import type { LibraryInput, LibraryView } from '@/api/types'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'

/** What the library form edits: every field as the inputs hold it (text, or a checkbox). */
export interface LibraryFormValues {
  name: string
  municipalityCode: string
  libraryNumber: string
  centralLibrary: boolean
  street: string
  postalCode: string
  city: string
  website: string
  email: string
  phone: string
  joinedOn: string
  active: boolean
}

/** The form's fields, top to bottom (the error summary keeps this order). */
export const LIBRARY_FIELDS = [
  'name',
  'municipalityCode',
  'libraryNumber',
  'centralLibrary',
  'street',
  'postalCode',
  'city',
  'website',
  'email',
  'phone',
  'joinedOn',
  'active',
] as const satisfies readonly (keyof LibraryFormValues)[]

export type LibraryField = (typeof LIBRARY_FIELDS)[number]

export function emptyLibraryValues(): LibraryFormValues {
  return {
    name: '',
    municipalityCode: '',
    libraryNumber: '',
    centralLibrary: false,
    street: '',
    postalCode: '',
    city: '',
    website: '',
    email: '',
    phone: '',
    joinedOn: '',
    active: true,
  }
}

export function libraryValues(view: LibraryView): LibraryFormValues {
  return {
    name: view.name,
    municipalityCode: String(view.municipality.code),
    libraryNumber: view.libraryNumber,
    centralLibrary: view.centralLibrary,
    street: view.street ?? '',
    postalCode: view.postalCode ?? '',
    city: view.city ?? '',
    website: view.website ?? '',
    email: view.email ?? '',
    phone: view.phone ?? '',
    joinedOn: view.joinedOn ?? '',
    active: view.active,
  }
}

/** Trimmed text, or null when nothing is left (the API stores "not given" as null). */
function optional(value: string): string | null {
  const text = value.trim()
  return text === '' ? null : text
}

/**
 * The PUT/POST body. The municipality must have been chosen (the form checks that first);
 * everything else is sent as typed and validated by the API.
 */
export function toLibraryInput(values: LibraryFormValues): LibraryInput {
  return {
    name: values.name.trim(),
    municipalityCode: Number(values.municipalityCode),
    libraryNumber: values.libraryNumber.trim(),
    centralLibrary: values.centralLibrary,
    street: optional(values.street),
    postalCode: optional(values.postalCode),
    city: optional(values.city),
    website: optional(values.website),
    email: optional(values.email),
    phone: optional(values.phone),
    joinedOn: optional(values.joinedOn),
    active: values.active,
  }
}

/**
 * Checks the browser can make before sending: only what the request cannot be built without
 * (the municipality code is a number). Everything else is the API's to judge.
 */
export function missingMunicipality(values: LibraryFormValues): boolean {
  return !/^\d+$/.test(values.municipalityCode)
}

/** Everything the API would refuse in the form, at once: the municipality it must have, and the contract's rules. */
export function libraryFormErrors(values: LibraryFormValues, t: Translate): FieldError[] {
  const local = missingMunicipality(values) ? [{ field: 'municipalityCode', message: t('libraryForm.municipalityRequired') }] : []
  return withContractErrors(local, 'LibraryInput', toLibraryInput(values), t)
}
