import { FORMAT_LOCALES, type AppLocale, type Translate } from '@/i18n'
import { DANISH_TIME_ZONE } from '@/i18n/danishTime'
import { dateTimeFormat } from '@/i18n/format'

function valid(value: string | null | undefined): Date | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

function formatter(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormat(FORMAT_LOCALES[locale], { ...options, timeZone: DANISH_TIME_ZONE })
}

/**
 * When a meeting takes place, in Danish time wherever the reader is: "tirsdag den 8. september
 * 2026 kl. 10.00–15.30"; a meeting over several days gives both dates; without an end, the start.
 */
export function formatMeetingTime(
  startsAt: string,
  endsAt: string | null | undefined,
  locale: AppLocale,
  t: Translate,
): string {
  const start = valid(startsAt)
  if (!start) return ''
  const date = formatter(locale, { dateStyle: 'full' })
  const time = formatter(locale, { timeStyle: 'short' })
  const end = valid(endsAt)
  if (!end || end.getTime() <= start.getTime()) return t('networkMeetings.at', { date: date.format(start), time: time.format(start) })
  if (date.format(start) === date.format(end)) {
    return t('networkMeetings.timeRange', { date: date.format(start), from: time.format(start), to: time.format(end) })
  }
  return formatter(locale, { dateStyle: 'long', timeStyle: 'short' }).formatRange(start, end)
}

/** A meeting's date for a table cell: "8. sep. 2026". */
export function formatMeetingDate(startsAt: string, locale: AppLocale): string {
  const start = valid(startsAt)
  return start ? formatter(locale, { dateStyle: 'medium' }).format(start) : ''
}
