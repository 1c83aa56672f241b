import { FORMAT_LOCALES, type AppLocale } from '@/i18n'
import { dateTimeFormat, formatDate } from '@/i18n/format'
import { parseIsoDate } from '@/shared/time/weeks'

/** Two calendar dates (yyyy-mm-dd) as a range, e.g. "27. feb.-5. mar." (short) or with the year (long). */
export function formatDateRange(from: string, to: string, locale: AppLocale, style: 'short' | 'long'): string | null {
  const a = parseIsoDate(from)
  const b = parseIsoDate(to)
  if (!a || !b) return null
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' }
  return dateTimeFormat(FORMAT_LOCALES[locale], options).formatRange(a, b)
}

type Translate = (key: string, named: Record<string, unknown>) => string

/** A period that may be open at either end: "1. marts 2010 – 1. juli 2012", "Fra 1. januar 2015". */
export function periodLabel(
  startsOn: string | undefined,
  endsOn: string | undefined,
  locale: AppLocale,
  t: Translate,
): string | null {
  if (startsOn && endsOn) return formatDateRange(startsOn, endsOn, locale, 'long')
  if (startsOn) return t('projects.periodFrom', { date: formatDate(startsOn, locale) ?? startsOn })
  if (endsOn) return t('projects.periodUntil', { date: formatDate(endsOn, locale) ?? endsOn })
  return null
}
