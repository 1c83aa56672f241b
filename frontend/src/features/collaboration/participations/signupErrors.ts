import type { FieldError } from '@/api/client'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import { missingLibrary, toParticipationInput, type SignupFormValues } from './participationForm'

// Apart from participationForm, which public pages use: the contract's rules are for the sign-up page only.
/** Everything the API would refuse in the sign-up, at once: the library it must name, and the contract's rules. */
export function signupFormErrors(values: SignupFormValues, offeredFocusAreas: readonly string[], t: Translate): FieldError[] {
  const local = missingLibrary(values) ? [{ field: 'libraryId', message: t('signup.libraryRequired') }] : []
  return withContractErrors(local, 'ParticipationInput', toParticipationInput(values, offeredFocusAreas), t)
}
