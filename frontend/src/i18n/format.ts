import { FORMAT_LOCALES, type AppLocale, type Translate } from './index'

/**
 * Intl's formatters cost something to make and little to use, and a theme's page formats hundreds of
 * dates and names (it made 150 formatters): each is made once for its language and options, and kept.
 * Always make them through these. (The first one a page makes is the dear one, tens of ms on a phone,
 * whatever is kept: it sets Intl up.)
 */
function kept<O extends object, T>(make: (locale: string, options: O) => T): (locale: string, options?: O) => T {
  const made = new Map<string, T>()
  return (locale, options = {} as O) => {
    const key = `${locale} ${JSON.stringify(options)}`
    let formatter = made.get(key)
    if (formatter === undefined) {
      formatter = make(locale, options)
      made.set(key, formatter)
    }
    return formatter
  }
}

export const dateTimeFormat = kept((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options))
export const numberFormat = kept((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options))
export const listFormat = kept((locale, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options))
export const collator = kept((locale, options: Intl.CollatorOptions) => new Intl.Collator(locale, options))

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Formats an ISO date (yyyy-mm-dd) as a calendar date, without time-zone shifts. */
export function formatDate(value: string | null | undefined, locale: AppLocale): string | null {
  if (!value) return null
  const match = DATE_ONLY.exec(value)
  if (!match) return null
  const [, y, m, d] = match
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  if (Number.isNaN(date.getTime())) return null
  return dateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/** Formats an ISO date-time in the browser's time zone. */
export function formatDateTime(value: string | null | undefined, locale: AppLocale, timeZone?: string): string | null {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return dateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date)
}

export function formatNumber(value: number, locale: AppLocale): string {
  // Whole numbers below 1,000 read the same in every language Samspil speaks; most pages show only
  // such counts, and so never pay for setting up Intl's number formatting (tens of ms on a phone).
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value)
  return numberFormat(FORMAT_LOCALES[locale]).format(value)
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
  return dateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date)
}

/**
 * A count with its noun in the form the number asks for, "1 tilmelding" / "2 tilmeldinger": the text
 * has both forms ("{count} tilmelding | {count} tilmeldinger") and vue-i18n picks one by the count;
 * {count} is the number as the language writes it ("1.200").
 */
export function countText(t: Translate, key: string, count: number, locale: AppLocale): string {
  return t(key, { count: formatNumber(count, locale) }, count)
}
