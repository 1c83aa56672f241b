import type { FieldError, Problem } from '@/api/client'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import { danishLocalToIso, isoToDanishLocal } from '@/i18n/danishTime'
import { parseFieldPath, sentence } from '@/shared/components/form/formErrors'
import type { IdeaInput, NetworkMeetingInput, NetworkMeetingView } from '../networkMeetingApi'

/** One idea row of the form; `key` only keeps Vue's list rendering stable. */
export interface IdeaRow {
  key: number
  text: string
  proposer: string
  /** A library id, or '' for none. */
  proposerLibraryId: string
  /** A theme id, or '' for none. */
  themeId: string
}

/** What the meeting form edits: every field as the inputs hold it. */
export interface MeetingFormValues {
  title: string
  /** datetime-local values: Danish wall-clock time, "2027-03-02T10:00". */
  startsAt: string
  endsAt: string
  /** A library id, or '' for none. */
  hostLibraryId: string
  place: string
  agenda: string
  minutes: string
  /** In the order they were ticked; sent in this order, so an error's index points back here. */
  attendingLibraryIds: number[]
  ideas: IdeaRow[]
}

/** The form's single fields and lists, top to bottom (the error summary keeps this order). */
export const MEETING_FIELDS = [
  'title',
  'startsAt',
  'endsAt',
  'hostLibraryId',
  'place',
  'agenda',
  'minutes',
  'attendingLibraryIds',
  'ideas',
] as const

export type MeetingField = (typeof MEETING_FIELDS)[number]

/** The inputs of an idea row, left to right. */
export const IDEA_FIELDS = ['text', 'proposer', 'proposerLibraryId', 'themeId'] as const
export type IdeaField = (typeof IDEA_FIELDS)[number]

/** The API's limit on ideas (and attendees) per meeting. */
export const MAX_IDEAS = 200

let rowKey = 0

export function emptyIdeaRow(): IdeaRow {
  return { key: ++rowKey, text: '', proposer: '', proposerLibraryId: '', themeId: '' }
}

export function emptyMeetingValues(): MeetingFormValues {
  return {
    title: '',
    startsAt: '',
    endsAt: '',
    hostLibraryId: '',
    place: '',
    agenda: '',
    minutes: '',
    attendingLibraryIds: [],
    ideas: [],
  }
}

const idText = (id: number | null | undefined) => (id === null || id === undefined ? '' : String(id))

export function meetingValues(view: NetworkMeetingView): MeetingFormValues {
  return {
    title: view.title,
    startsAt: isoToDanishLocal(view.startsAt),
    endsAt: isoToDanishLocal(view.endsAt),
    hostLibraryId: idText(view.host?.id),
    place: view.place,
    agenda: view.agenda,
    minutes: view.minutes,
    attendingLibraryIds: view.attendingLibraries.map((library) => library.id),
    ideas: view.ideas.map((idea) => ({
      key: ++rowKey,
      text: idea.text,
      proposer: idea.proposer ?? '',
      proposerLibraryId: idText(idea.proposerLibrary?.id),
      themeId: idText(idea.theme?.id),
    })),
  }
}

/** Trimmed text, or null when nothing is left (the API stores "not given" as null). */
function optional(value: string): string | null {
  const text = value.trim()
  return text === '' ? null : text
}

function optionalId(value: string): number | null {
  return /^\d+$/.test(value) ? Number(value) : null
}

function toIdeaInput(row: IdeaRow): IdeaInput {
  return {
    text: row.text.trim(),
    proposer: optional(row.proposer),
    proposerLibraryId: optionalId(row.proposerLibraryId),
    themeId: optionalId(row.themeId),
  }
}

/**
 * The POST/PUT body: the meeting's full new state. Times go out in Danish time with their offset.
 * Call localMeetingErrors first: without a readable start time there is no request to send.
 * Every idea row is sent, blank ones too, so the API's "ideas[2]" means the form's third row.
 */
export function toMeetingInput(values: MeetingFormValues): NetworkMeetingInput {
  return {
    title: values.title.trim(),
    startsAt: danishLocalToIso(values.startsAt) ?? '',
    endsAt: values.endsAt.trim() === '' ? null : danishLocalToIso(values.endsAt),
    hostLibraryId: optionalId(values.hostLibraryId),
    place: values.place.trim(),
    agenda: optional(values.agenda),
    minutes: optional(values.minutes),
    attendingLibraryIds: [...values.attendingLibraryIds],
    ideas: values.ideas.map(toIdeaInput),
  }
}

/** Why the browser cannot build the request: a missing or unreadable time. */
export type LocalProblem = 'required' | 'invalidDateTime'

/**
 * The checks the browser must make before sending (the times have to be converted); everything
 * else is the API's to judge. Messages are left to the caller: `message` turns a code into text.
 */
export function localMeetingErrors(values: MeetingFormValues, message: (code: LocalProblem) => string): FieldError[] {
  const errors: FieldError[] = []
  if (values.startsAt.trim() === '') errors.push({ field: 'startsAt', message: message('required') })
  else if (danishLocalToIso(values.startsAt) === null) errors.push({ field: 'startsAt', message: message('invalidDateTime') })
  if (values.endsAt.trim() !== '' && danishLocalToIso(values.endsAt) === null) {
    errors.push({ field: 'endsAt', message: message('invalidDateTime') })
  }
  return errors
}

/**
 * Where the form shows an API field error: a single field ("title"), an idea row's input
 * ("ideas.1.themeId"), or a whole list ("attendingLibraryIds", "ideas"). Null when the form has
 * no such place.
 */
export function meetingErrorKey(field: string): string | null {
  const { root, index, leaf } = parseFieldPath(field)
  if (root === 'ideas' && index !== null && leaf !== null && (IDEA_FIELDS as readonly string[]).includes(leaf)) {
    return `ideas.${index}.${leaf}`
  }
  return (MEETING_FIELDS as readonly string[]).includes(root) ? root : null
}

/** Sort rank of an error key: form order, rows by index, a row's inputs left to right. */
function rank(key: string): [number, number, number] {
  const [root = '', index, leaf] = key.split('.')
  const at = (MEETING_FIELDS as readonly string[]).indexOf(root)
  if (index === undefined || leaf === undefined) return [at, 0, 0]
  return [at, Number(index) + 1, (IDEA_FIELDS as readonly string[]).indexOf(leaf)]
}

export interface MeetingErrors {
  /** Message(s) per place in the form (see meetingErrorKey), in form order. */
  fields: Record<string, string>
  /** Field errors that no place in the form shows; they go in the summary only. */
  other: FieldError[]
}

/**
 * Maps a problem's field errors onto the meeting form. An error about one item of a list that
 * has no input of its own ("attendingLibraryIds[3]", "ideas[2]") is shown at the list, and
 * `describe` names the item (the library, "Idé 3") so the message says which one it is about.
 */
export function mapMeetingErrors(
  problem: Problem | null | undefined,
  describe: (root: string, index: number) => string | null = () => null,
): MeetingErrors {
  const collected = new Map<string, string[]>()
  const other: FieldError[] = []
  for (const error of problem?.errors ?? []) {
    const key = meetingErrorKey(error.field)
    if (key === null) {
      other.push(error)
      continue
    }
    const { root, index } = parseFieldPath(error.field)
    const about = index !== null && !key.includes('.') ? describe(root, index) : null
    const text = sentence(error.message)
    const message = about ? `${about}: ${text}` : text
    const messages = collected.get(key) ?? []
    if (!messages.includes(message)) messages.push(message)
    collected.set(key, messages)
  }
  const keys = [...collected.keys()].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)]
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2]
  })
  const fields: Record<string, string> = {}
  for (const key of keys) fields[key] = collected.get(key)!.join(' ')
  return { fields, other }
}

/** The input an error key points at, for the summary's links. */
export function meetingInputId(key: string): string {
  return `meeting-${key.replace(/\./g, '-')}`
}

/** Everything the API would refuse in the form, at once: the form's own checks and the contract's rules. */
export function meetingFormErrors(values: MeetingFormValues, t: Translate): FieldError[] {
  return withContractErrors(localMeetingErrors(values, (p) => t(`networkMeetings.admin.local.${p}`)), 'NetworkMeetingInput', toMeetingInput(values), t)
}
