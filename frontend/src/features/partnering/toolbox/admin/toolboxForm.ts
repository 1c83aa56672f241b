import type { FieldError } from '@/api/client'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import { PARTNERSHIP_PHASES } from '@/shared/reference/phases'
import {
  attachmentRows,
  attachmentRowsToCheck,
  formatTags,
  nextRowKey,
  optional,
  parseTags,
  rowsWithoutFile,
  toAttachmentRefs,
  wholeNumber,
  type AttachmentRow,
} from '@/shared/components/form/contentForm'
import type { ToolboxHeading, ToolboxItemInput, ToolboxItemView, ToolboxKind } from './toolboxAdminApi'

/** Every kind of toolbox item, in the order the select lists them (the Record keeps it complete). */
const KIND_ORDER: Record<ToolboxKind, true> = {
  TOOL: true,
  TEMPLATE: true,
  CHECKLIST: true,
  GAME: true,
  MODEL: true,
  FILM: true,
  REPORT: true,
  DOCUMENT: true,
}
export const TOOLBOX_KINDS = Object.keys(KIND_ORDER) as ToolboxKind[]

/** The toolbox's four headings, in the order of the public toolbox page. */
const HEADING_ORDER: Record<ToolboxHeading, true> = {
  PROFESSIONALISE: true,
  FOCUS_LIBRARY: true,
  BE_STRATEGIC: true,
  CHOOSE_PARTNERS: true,
}
export const TOOLBOX_HEADINGS = Object.keys(HEADING_ORDER) as ToolboxHeading[]

export interface LinkRow {
  key: number
  title: string
  url: string
}

/** What the toolbox item form edits: every field as the inputs hold it. */
export interface ToolboxFormValues {
  /** A ToolboxKind, or '' before one is chosen. */
  kind: string
  title: string
  slug: string
  summary: string
  body: string
  /** A ToolboxHeading, or '' before one is chosen. */
  heading: string
  /** Chapter id as the select holds it; '' for none. */
  guideChapterId: string
  /** Phase codes. */
  phases: string[]
  /** Comma-separated, as typed. */
  tags: string
  attachments: AttachmentRow[]
  links: LinkRow[]
  source: string
  year: string
}

export const TOOLBOX_FIELDS = [
  'kind',
  'title',
  'slug',
  'summary',
  'body',
  'heading',
  'guideChapterId',
  'phases',
  'tags',
  'attachments',
  'links',
  'source',
  'year',
] as const

export type ToolboxRowList = 'attachments' | 'links'

export const TOOLBOX_ROW_FIELDS = {
  attachments: ['title', 'attachmentId'],
  links: ['title', 'url'],
} as const satisfies Record<ToolboxRowList, readonly string[]>

export function newLinkRow(): LinkRow {
  return { key: nextRowKey(), title: '', url: '' }
}

export function emptyToolboxValues(): ToolboxFormValues {
  return {
    kind: '',
    title: '',
    slug: '',
    summary: '',
    body: '',
    heading: '',
    guideChapterId: '',
    phases: [],
    tags: '',
    attachments: [],
    links: [],
    source: '',
    year: '',
  }
}

export function toolboxValues(view: ToolboxItemView): ToolboxFormValues {
  return {
    kind: view.kind,
    title: view.title,
    slug: view.slug,
    summary: view.summary,
    body: view.body,
    heading: view.heading,
    guideChapterId: view.guideChapter ? String(view.guideChapter.id) : '',
    phases: [...view.phases],
    tags: formatTags(view.tags),
    attachments: attachmentRows(view.attachments),
    links: view.links.map((l) => ({ key: nextRowKey(), title: l.title, url: l.url })),
    source: view.source ?? '',
    year: view.year === undefined ? '' : String(view.year),
  }
}

/** Why the browser cannot build the request from a field. */
export type LocalProblem = 'required' | 'wholeNumber' | 'choose' | 'file'

/** Only what the request cannot be built without (choices, numbers, a file per row); the rest is the API's. */
export function checkToolboxValues(values: ToolboxFormValues, message: (problem: LocalProblem) => string): FieldError[] {
  const errors: FieldError[] = []
  const add = (field: string, problem: LocalProblem) => errors.push({ field, message: message(problem) })
  if (!(TOOLBOX_KINDS as string[]).includes(values.kind)) add('kind', 'choose')
  if (!(TOOLBOX_HEADINGS as string[]).includes(values.heading)) add('heading', 'choose')
  if (values.year.trim() !== '' && wholeNumber(values.year) === null) add('year', 'wholeNumber')
  for (const field of rowsWithoutFile('attachments', values.attachments)) add(field, 'file')
  return errors
}

/** The PUT/POST body once checkToolboxValues found nothing; phases in the guide's order. */
export function toToolboxInput(values: ToolboxFormValues): ToolboxItemInput {
  const year = wholeNumber(values.year)
  const chapter = wholeNumber(values.guideChapterId)
  return {
    kind: values.kind as ToolboxKind,
    title: values.title.trim(),
    slug: optional(values.slug),
    summary: values.summary.trim(),
    body: values.body.trim() === '' ? null : values.body,
    heading: values.heading as ToolboxHeading,
    guideChapterId: chapter,
    phases: PARTNERSHIP_PHASES.filter((p) => values.phases.includes(p)),
    tags: parseTags(values.tags),
    attachments: toAttachmentRefs(values.attachments),
    links: values.links.map((row) => ({ title: row.title.trim(), url: row.url.trim() })),
    source: optional(values.source),
    year,
  }
}

/** Everything the API would refuse in the form, at once: the form's own checks and the contract's rules. */
export function toolboxFormErrors(values: ToolboxFormValues, t: Translate): FieldError[] {
  const body = { ...toToolboxInput(values), attachments: attachmentRowsToCheck(values.attachments) }
  return withContractErrors(checkToolboxValues(values, (p) => t(`toolboxAdmin.local.${p}`)), 'ToolboxItemInput', body, t)
}
