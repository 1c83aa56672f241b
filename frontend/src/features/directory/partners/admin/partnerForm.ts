import type { FieldError } from '@/api/client'
import type { PartnerInput, PartnerType, PartnerView } from '@/api/types'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import { isPartnerType } from '@/shared/reference/partnerTypes'

/** What the partner form edits: every field as the inputs hold it. */
export interface PartnerFormValues {
  name: string
  /** A PartnerType, or '' before one is chosen. */
  type: string
  website: string
  national: boolean
  description: string
}

/** The form's fields, top to bottom (the error summary keeps this order). */
export const PARTNER_FIELDS = ['name', 'type', 'website', 'national', 'description'] as const satisfies readonly (keyof PartnerFormValues)[]

export function emptyPartnerValues(): PartnerFormValues {
  return { name: '', type: '', website: '', national: false, description: '' }
}

export function partnerValues(view: PartnerView): PartnerFormValues {
  return {
    name: view.name,
    type: view.type,
    website: view.website ?? '',
    national: view.national,
    description: view.description ?? '',
  }
}

/** Trimmed text, or null when nothing is left (the API stores "not given" as null). */
function optional(value: string): string | null {
  const text = value.trim()
  return text === '' ? null : text
}

/**
 * The PUT/POST body. The type must have been chosen (the form checks that first, see
 * missingType); everything else is sent as typed and validated by the API.
 */
export function toPartnerInput(values: PartnerFormValues): PartnerInput {
  return {
    name: values.name.trim(),
    type: values.type as PartnerType,
    website: optional(values.website),
    national: values.national,
    description: optional(values.description),
  }
}

/** The request cannot be built without a type (an enum): the one check made before sending. */
export function missingType(values: PartnerFormValues): boolean {
  return !isPartnerType(values.type)
}

/** Everything the API would refuse in the form, at once: the type it must have, and the contract's rules. */
export function partnerFormErrors(values: PartnerFormValues, t: Translate): FieldError[] {
  const local = missingType(values) ? [{ field: 'type', message: t('partnerAdmin.typeRequired') }] : []
  return withContractErrors(local, 'PartnerInput', toPartnerInput(values), t)
}
