import type { AppLocale, Translate } from '@/i18n'
import { countText, formatNumber } from '@/i18n/format'
import type { ActivityFigures, ActivityTotals, ChannelFigures } from './themeApi'

/** What a theme without activities adds up to. */
export const NO_FIGURES: Readonly<ActivityFigures> = Object.freeze({ activities: 0, reported: 0, attendance: 0, reach: 0 })

/** The theme's own totals; a theme without activities has no row, which is all zeros. */
export function themeFigures(totals: ActivityTotals, themeId: number): ActivityFigures {
  return totals.byTheme.find((row) => row.theme.id === themeId)?.figures ?? { ...NO_FIGURES }
}

/** The channels that have activities, in the API's order (the order the forms list them in). */
export function channelRows(totals: ActivityTotals): ChannelFigures[] {
  return totals.byChannel.filter((row) => row.figures.activities > 0)
}

/** "142 aktiviteter, 5.942 fremmødte, rækkevidde 123.664". */
export function activitySummary(figures: ActivityFigures, locale: AppLocale, t: Translate): string {
  const p = 'themes.detail.activities.summary'
  return t(`${p}.text`, {
    activities: countText(t, `${p}.activities`, figures.activities, locale),
    attendance: countText(t, `${p}.attendance`, figures.attendance, locale),
    reach: formatNumber(figures.reach, locale),
  })
}
