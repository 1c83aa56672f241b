import {
  compareIsoWeeks,
  mondayOfIsoWeek,
  nextIsoWeek,
  parseIsoDate,
  sameIsoWeek,
  toIsoDate,
  type IsoWeek,
} from '@/shared/time/weeks'

/** What the countdown needs of a theme (ThemeView and ThemeSummary both have it). */
export interface CountdownTheme {
  /** Monday of the first week and Sunday of the last, yyyy-mm-dd. */
  startDate: string
  endDate: string
  peakWeeks: readonly IsoWeek[]
}

/**
 * The next thing to count down to:
 * - `start`: the theme has not started, or starts today; `date` is its first day;
 * - `peak`: it runs, and a (block of) peak week(s) is still ahead; `date` is that week's Monday;
 * - `end`: it runs with no peak week ahead; `date` is its last day (0 days: it ends today).
 * `inPeak` says that today lies in a peak week.
 */
export type Countdown =
  | { kind: 'start'; days: number; date: string }
  | { kind: 'peak'; days: number; date: string; week: IsoWeek; inPeak: boolean }
  | { kind: 'end'; days: number; date: string; inPeak: boolean }

const DAY_MS = 86_400_000

/** Whole calendar days from one date to another (both yyyy-mm-dd, UTC midnights). */
function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS)
}

/**
 * Counts down to whichever comes next of the theme's start, its next peak week and its end,
 * seen from `today` (yyyy-mm-dd in Danish time, see todayInDenmark). Null once the theme has
 * ended, or when its dates cannot be read.
 *
 * Consecutive peak weeks count as one block: in the first of weeks 48-49 the next thing is the
 * end of the theme, not week 49.
 */
export function themeCountdown(theme: CountdownTheme, today: string): Countdown | null {
  const now = parseIsoDate(today)
  const start = parseIsoDate(theme.startDate)
  const end = parseIsoDate(theme.endDate)
  if (!now || !start || !end || end < start) return null

  if (now <= start) return { kind: 'start', days: daysBetween(now, start), date: theme.startDate }
  if (now > end) return null

  const peaks = [...theme.peakWeeks].sort(compareIsoWeeks)
  const inPeak = peaks.some((week) => {
    const monday = mondayOfIsoWeek(week)
    return now >= monday && daysBetween(monday, now) < 7
  })
  // A block of peak weeks starts at a peak week whose previous week is not a peak week.
  const blockStarts = peaks.filter((week) => !peaks.some((other) => sameIsoWeek(nextIsoWeek(other), week)))
  const next = blockStarts
    .map((week) => ({ week, monday: mondayOfIsoWeek(week) }))
    .find(({ monday }) => monday >= now && monday <= end)
  if (next) {
    return { kind: 'peak', days: daysBetween(now, next.monday), date: toIsoDate(next.monday), week: next.week, inPeak }
  }
  return { kind: 'end', days: daysBetween(now, end), date: theme.endDate, inPeak }
}
