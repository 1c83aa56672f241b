import type { FieldError } from '@/api/client'
import { optional, toIds } from '@/shared/components/form/contentForm'
import type { CaseInput, CaseView } from './caseAdminApi'

/** A good example answers exactly five questions (the five quick questions). */
export const ANSWER_COUNT = 5

/** The five standard questions a new good example starts with (they can be reworded). */
export const STANDARD_QUESTIONS = [
  'Hvem er med i partnerskabet?',
  'Hvad er formålet?',
  'Hvad får biblioteket ud af det?',
  'Hvad får partneren ud af det?',
  'Hvad er jeres bedste råd til andre?',
] as const

export interface AnswerValues {
  question: string
  answer: string
}

/** What the good example form edits: every field as the inputs hold it; ids as strings. */
export interface CaseFormValues {
  title: string
  slug: string
  summary: string
  /** Always five. */
  answers: AnswerValues[]
  result: string
  startsOn: string
  endsOn: string
  libraryIds: string[]
  partnerIds: string[]
  themeIds: string[]
  toolboxItemIds: string[]
}

export const CASE_FIELDS = [
  'title',
  'slug',
  'summary',
  'answers',
  'result',
  'startsOn',
  'endsOn',
  'libraryIds',
  'partnerIds',
  'themeIds',
  'toolboxItemIds',
] as const

export const CASE_ROW_FIELDS = { answers: ['question', 'answer'] } as const

export function emptyCaseValues(): CaseFormValues {
  return {
    title: '',
    slug: '',
    summary: '',
    answers: STANDARD_QUESTIONS.map((question) => ({ question, answer: '' })),
    result: '',
    startsOn: '',
    endsOn: '',
    libraryIds: [],
    partnerIds: [],
    themeIds: [],
    toolboxItemIds: [],
  }
}

/** Five pairs whatever the view holds: missing ones get the standard question, extra ones are dropped. */
function fiveAnswers(answers: readonly AnswerValues[]): AnswerValues[] {
  return STANDARD_QUESTIONS.map((question, i) => ({
    question: answers[i]?.question ?? question,
    answer: answers[i]?.answer ?? '',
  }))
}

export function caseValues(view: CaseView): CaseFormValues {
  return {
    title: view.title,
    slug: view.slug,
    summary: view.summary,
    answers: fiveAnswers(view.answers),
    result: view.result,
    startsOn: view.startsOn ?? '',
    endsOn: view.endsOn ?? '',
    libraryIds: view.libraries.map((l) => String(l.id)),
    partnerIds: view.partners.map((p) => String(p.id)),
    themeIds: view.themes.map((th) => String(th.id)),
    toolboxItemIds: view.toolboxItems.map((i) => String(i.id)),
  }
}

/** Nothing the request cannot be built from: every check is the API's. Kept for the pages' symmetry. */
export function checkCaseValues(): FieldError[] {
  return []
}

export function toCaseInput(values: CaseFormValues): CaseInput {
  return {
    title: values.title.trim(),
    slug: optional(values.slug),
    summary: values.summary.trim(),
    answers: fiveAnswers(values.answers).map((a) => ({ question: a.question.trim(), answer: a.answer.trim() })),
    result: values.result.trim() === '' ? null : values.result,
    startsOn: optional(values.startsOn),
    endsOn: optional(values.endsOn),
    libraryIds: toIds(values.libraryIds),
    partnerIds: toIds(values.partnerIds),
    themeIds: toIds(values.themeIds),
    toolboxItemIds: toIds(values.toolboxItemIds),
  }
}
