import { computed, type ComputedRef } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import type { FieldError, Problem } from '@/api/client'

/**
 * Maps the field errors of a validation problem onto the form's own fields. The API names
 * fields after the JSON input ("phone", "roles[0]", "address.street"); a form field owns
 * every error whose first path segment is its name.
 */
export function fieldKey(apiField: string): string {
  const first = apiField.split('.')[0] ?? ''
  return first.replace(/\[\d*\]$/, '')
}

export interface MappedErrors {
  /** Message(s) per form field, joined into one text when a field has several. */
  fields: Record<string, string>
  /** Field errors that no form field shows; they go in the summary only. */
  other: FieldError[]
}

export function mapFieldErrors(problem: Problem | null | undefined, knownFields: readonly string[]): MappedErrors {
  const collected = new Map<string, string[]>()
  const other: FieldError[] = []
  for (const error of problem?.errors ?? []) {
    const key = fieldKey(error.field)
    if (knownFields.includes(key)) {
      const messages = collected.get(key) ?? []
      if (!messages.includes(error.message)) messages.push(error.message)
      collected.set(key, messages)
    } else {
      other.push(error)
    }
  }
  const fields: Record<string, string> = {}
  // Keep the form's order, so the summary lists fields top to bottom.
  for (const name of knownFields) {
    const messages = collected.get(name)
    if (messages) fields[name] = messages.map(sentence).join(' ')
  }
  return { fields, other }
}

/** "skal udfyldes" -> "Skal udfyldes." so several messages read as sentences. */
export function sentence(message: string): string {
  const text = message.trim()
  if (!text) return text
  const capital = text.charAt(0).toLocaleUpperCase() + text.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}

export interface SummaryItem {
  /** The id of the input to jump to; null when no form field shows the error. */
  targetId: string | null
  label: string
  message: string
}

/** The lines of the error summary at the top of a form: known fields first (linked), then the rest. */
export function summaryItems(
  mapped: MappedErrors,
  labelFor: (field: string) => string,
  idFor: (field: string) => string,
): SummaryItem[] {
  const items: SummaryItem[] = Object.entries(mapped.fields).map(([field, message]) => ({
    targetId: idFor(field),
    label: labelFor(field),
    message,
  }))
  for (const error of mapped.other) {
    items.push({ targetId: null, label: error.field, message: sentence(error.message) })
  }
  return items
}

/** Is this a validation problem with field errors (shown next to the fields)? */
export function hasFieldErrors(problem: Problem | null | undefined): boolean {
  return !!problem && problem.status === 400 && (problem.errors?.length ?? 0) > 0
}

/**
 * The parts of an API field path. The API writes a list item's field both as "milestones[0].title"
 * (its own checks) and as "milestones.title[0]" (Bean Validation); both give root "milestones",
 * index 0 and leaf "title". "attendingLibraryIds[3]" has an index and no leaf.
 */
export function parseFieldPath(field: string): { root: string; index: number | null; leaf: string | null } {
  const root = /^[^.[]*/.exec(field)?.[0] ?? ''
  const indexMatch = /\[(\d+)\]/.exec(field)
  const rest = field
    .slice(root.length)
    .replace(/\[\d*\]/g, '')
    .replace(/^\./, '')
  return { root, index: indexMatch ? Number(indexMatch[1]) : null, leaf: rest === '' ? null : rest }
}

/** What a field component takes from its form: its id, label, error message and, when it has one, hint. */
export interface FieldBinding {
  id: string
  label: string
  error: string | null
  hint?: string | null
}

/** What every field component takes: its id, label, message and hint, and whether it may stay empty. */
export interface FieldProps {
  id: string
  label: string
  error?: string | null
  hint?: string | null
  /** Marks the label "(frivilligt)"; dkfds marks the optional fields, not the required ones. */
  optional?: boolean
}

/** A field's binding; the hint only when given, so a field without one keeps its own default. */
export function fieldBinding(id: string, label: string, error: string | null, hint?: string | null): FieldBinding {
  return hint === undefined ? { id, label, error } : { id, label, error, hint }
}

/** What a form shows of a problem's field errors: the summary's lines and each field's message. */
export interface FieldErrors<F extends string> {
  mapped: ComputedRef<MappedErrors>
  items: ComputedRef<SummaryItem[]>
  /** The message for a field, or null. */
  err: (field: F) => string | null
  /** A field's id, label, message and hint (when given), to bind to its input (v-bind). */
  field: (field: F, hint?: string | null) => FieldBinding
}

/** Maps the problem (as it changes) onto the form's fields, labelled and linked by the form's own words and ids. */
export function useFieldErrors<F extends string>(
  problem: () => Problem | null | undefined,
  fields: readonly F[],
  labelFor: (field: string) => string,
  idFor: (field: string) => string,
): FieldErrors<F> {
  const mapped = computed(() => mapFieldErrors(problem(), fields))
  const items = computed(() => summaryItems(mapped.value, labelFor, idFor))
  const err = (field: F) => mapped.value.fields[field] ?? null
  return { mapped, items, err, field: (field, hint) => fieldBinding(idFor(field), labelFor(field), err(field), hint) }
}

/** What every form component takes from its page. */
export interface FormProps {
  /** Why the last save failed (shown at the fields and on top); null when nothing did. */
  problem: Problem | null
  submitting: boolean
  submitLabel: string
  /** Disables saving (e.g. after a 412 until the newest version is loaded). */
  saveDisabled?: boolean
  /** Where "Annullér" goes; no such link when omitted. */
  cancelTo?: RouteLocationRaw | null
}
