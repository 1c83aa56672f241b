import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FieldError, Problem } from '@/api/client'
import type { AttachmentRef, FileView } from '@/api/types'
import type { AttachmentView } from '@/api/upload'
import { fieldBinding, parseFieldPath, sentence, type FieldBinding, type SummaryItem } from '@/shared/components/form/formErrors'

/**
 * What the four content forms of "Byg partnerskaber" (toolbox items, guide chapters, good examples,
 * projects) share: row keys, optional texts, numbers, tags, and the mapping of the API's field
 * errors (also a row's, "attachments[0].attachmentId" or "answers[2].answer") onto the form.
 */

let lastRowKey = 0
/** Rows carry a key of their own so Vue keeps each row's inputs when one above is removed. */
export const nextRowKey = (): number => ++lastRowKey

/**
 * A stored file (a row's attachment) as the upload field shows it: the field takes an
 * AttachmentView, and a FileView carries all it shows.
 */
export function uploadedFile(file: Pick<FileView, 'attachmentId' | 'fileName' | 'contentType' | 'sizeBytes' | 'href'>): AttachmentView {
  return { id: file.attachmentId, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes, sha256: '', href: file.href, createdAt: '' }
}

/** One titled file of an item (a toolbox item's, a partnership's): its title and the upload, null until a file is chosen. */
export interface AttachmentRow {
  key: number
  title: string
  file: AttachmentView | null
}

export function newAttachmentRow(): AttachmentRow {
  return { key: nextRowKey(), title: '', file: null }
}

/** An item's files as rows of the form. */
export function attachmentRows(files: readonly FileView[]): AttachmentRow[] {
  return files.map((f) => ({ key: nextRowKey(), title: f.title, file: uploadedFile(f) }))
}

/** The rows that have a file, as the API takes them. */
export function toAttachmentRefs(rows: readonly AttachmentRow[]): AttachmentRef[] {
  return rows
    .filter((row): row is AttachmentRow & { file: AttachmentView } => row.file !== null)
    .map((row) => ({ attachmentId: row.file.id, title: row.title.trim() }))
}

/** Every row as the contract check reads it, one without a file too, so each error names its row's own index. */
export function attachmentRowsToCheck(rows: readonly AttachmentRow[]): { attachmentId: number | null; title: string }[] {
  return rows.map((row) => ({ attachmentId: row.file?.id ?? null, title: row.title.trim() }))
}

/** The API's field of each row that has no file yet ("attachments[1].attachmentId"): a request cannot be built without it. */
export function rowsWithoutFile(list: string, rows: readonly AttachmentRow[]): string[] {
  return rows.flatMap((row, i) => (row.file ? [] : [`${list}[${i}].attachmentId`]))
}

/** The most rows the forms offer per list. */
export const MAX_ROWS = 50

/** Trimmed text, or null when nothing is left (the API stores "not given" as null). */
export function optional(value: string): string | null {
  const text = value.trim()
  return text === '' ? null : text
}

export function wholeNumber(text: string): number | null {
  const value = text.trim()
  return /^\d{1,9}$/.test(value) ? Number(value) : null
}

/** "Aftale, Skabelon ,aftale" -> ["aftale", "skabelon"]: lower case (as the API stores tags), no repeats. */
export function parseTags(text: string): string[] {
  const tags: string[] = []
  for (const part of text.split(',')) {
    const tag = part.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da')
    if (tag && !tags.includes(tag)) tags.push(tag)
  }
  return tags
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ')
}

/** Ids as the checkboxes hold them -> numbers, in the order chosen, without repeats. */
export function toIds(values: readonly string[]): number[] {
  return [...new Set(values)].map((v) => wholeNumber(v)).filter((n): n is number => n !== null)
}

export interface ContentErrors {
  /** Message(s) per place in the form ("title", "links.0.url", "links"), in form order. */
  fields: Record<string, string>
  /** Field errors no place in the form shows; they go in the summary only. */
  other: FieldError[]
}

/**
 * Which place in the form shows an API field error: a single field, a row's input
 * ("attachments.0.attachmentId"), or a whole list ("attachments"). Null when the form has none.
 */
export function contentErrorKey(
  field: string,
  fields: readonly string[],
  rows: Readonly<Record<string, readonly string[]>>,
): string | null {
  const { root, index, leaf } = parseFieldPath(field)
  const rowFields = rows[root]
  if (rowFields) {
    if (index !== null && leaf !== null && rowFields.includes(leaf)) return `${root}.${index}.${leaf}`
    return root
  }
  return fields.includes(root) ? root : null
}

/**
 * Collects a problem's field errors at the places of a form that show them (`keyOf`; the others go
 * to `other`), in form order: `fields` top to bottom, rows by index, a row's inputs left to right.
 * `message` may word an error for its place (e.g. say which list item it is about).
 */
export function collectFieldErrors(
  problem: Problem | null | undefined,
  keyOf: (field: string) => string | null,
  fields: readonly string[],
  rows: Readonly<Record<string, readonly string[]>> = {},
  message: (error: FieldError, key: string) => string = (error) => error.message,
): ContentErrors {
  const collected = new Map<string, string[]>()
  const other: FieldError[] = []
  for (const error of problem?.errors ?? []) {
    const key = keyOf(error.field)
    if (key === null) {
      other.push(error)
      continue
    }
    const text = message(error, key)
    const messages = collected.get(key) ?? []
    if (!messages.includes(text)) messages.push(text)
    collected.set(key, messages)
  }
  const rank = (key: string): [number, number, number] => {
    const [root = '', index, leaf] = key.split('.')
    const rowFields = rows[root]
    if (rowFields && index !== undefined && leaf !== undefined) return [fields.indexOf(root), Number(index) + 1, rowFields.indexOf(leaf)]
    return [fields.indexOf(key), 0, 0]
  }
  const keys = [...collected.keys()].sort((a, b) => {
    const [a1, a2, a3] = rank(a)
    const [b1, b2, b3] = rank(b)
    return a1 - b1 || a2 - b2 || a3 - b3
  })
  const result: Record<string, string> = {}
  for (const key of keys) result[key] = (collected.get(key) ?? []).map(sentence).join(' ')
  return { fields: result, other }
}

/** Maps a problem's field errors onto a form with the given fields and repeatable rows. */
export function mapContentErrors(
  problem: Problem | null | undefined,
  fields: readonly string[],
  rows: Readonly<Record<string, readonly string[]>> = {},
): ContentErrors {
  return collectFieldErrors(problem, (field) => contentErrorKey(field, fields, rows), fields, rows)
}

/** The id of the element that shows an error key: "toolbox-links-0-url". */
export function contentFieldId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/\./g, '-')}`
}

/** What a form with rows shows of its errors: the summary's lines and the message at each place. */
export interface ContentFieldErrors {
  items: ComputedRef<SummaryItem[]>
  /** The message at a place ("title", "links.0.url", "links"), or null. */
  err: (key: string) => string | null
  /** A place's input id, label, message and hint (when given), to bind to its field (v-bind). */
  field: (key: string, hint?: string | null) => FieldBinding
}

/**
 * The summary and the messages of a form with rows, from its mapped errors (as the problem
 * changes): places the form shows are linked, the others listed as the API gave them.
 */
export function useContentErrors(
  map: () => ContentErrors,
  labelFor: (key: string) => string,
  idFor: (key: string) => string,
): ContentFieldErrors {
  const mapped = computed(map)
  const items = computed<SummaryItem[]>(() => [
    ...Object.entries(mapped.value.fields).map(([key, message]) => ({ targetId: idFor(key), label: labelFor(key), message })),
    ...mapped.value.other.map((e) => ({ targetId: null, label: e.field, message: e.message })),
  ])
  const err = (key: string) => mapped.value.fields[key] ?? null
  return { items, err, field: (key, hint) => fieldBinding(idFor(key), labelFor(key), err(key), hint) }
}

/** The words and ids of a content form, by its i18n namespace (`<ns>.fields.*`, `<ns>.rows.*`, ...). */
export interface ContentFormOptions {
  ns: string
  /** The id of the element that shows a place ("toolbox-links-0-url"). */
  idFor: (key: string) => string
  /** The problem's errors, mapped onto the form's places. */
  map: () => ContentErrors
  /** A row input's label key, when it is not `<ns>.rowFields.<list>.<input>`. */
  rowFieldKey?: (list: string, input: string) => string
  /** A row's legend, when it is not `<ns>.rows.<list>` ("Milepæl 2"). */
  rowLabel?: (list: string, index: number) => string
  /** A place's label in the summary, when the form words it otherwise. */
  labelFor?: (key: string) => string
}

/** A list of rows the form offers (RepeatableRows). */
export interface RowsOptions<R> {
  newRow: () => R
  /** The row input that takes focus when a row is added. */
  first: string
  /** Row test ids: `<testid>-<index>`. */
  testid: string
  /** The remove button's words ({row}) and the add button's, when not `<ns>.remove` and `<ns>.add.<list>`. */
  removeKey?: string
  addKey?: string
  /** The most rows, when not MAX_ROWS. */
  max?: number
}

/**
 * What a content form (toolbox items, guide chapters, good examples, projects, themes) needs of its
 * texts: the error summary and each place's message; `field` binds an input, `rowField` one of a
 * row's inputs, `rows` a RepeatableRows list, all worded by the form's namespace.
 */
export function useContentForm(options: ContentFormOptions) {
  const { t } = useI18n()
  const { ns, idFor } = options
  const rowLabel = options.rowLabel ?? ((list: string, index: number) => t(`${ns}.rows.${list}`, { n: String(index + 1) }))
  const rowFieldKey = options.rowFieldKey ?? ((list: string, input: string) => `${ns}.rowFields.${list}.${input}`)
  const labelFor =
    options.labelFor ??
    ((key: string) => {
      const [root = '', index, input] = key.split('.')
      return input === undefined ? t(`${ns}.fields.${root}`) : `${rowLabel(root, Number(index))}, ${t(rowFieldKey(root, input))}`
    })
  const { items, err, field } = useContentErrors(options.map, labelFor, idFor)
  return {
    items,
    err,
    field,
    rowLabel,
    rowField: (list: string, index: number, input: string, hint?: string | null): FieldBinding =>
      fieldBinding(idFor(`${list}.${index}.${input}`), t(rowFieldKey(list, input)), err(`${list}.${index}.${input}`), hint),
    rows: <R extends { key: string | number }>(list: string, rows: RowsOptions<R>) => ({
      id: idFor(list),
      legend: t(`${ns}.sections.${list}`),
      error: err(list),
      rowLabel: (index: number) => rowLabel(list, index),
      rowTestid: (index: number) => `${rows.testid}-${index}`,
      removeLabel: (index: number) => t(rows.removeKey ?? `${ns}.remove`, { row: rowLabel(list, index) }),
      addLabel: t(rows.addKey ?? `${ns}.add.${list}`),
      max: rows.max ?? MAX_ROWS,
      newRow: rows.newRow,
      firstInputId: (index: number) => idFor(`${list}.${index}.${rows.first}`),
    }),
  }
}
