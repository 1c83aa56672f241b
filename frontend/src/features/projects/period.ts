import type { AppLocale } from '@/i18n'
import { formatDate } from '@/i18n/format'
import { formatDateRange } from '@/features/themes/themeFormat'

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
