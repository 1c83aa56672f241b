import type { FieldError } from '@/api/client'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import type { GoalInput, GoalView } from './goalApi'

/** What the goal form edits, as the inputs hold it. */
export interface GoalFormValues {
  targetLibraries: string
  /** yyyy-mm-dd from a date input. */
  targetDate: string
}

export const GOAL_FIELDS = ['targetLibraries', 'targetDate'] as const
export type GoalField = (typeof GOAL_FIELDS)[number]

export function goalValues(view: GoalView): GoalFormValues {
  return { targetLibraries: String(view.targetLibraries), targetDate: view.targetDate }
}

export function emptyGoalValues(): GoalFormValues {
  return { targetLibraries: '', targetDate: '' }
}

/** A whole number as typed (spaces and a Danish thousands dot allowed), or null. */
export function parseWholeNumber(value: string): number | null {
  const text = value.trim().replace(/[\s.]/g, '')
  if (!/^\d{1,9}$/.test(text)) return null
  return Number(text)
}

export type GoalLocalProblem = 'required' | 'wholeNumber' | 'invalidDate'

/**
 * What the browser must check before it can build the request: a number and a date. Whether the
 * number is in range is the API's to judge (its message reaches the field).
 */
export function localGoalErrors(values: GoalFormValues, message: (code: GoalLocalProblem) => string): FieldError[] {
  const errors: FieldError[] = []
  if (values.targetLibraries.trim() === '') errors.push({ field: 'targetLibraries', message: message('required') })
  else if (parseWholeNumber(values.targetLibraries) === null) {
    errors.push({ field: 'targetLibraries', message: message('wholeNumber') })
  }
  if (values.targetDate.trim() === '') errors.push({ field: 'targetDate', message: message('required') })
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(values.targetDate.trim())) {
    errors.push({ field: 'targetDate', message: message('invalidDate') })
  }
  return errors
}

/** The PUT body; call localGoalErrors first. */
export function toGoalInput(values: GoalFormValues): GoalInput {
  return { targetLibraries: parseWholeNumber(values.targetLibraries) ?? 0, targetDate: values.targetDate.trim() }
}

/** Everything the API would refuse in the form, at once: the form's own checks and the contract's rules. */
export function goalFormErrors(values: GoalFormValues, t: Translate): FieldError[] {
  return withContractErrors(localGoalErrors(values, (code) => t(`goalAdmin.local.${code}`)), 'GoalInput', toGoalInput(values), t)
}
