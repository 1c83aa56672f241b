import type { FieldError } from '@/api/client'
import type { Channel } from '@/api/types'
import { danishLocalToEpoch, danishLocalToIso, isoToDanishLocal } from '@/i18n/danishTime'
import type { ActivityInput, ActivityView, Audience } from './activityApi'

/** The channels in the order the UI offers them (labels: signup.channels.*). */
export const CHANNELS = [
  'EVENTS',
  'EXHIBITION',
  'SOCIAL_MEDIA',
  'NEWSLETTER',
  'WEBSITE',
  'PRESS',
  'PARTNER_ACTIVITY',
  'SCHOOL_SERVICE',
  'OTHER',
] as const satisfies readonly Channel[]

/** The audiences in the order the UI offers them (labels: activities.audience.*). */
export const AUDIENCES = [
  'CHILDREN',
  'YOUNG_PEOPLE',
  'FAMILIES',
  'ADULTS',
  'SENIORS',
  'SCHOOLS',
  'PROFESSIONALS',
  'EVERYONE',
] as const satisfies readonly Audience[]

/** What the activity form edits, as the inputs hold it (times as datetime-local values in Danish time). */
export interface ActivityFormValues {
  title: string
  startsAt: string
  endsAt: string
  place: string
  channel: Channel | ''
  audience: Audience | ''
  description: string
  attendance: string
  reach: string
}

/** The form's fields, top to bottom (the error summary keeps this order). */
export const ACTIVITY_FIELDS = [
  'title',
  'startsAt',
  'endsAt',
  'place',
  'channel',
  'audience',
  'description',
  'attendance',
  'reach',
] as const satisfies readonly (keyof ActivityFormValues)[]

export type ActivityField = (typeof ACTIVITY_FIELDS)[number]

/** The figures that can only be reported once the activity has started. */
export const FIGURE_FIELDS = ['attendance', 'reach'] as const satisfies readonly ActivityField[]

export function emptyActivityValues(channel: Channel | '' = ''): ActivityFormValues {
  return {
    title: '',
    startsAt: '',
    endsAt: '',
    place: '',
    channel,
    audience: '',
    description: '',
    attendance: '',
    reach: '',
  }
}

export function activityValues(view: ActivityView): ActivityFormValues {
  return {
    title: view.title,
    startsAt: isoToDanishLocal(view.startsAt),
    endsAt: isoToDanishLocal(view.endsAt),
    place: view.place ?? '',
    channel: view.channel,
    audience: view.audience,
    description: view.description ?? '',
    attendance: view.attendance === null || view.attendance === undefined ? '' : String(view.attendance),
    reach: view.reach === null || view.reach === undefined ? '' : String(view.reach),
  }
}

/**
 * May attendance and reach be filled in? Only when the start time is given and not in the
 * future, the same rule the API applies (startsAt <= now).
 */
export function figuresOpen(values: Pick<ActivityFormValues, 'startsAt'>, now: number): boolean {
  const startsAt = danishLocalToEpoch(values.startsAt)
  return startsAt !== null && startsAt <= now
}

/** Why attendance and reach cannot be filled in yet: no start time, or one in the future. */
export function figuresClosedReason(values: Pick<ActivityFormValues, 'startsAt'>, now: number): 'noStart' | 'future' | null {
  const startsAt = danishLocalToEpoch(values.startsAt)
  if (startsAt === null) return 'noStart'
  return startsAt > now ? 'future' : null
}

const WHOLE_NUMBER = /^\d{1,9}$/

/** "1 250" and "1.250" are how people write numbers in Danish: only the digits count. */
function digits(value: string): string {
  return value.trim().replace(/[\s.]/g, '')
}

export interface LocalFieldError {
  field: ActivityField
  /** i18n key of the message. */
  messageKey: string
}

/**
 * What the browser must check before it can build a request at all: times it can read, a
 * channel and an audience (enums), and whole numbers. Everything else is the API's to judge.
 */
export function checkActivityValues(values: ActivityFormValues, now: number, report = false): LocalFieldError[] {
  const errors: LocalFieldError[] = []
  // A report with neither figure reports nothing: say so rather than "saved".
  if (report && !digits(values.attendance) && !digits(values.reach)) {
    errors.push({ field: 'attendance', messageKey: 'activities.form.errors.reportEmpty' })
  }
  if (!values.startsAt.trim()) errors.push({ field: 'startsAt', messageKey: 'activities.form.errors.startsAtRequired' })
  else if (danishLocalToIso(values.startsAt) === null) errors.push({ field: 'startsAt', messageKey: 'activities.form.errors.dateTimeInvalid' })
  if (values.endsAt.trim() && danishLocalToIso(values.endsAt) === null) {
    errors.push({ field: 'endsAt', messageKey: 'activities.form.errors.dateTimeInvalid' })
  }
  if (!values.channel) errors.push({ field: 'channel', messageKey: 'activities.form.errors.channelRequired' })
  if (!values.audience) errors.push({ field: 'audience', messageKey: 'activities.form.errors.audienceRequired' })
  if (figuresOpen(values, now)) {
    for (const field of FIGURE_FIELDS) {
      const text = digits(values[field])
      if (text && !WHOLE_NUMBER.test(text)) errors.push({ field, messageKey: 'activities.form.errors.wholeNumber' })
    }
  }
  return errors
}

/** The local check's errors with their messages, as the save shows them at the fields. */
export function localActivityErrors(
  values: ActivityFormValues,
  now: number,
  translate: (key: string) => string,
  report = false,
): FieldError[] {
  return checkActivityValues(values, now, report).map((e) => ({ field: e.field, message: translate(e.messageKey) }))
}

function optional(value: string): string | null {
  const text = value.trim()
  return text === '' ? null : text
}

function figure(value: string): number | null {
  const text = digits(value)
  return text === '' ? null : Number.parseInt(text, 10)
}

/**
 * The POST/PUT body (call checkActivityValues first). Attendance and reach are sent only while
 * the activity has started: after moving the start into the future, old figures are dropped
 * rather than refused.
 */
export function toActivityInput(values: ActivityFormValues, now: number): ActivityInput {
  const open = figuresOpen(values, now)
  const endsAt = optional(values.endsAt)
  return {
    title: values.title.trim(),
    description: optional(values.description),
    startsAt: danishLocalToIso(values.startsAt) ?? '',
    endsAt: endsAt === null ? null : danishLocalToIso(endsAt),
    place: optional(values.place),
    channel: values.channel as Channel,
    audience: values.audience as Audience,
    attendance: open ? figure(values.attendance) : null,
    reach: open ? figure(values.reach) : null,
  }
}

/** Has the activity been reported (attendance or reach given)? */
export function isReported(activity: Pick<ActivityView, 'attendance' | 'reach'>): boolean {
  return (activity.attendance ?? null) !== null || (activity.reach ?? null) !== null
}

/** Splits activities into those still to come and those that have started, each in time order. */
export function splitByHappened<T extends Pick<ActivityView, 'happened' | 'startsAt'>>(
  activities: readonly T[],
): { planned: T[]; past: T[] } {
  const byStart = (a: T, b: T) => Date.parse(a.startsAt) - Date.parse(b.startsAt)
  return {
    planned: activities.filter((a) => !a.happened).sort(byStart),
    // Most recent first: that is where reporting is due.
    past: activities.filter((a) => a.happened).sort((a, b) => byStart(b, a)),
  }
}
