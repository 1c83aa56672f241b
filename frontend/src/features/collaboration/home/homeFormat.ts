import { FORMAT_LOCALES, type AppLocale, type Translate } from '@/i18n'
import type { IsoWeek } from '@/shared/time/weeks'
import type { Countdown } from './countdown'
import { listFormat } from '@/i18n/format'

/** "Uge 46–51, 2026"; a span across New Year names both years ("Uge 50 2026 – uge 3 2027"). */
export function themeWeeksLabel(start: IsoWeek, end: IsoWeek, t: Translate): string {
  if (start.year !== end.year) {
    return t('home.weeksAcrossYears', { start: start.week, startYear: start.year, end: end.week, endYear: end.year })
  }
  if (start.week === end.week) return t('home.weekSingle', { week: start.week, year: start.year })
  return t('home.weeks', { start: start.week, end: end.week, year: start.year })
}

/** "Uge 48 og 49" (with the years when the weeks lie in different years); null when there are none. */
export function peakWeeksText(peaks: readonly IsoWeek[], locale: AppLocale, t: Translate): string | null {
  if (peaks.length === 0) return null
  const sorted = [...peaks].sort((a, b) => a.year - b.year || a.week - b.week)
  const list = listFormat(FORMAT_LOCALES[locale], { style: 'long', type: 'conjunction' })
  const sameYear = sorted.every((w) => w.year === sorted[0]!.year)
  const weeks = sameYear ? sorted.map((w) => String(w.week)) : sorted.map((w) => t('home.weekOfYear', { week: w.week, year: w.year }))
  return t('home.peakWeeksList', { weeks: list.format(weeks) })
}

/** The countdown as a sentence: "Spidsugerne begynder om 7 dage (uge 48)." */
export function countdownText(countdown: Countdown, t: Translate): string {
  const days = countdown.days
  const when = days === 0 ? 'Today' : days === 1 ? 'Tomorrow' : 'InDays'
  switch (countdown.kind) {
    case 'start':
      return t(`home.countdown.starts${when}`, { days })
    case 'peak':
      return t(`home.countdown.peak${when}`, { days, week: countdown.week.week })
    case 'end':
      return t(`home.countdown.ends${when}`, { days })
  }
}
