import type { FieldError } from '@/api/client'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import { optional, wholeNumber } from '@/shared/components/form/contentForm'
import type { GuideChapterInput, GuideChapterView } from './guideAdminApi'

/** What the chapter form edits: every field as the inputs hold it. */
export interface GuideFormValues {
  number: string
  title: string
  slug: string
  summary: string
  body: string
}

export const GUIDE_FIELDS = ['number', 'title', 'slug', 'summary', 'body'] as const

export function emptyGuideValues(): GuideFormValues {
  return { number: '', title: '', slug: '', summary: '', body: '' }
}

export function guideValues(view: GuideChapterView): GuideFormValues {
  return { number: String(view.number), title: view.title, slug: view.slug, summary: view.summary, body: view.body }
}

export type LocalProblem = 'required' | 'wholeNumber'

/** The number is the one field the request cannot be built without. */
export function checkGuideValues(values: GuideFormValues, message: (problem: LocalProblem) => string): FieldError[] {
  if (values.number.trim() === '') return [{ field: 'number', message: message('required') }]
  if (wholeNumber(values.number) === null) return [{ field: 'number', message: message('wholeNumber') }]
  return []
}

export function toGuideInput(values: GuideFormValues): GuideChapterInput {
  return {
    number: Number(values.number.trim()),
    title: values.title.trim(),
    slug: optional(values.slug),
    summary: optional(values.summary),
    body: values.body.trim() === '' ? null : values.body,
  }
}

/** Everything the API would refuse in the form, at once: the form's own checks and the contract's rules. */
export function guideFormErrors(values: GuideFormValues, t: Translate): FieldError[] {
  return withContractErrors(checkGuideValues(values, (p) => t(`guideAdmin.local.${p}`)), 'GuideChapterInput', toGuideInput(values), t)
}
