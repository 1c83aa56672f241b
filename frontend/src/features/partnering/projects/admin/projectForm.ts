import type { FieldError } from '@/api/client'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import type { AttachmentView } from '@/api/upload'
import { nextRowKey, optional, toIds, uploadedFile, wholeNumber } from '@/shared/components/form/contentForm'
import type { DocumentKind, ProjectInput, ProjectView } from './projectAdminApi'

const DOCUMENT_KIND_ORDER: Record<DocumentKind, true> = { REPORT: true, APPLICATION: true, PRESENTATION: true, FILM: true, OTHER: true }
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_KIND_ORDER) as DocumentKind[]

export interface ProjectPartnerRow {
  key: number
  /** Partner id as the select holds it; '' before one is chosen. */
  partnerId: string
  role: string
}

export interface DocumentRow {
  key: number
  /** A DocumentKind, or '' before one is chosen. */
  kind: string
  title: string
  file: AttachmentView | null
}

/** What the project form edits: every field as the inputs hold it. */
export interface ProjectFormValues {
  name: string
  slug: string
  summary: string
  description: string
  startsOn: string
  endsOn: string
  funder: string
  lead: string
  partners: ProjectPartnerRow[]
  contactIds: string[]
  documents: DocumentRow[]
}

export const PROJECT_FIELDS = [
  'name',
  'slug',
  'summary',
  'description',
  'startsOn',
  'endsOn',
  'funder',
  'lead',
  'partners',
  'contactIds',
  'documents',
] as const

export type ProjectRowList = 'partners' | 'documents'

export const PROJECT_ROW_FIELDS = {
  partners: ['partnerId', 'role'],
  documents: ['kind', 'title', 'attachmentId'],
} as const satisfies Record<ProjectRowList, readonly string[]>

export function newProjectPartnerRow(): ProjectPartnerRow {
  return { key: nextRowKey(), partnerId: '', role: '' }
}

export function newDocumentRow(): DocumentRow {
  return { key: nextRowKey(), kind: '', title: '', file: null }
}

export function emptyProjectValues(): ProjectFormValues {
  return {
    name: '',
    slug: '',
    summary: '',
    description: '',
    startsOn: '',
    endsOn: '',
    funder: '',
    lead: '',
    partners: [],
    contactIds: [],
    documents: [],
  }
}

export function projectValues(view: ProjectView): ProjectFormValues {
  return {
    name: view.name,
    slug: view.slug,
    summary: view.summary,
    description: view.description,
    startsOn: view.startsOn ?? '',
    endsOn: view.endsOn ?? '',
    funder: view.funder ?? '',
    lead: view.lead ?? '',
    partners: view.partners.map((p) => ({ key: nextRowKey(), partnerId: String(p.partner.id), role: p.role })),
    contactIds: view.contacts.map((c) => String(c.id)),
    documents: view.documents.map((d) => ({ key: nextRowKey(), kind: d.kind, title: d.title, file: uploadedFile(d) })),
  }
}

export type LocalProblem = 'choose' | 'file'

/** Only what the request cannot be built without: a partner and a kind chosen, a file per document. */
export function checkProjectValues(values: ProjectFormValues, message: (problem: LocalProblem) => string): FieldError[] {
  const errors: FieldError[] = []
  const add = (field: string, problem: LocalProblem) => errors.push({ field, message: message(problem) })
  values.partners.forEach((row, i) => {
    if (wholeNumber(row.partnerId) === null) add(`partners[${i}].partnerId`, 'choose')
  })
  values.documents.forEach((row, i) => {
    if (!(DOCUMENT_KINDS as string[]).includes(row.kind)) add(`documents[${i}].kind`, 'choose')
    if (!row.file) add(`documents[${i}].attachmentId`, 'file')
  })
  return errors
}

export function toProjectInput(values: ProjectFormValues): ProjectInput {
  return {
    name: values.name.trim(),
    slug: optional(values.slug),
    summary: values.summary.trim(),
    description: values.description.trim() === '' ? null : values.description,
    startsOn: optional(values.startsOn),
    endsOn: optional(values.endsOn),
    funder: optional(values.funder),
    lead: optional(values.lead),
    partners: values.partners.map((row) => ({ partnerId: Number(row.partnerId), role: row.role.trim() })),
    contactIds: toIds(values.contactIds),
    documents: values.documents
      .filter((row): row is DocumentRow & { file: AttachmentView } => row.file !== null)
      .map((row) => ({ kind: row.kind as DocumentKind, title: row.title.trim(), attachmentId: row.file.id })),
  }
}

/** Everything the API would refuse in the form, at once: the form's own checks and the contract's rules. */
export function projectFormErrors(values: ProjectFormValues, t: Translate): FieldError[] {
  return withContractErrors(checkProjectValues(values, (p) => t(`projectAdmin.local.${p}`)), 'ProjectInput', toProjectInput(values), t)
}
