import { FORMAT_LOCALES, type AppLocale, type Translate } from '@/i18n'
import { listFormat } from '@/i18n/format'
import { compareIsoWeeks, sameIsoWeek, type IsoWeek } from '@/shared/time/weeks'
import type { Season } from './themeApi'

/** "Forår 2027" / "Spring 2027". */
export function seasonYearLabel(season: Season, year: number, t: Translate): string {
  return t('themes.seasonYear', { season: t(`themes.season.${season}`), year })
}

/**
 * A theme's weeks: "Uge 9-14", and the year too when asked for ("Uge 9-14 2017"). A span that
 * crosses New Year always names both years ("Uge 50 2026 - uge 3 2027").
 */
export function weekSpanLabel(start: IsoWeek, end: IsoWeek, t: Translate, withYear = false): string {
  if (start.year !== end.year) {
    return t('themes.weeks.acrossYears', { start: start.week, startYear: start.year, end: end.week, endYear: end.year })
  }
  if (sameIsoWeek(start, end)) {
    return withYear ? t('themes.weeks.singleWithYear', { week: start.week, year: start.year }) : t('themes.weeks.single', { week: start.week })
  }
  return withYear
    ? t('themes.weeks.rangeWithYear', { start: start.week, end: end.week, year: start.year })
    : t('themes.weeks.range', { start: start.week, end: end.week })
}

/**
 * The peak weeks in order: "Uge 11 og 12"; with the year of each when they lie in
 * different years ("Uge 53 2026 og uge 1 2027"). Null when there are none.
 */
export function peakWeeksLabel(peaks: readonly IsoWeek[], locale: AppLocale, t: Translate): string | null {
  if (peaks.length === 0) return null
  const sorted = [...peaks].sort(compareIsoWeeks)
  const list = listFormat(FORMAT_LOCALES[locale], { style: 'long', type: 'conjunction' })
  if (sorted.length === 1) return t('themes.weeks.single', { week: sorted[0]!.week })
  if (sorted.every((w) => w.year === sorted[0]!.year)) {
    return t('themes.weeks.list', { weeks: list.format(sorted.map((w) => String(w.week))) })
  }
  const text = list.format(sorted.map((w) => t('themes.weeks.weekOfYear', { week: w.week, year: w.year })))
  return text.charAt(0).toLocaleUpperCase(FORMAT_LOCALES[locale]) + text.slice(1)
}
