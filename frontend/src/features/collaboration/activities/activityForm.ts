import type { FieldError } from '@/api/client'
import type { AppLocale, Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import type { Channel } from '@/api/types'
import { danishLocalToEpoch, danishLocalToIso, isoToDanishLocal } from '@/i18n/danishTime'
import type { ActivityInput, ActivityView, Audience } from './activityApi'
import type { ThemeWeeks } from './themeWeeksApi'
import { formatDate } from '@/i18n/format'

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
  params?: Record<string, unknown>
}

/** A theme's weeks as the activity form uses them: their first and last day, and how to say them. */
export interface ThemeSpan {
  startDate: string
  endDate: string
  /** "uge 37–42, 2050 (12.9.2050 – 23.10.2050)". */
  text: string
}

export function themeSpan(weeks: ThemeWeeks, t: Translate, locale: AppLocale): ThemeSpan {
  const { startWeek: start, endWeek: end } = weeks
  const days = { from: formatDate(weeks.startDate, locale), to: formatDate(weeks.endDate, locale) }
  const text =
    start.year === end.year
      ? t('activityWeeks.weeks', { start: start.week, end: end.week, year: start.year, ...days })
      : t('activityWeeks.weeksAcrossYears', { start: start.week, startYear: start.year, end: end.week, endYear: end.year, ...days })
  return { startDate: weeks.startDate, endDate: weeks.endDate, text }
}

/** Does this start (a datetime-local value in Danish time) fall on a day of the theme's weeks? */
export function startsWithinTheme(startsAt: string, span: Pick<ThemeSpan, 'startDate' | 'endDate'>): boolean {
  const day = startsAt.trim().slice(0, 10)
  return day >= span.startDate && day <= span.endDate
}

/**
 * What the browser must check before it can build a request at all: times it can read, a
 * channel and an audience (enums), and whole numbers. Everything else is the API's to judge.
 */
export function checkActivityValues(
  values: ActivityFormValues,
  now: number,
  report = false,
  span: ThemeSpan | null = null,
): LocalFieldError[] {
  const errors: LocalFieldError[] = []
  // A report with neither figure reports nothing: say so rather than "saved".
  if (report && !digits(values.attendance) && !digits(values.reach)) {
    errors.push({ field: 'attendance', messageKey: 'activityForm.errors.reportEmpty' })
  }
  if (!values.startsAt.trim()) errors.push({ field: 'startsAt', messageKey: 'activityForm.errors.startsAtRequired' })
  else if (danishLocalToIso(values.startsAt) === null) errors.push({ field: 'startsAt', messageKey: 'activityForm.errors.dateTimeInvalid' })
  else if (span && !startsWithinTheme(values.startsAt, span)) {
    errors.push({ field: 'startsAt', messageKey: 'activityWeeks.outside', params: { weeks: span.text } })
  }
  if (values.endsAt.trim() && danishLocalToIso(values.endsAt) === null) {
    errors.push({ field: 'endsAt', messageKey: 'activityForm.errors.dateTimeInvalid' })
  }
  if (!values.channel) errors.push({ field: 'channel', messageKey: 'activityForm.errors.channelRequired' })
  if (!values.audience) errors.push({ field: 'audience', messageKey: 'activityForm.errors.audienceRequired' })
  if (figuresOpen(values, now)) {
    for (const field of FIGURE_FIELDS) {
      const text = digits(values[field])
      if (text && !WHOLE_NUMBER.test(text)) errors.push({ field, messageKey: 'activityForm.errors.wholeNumber' })
    }
  }
  return errors
}

/**
 * Everything the API would refuse in the form, at once: the form's own checks (in its words) and
 * the contract's rules on the body it would send.
 */
export function activityFormErrors(
  values: ActivityFormValues,
  now: number,
  t: Translate,
  report = false,
  span: ThemeSpan | null = null,
): FieldError[] {
  const local = checkActivityValues(values, now, report, span).map((e) => ({ field: e.field, message: t(e.messageKey, e.params) }))
  return withContractErrors(local, 'ActivityInput', toActivityInput(values, now), t)
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
