import { FORMAT_LOCALES, type AppLocale } from './index'

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Formats an ISO date (yyyy-mm-dd) as a calendar date, without time-zone shifts. */
export function formatDate(value: string | null | undefined, locale: AppLocale): string | null {
  if (!value) return null
  const match = DATE_ONLY.exec(value)
  if (!match) return null
  const [, y, m, d] = match
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/** Formats an ISO date-time in the browser's time zone. */
export function formatDateTime(value: string | null | undefined, locale: AppLocale, timeZone?: string): string | null {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date)
}

export function formatNumber(value: number, locale: AppLocale): string {
  return new Intl.NumberFormat(FORMAT_LOCALES[locale]).format(value)
}

/** A compact date-time for table cells ("23. nov. 2026 10.15"), in the browser's time zone. */
export function formatDateTimeShort(
  value: string | null | undefined,
  locale: AppLocale,
  timeZone?: string,
): string | null {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date)
}

/** `one` or `other` by the language's plural rules for `count` ("1 resultat", "2 resultater"). */
export function pluralKey(count: number, locale: AppLocale, one: string, other: string): string {
  return new Intl.PluralRules(FORMAT_LOCALES[locale]).select(count) === 'one' ? one : other
}
