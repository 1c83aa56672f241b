import type { AppLocale, Translate } from '@/i18n'
import { countText } from '@/i18n/format'

/** After a 429: how long to wait, in whole minutes when it is a minute or more; null without a wait. */
export function waitText(seconds: number | null, tr: Translate, locale: AppLocale): string | null {
  if (seconds === null) return null
  if (seconds < 60) return countText(tr, 'login.tooManyWaitSeconds', seconds, locale)
  return countText(tr, 'login.tooManyWaitMinutes', Math.ceil(seconds / 60), locale)
}
