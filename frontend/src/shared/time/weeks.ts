/**
 * ISO 8601 weeks: weeks start on Monday, and week 1 is the week with the year's first Thursday.
 * A year has 52 or 53 weeks, and a theme's span may cross New Year (week 50 2026 to week 3 2027),
 * so weeks are never counted with plain arithmetic on week numbers.
 *
 * Dates are handled as UTC midnights: only the calendar date matters, never the time zone.
 */
import { dateTimeFormat } from '@/i18n/format'

export interface IsoWeek {
  year: number
  week: number
}

/** One week of a theme's timeline. */
export interface TimelineWeek extends IsoWeek {
  /** Monday and Sunday of the week, as yyyy-mm-dd. */
  monday: string
  sunday: string
  peak: boolean
  /** The week that holds today. */
  current: boolean
  /** The first week shown in its year: where a year label belongs (the first week, and after New Year). */
  startsYear: boolean
}

const DAY_MS = 86_400_000

/** No theme runs this long; it keeps a broken span from producing an endless list. */
export const MAX_TIMELINE_WEEKS = 106

function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day))
}

/** Monday = 0 ... Sunday = 6. */
function weekdayIndex(date: Date): number {
  return (date.getUTCDay() + 6) % 7
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** A yyyy-mm-dd string as a UTC midnight, or null when it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const date = utcDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return toIsoDate(date) === value ? date : null
}

/** The ISO week a date falls in; early January may belong to the previous year's last week. */
export function isoWeekOf(date: Date): IsoWeek {
  // The Thursday of the same week decides the year.
  const thursday = new Date(date.getTime() + (3 - weekdayIndex(date)) * DAY_MS)
  const year = thursday.getUTCFullYear()
  const week = 1 + Math.floor((thursday.getTime() - utcDate(year, 0, 1).getTime()) / (7 * DAY_MS))
  return { year, week }
}

/** 52 or 53: 28 December always lies in the year's last week. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(utcDate(year, 11, 28)).week
}

export function isValidIsoWeek(w: IsoWeek): boolean {
  return Number.isInteger(w.year) && Number.isInteger(w.week) && w.week >= 1 && w.week <= isoWeeksInYear(w.year)
}

/** Monday of an ISO week (4 January is always in week 1). */
export function mondayOfIsoWeek(w: IsoWeek): Date {
  const jan4 = utcDate(w.year, 0, 4)
  return new Date(jan4.getTime() - weekdayIndex(jan4) * DAY_MS + (w.week - 1) * 7 * DAY_MS)
}

export function compareIsoWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year !== b.year ? a.year - b.year : a.week - b.week
}

export function sameIsoWeek(a: IsoWeek, b: IsoWeek): boolean {
  return a.year === b.year && a.week === b.week
}

export function nextIsoWeek(w: IsoWeek): IsoWeek {
  return w.week < isoWeeksInYear(w.year) ? { year: w.year, week: w.week + 1 } : { year: w.year + 1, week: 1 }
}

/**
 * Every week from start to end, both included, in order. Empty when the span is invalid
 * or runs backwards; never longer than MAX_TIMELINE_WEEKS.
 */
export function isoWeekSpan(start: IsoWeek, end: IsoWeek): IsoWeek[] {
  if (!isValidIsoWeek(start) || !isValidIsoWeek(end) || compareIsoWeeks(start, end) > 0) return []
  const weeks: IsoWeek[] = []
  for (let w = start; compareIsoWeeks(w, end) <= 0 && weeks.length < MAX_TIMELINE_WEEKS; w = nextIsoWeek(w)) {
    weeks.push(w)
  }
  return weeks
}

/**
 * A theme's weeks with their dates, the peak weeks marked and, when today is given (yyyy-mm-dd),
 * the week that holds it.
 */
export function themeTimeline(
  start: IsoWeek,
  end: IsoWeek,
  peakWeeks: readonly IsoWeek[],
  today?: string | null,
): TimelineWeek[] {
  const todayDate = today ? parseIsoDate(today) : null
  const todayWeek = todayDate ? isoWeekOf(todayDate) : null
  return isoWeekSpan(start, end).map((w, index, all) => {
    const monday = mondayOfIsoWeek(w)
    return {
      year: w.year,
      week: w.week,
      monday: toIsoDate(monday),
      sunday: toIsoDate(new Date(monday.getTime() + 6 * DAY_MS)),
      peak: peakWeeks.some((p) => sameIsoWeek(p, w)),
      current: todayWeek !== null && sameIsoWeek(todayWeek, w),
      startsYear: index === 0 || all[index - 1]!.year !== w.year,
    }
  })
}

/** Today's date in Denmark (yyyy-mm-dd), which is what the API's theme status follows. */
export function todayInDenmark(now: Date = new Date()): string {
  // en-CA writes dates as yyyy-mm-dd.
  return dateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}
