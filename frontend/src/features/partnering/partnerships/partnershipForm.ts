import type { FieldError, Problem } from '@/api/client'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import type { AttachmentView } from '@/api/upload'
import { isPartnershipPhase } from '@/shared/reference/phases'
import {
  attachmentRowsToCheck,
  contentErrorKey,
  mapContentErrors,
  rowsWithoutFile,
  toAttachmentRefs,
  uploadedFile,
  type AttachmentRow,
  type ContentErrors,
} from '@/shared/components/form/contentForm'
import type { PartnershipInput, PartnershipView } from './partnershipApi'

/** The most partner rows the API takes. */
export const MAX_PARTNER_ROWS = 50

/** A partner row carries a key of its own so Vue keeps its inputs when a row above is removed. */
export interface PartnerRow {
  key: number
  /** Partner id as the select holds it; '' before one is chosen. */
  partnerId: string
  role: string
}

/** What the partnership form edits: every field as the inputs hold it. */
export interface PartnershipFormValues {
  title: string
  purpose: string
  /** Library ids as the checkboxes hold them. */
  libraryIds: string[]
  partners: PartnerRow[]
  themeIds: string[]
  /** A phase code. */
  phase: string
  startsOn: string
  endsOn: string
  /** A contact id, or '' for none. */
  leadContactId: string
  goals: string
  outcomes: string
  evaluation: string
  /** The uploaded agreement; only its id is sent. */
  agreement: AttachmentView | null
}

let lastRowKey = 0
export function newPartnerRow(): PartnerRow {
  return { key: ++lastRowKey, partnerId: '', role: '' }
}

/** A new partnership; an editor's own library is chosen from the start (and stays). */
export function emptyPartnershipValues(ownLibraryId: number | null = null): PartnershipFormValues {
  return {
    title: '',
    purpose: '',
    libraryIds: ownLibraryId === null ? [] : [String(ownLibraryId)],
    partners: [newPartnerRow()],
    themeIds: [],
    phase: 'NEED',
    startsOn: '',
    endsOn: '',
    leadContactId: '',
    goals: '',
    outcomes: '',
    evaluation: '',
    agreement: null,
  }
}

export function partnershipValues(view: PartnershipView): PartnershipFormValues {
  return {
    title: view.title,
    purpose: view.purpose,
    libraryIds: view.libraries.map((l) => String(l.id)),
    partners: view.partners.map((p) => ({ key: ++lastRowKey, partnerId: String(p.partner.id), role: p.role })),
    themeIds: view.themes.map((th) => String(th.id)),
    phase: view.phase.code,
    startsOn: view.startsOn ?? '',
    endsOn: view.endsOn ?? '',
    leadContactId: view.lead ? String(view.lead.id) : '',
    goals: view.goals ?? '',
    outcomes: view.outcomes ?? '',
    evaluation: view.evaluation ?? '',
    agreement: view.agreement ? uploadedFile(view.agreement) : null,
  }
}

function id(value: string): number | null {
  return /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : null
}

function ids(values: readonly string[]): number[] {
  return [...new Set(values.map(id).filter((v): v is number => v !== null))]
}

/** Trimmed text, or null when nothing is left. */
function optional(value: string): string | null {
  const text = value.trim()
  return text === '' ? null : text
}

/** Markdown is kept exactly as written (trailing spaces mean something); empty is null. */
function markdown(value: string): string | null {
  return value.trim() === '' ? null : value
}

/**
 * The POST/PUT body. An editor's own library is always among the libraries, whatever the form holds
 * (the API would refuse the save otherwise).
 */
export function toPartnershipInput(values: PartnershipFormValues, ownLibraryId: number | null = null): PartnershipInput {
  const libraryIds = ids(values.libraryIds)
  if (ownLibraryId !== null && !libraryIds.includes(ownLibraryId)) libraryIds.unshift(ownLibraryId)
  return {
    title: values.title.trim(),
    purpose: values.purpose.trim(),
    libraryIds,
    partners: values.partners.map((row) => ({ partnerId: Number(row.partnerId), role: row.role.trim() })),
    themeIds: ids(values.themeIds),
    phase: isPartnershipPhase(values.phase) ? values.phase : 'NEED',
    startsOn: optional(values.startsOn),
    endsOn: optional(values.endsOn),
    leadContactId: id(values.leadContactId),
    goals: markdown(values.goals),
    outcomes: markdown(values.outcomes),
    evaluation: markdown(values.evaluation),
    agreementAttachmentId: values.agreement?.id ?? null,
  }
}

export type LocalProblem = 'required' | 'choose' | 'chooseLibrary'

/**
 * The PUT body of the workbench's "Aftale og filer": the partnership as it is, with this agreement and
 * these files (the edit form leaves `files` out, which keeps them).
 */
export function toPartnershipFilesInput(view: PartnershipView, agreement: AttachmentView | null, rows: readonly AttachmentRow[]): PartnershipInput {
  return { ...toPartnershipInput({ ...partnershipValues(view), agreement }), files: toAttachmentRefs(rows) }
}

/** A file row without a file cannot be sent; beside it, what the contract would refuse (a title left empty). */
export function partnershipFilesErrors(
  view: PartnershipView,
  agreement: AttachmentView | null,
  rows: readonly AttachmentRow[],
  t: Translate,
): FieldError[] {
  const local = rowsWithoutFile('files', rows).map((field) => ({ field, message: t('partnershipFiles.local.file') }))
  const body = { ...toPartnershipFilesInput(view, agreement, rows), files: attachmentRowsToCheck(rows) }
  return withContractErrors(local, 'PartnershipInput', body, t)
}

/** Checks the browser makes before sending: only what the request cannot be built without. */
export function checkPartnershipValues(
  values: PartnershipFormValues,
  message: (problem: LocalProblem) => string,
  ownLibraryId: number | null = null,
): FieldError[] {
  const errors: FieldError[] = []
  if (ownLibraryId === null && ids(values.libraryIds).length === 0) {
    errors.push({ field: 'libraryIds', message: message('chooseLibrary') })
  }
  values.partners.forEach((row, i) => {
    if (id(row.partnerId) === null) errors.push({ field: `partners[${i}].partnerId`, message: message('choose') })
  })
  return errors
}

/** Everything the API would refuse in the form, at once: the form's own checks and the contract's rules. */
export function partnershipFormErrors(values: PartnershipFormValues, t: Translate, ownLibraryId: number | null): FieldError[] {
  const local = checkPartnershipValues(values, (p) => t(`partnerships.form.local.${p}`), ownLibraryId)
  return withContractErrors(local, 'PartnershipInput', toPartnershipInput(values, ownLibraryId), t)
}

// ---- field errors ----------------------------------------------------------------------------

/** The form's single fields, top to bottom (the summary keeps this order). */
export const PARTNERSHIP_FIELDS = [
  'title',
  'purpose',
  'libraryIds',
  'partners',
  'themeIds',
  'phase',
  'startsOn',
  'endsOn',
  'leadContactId',
  'goals',
  'outcomes',
  'evaluation',
  'agreementAttachmentId',
] as const

const PARTNER_ROW_FIELDS = ['partnerId', 'role'] as const

const PARTNERSHIP_ROWS = { partners: PARTNER_ROW_FIELDS }

/**
 * Which place in the form shows an API field error: a single field, a partner row's input
 * ("partners.1.partnerId", from "partners[1].partnerId" or "partners.partnerId[1]"), or the whole list.
 * Null when the form has no such place.
 */
export function partnershipErrorKey(field: string): string | null {
  return contentErrorKey(field, PARTNERSHIP_FIELDS, PARTNERSHIP_ROWS)
}

/** The id of the element that shows an error key. */
export function partnershipFieldId(key: string): string {
  return `partnership-${key.replace(/\./g, '-')}`
}

export type PartnershipErrors = ContentErrors

export function mapPartnershipErrors(problem: Problem | null | undefined): PartnershipErrors {
  return mapContentErrors(problem, PARTNERSHIP_FIELDS, PARTNERSHIP_ROWS)
}
