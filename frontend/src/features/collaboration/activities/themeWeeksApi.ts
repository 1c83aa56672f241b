import { api, unwrap } from '@/api/client'
import type { ThemeView } from '@/api/types'

// Apart from activityApi, which the public theme and library pages load: only the activity form needs this.
/** The weeks of a theme: its activities start on one of their days (the API refuses any other). */
export type ThemeWeeks = Pick<ThemeView, 'startWeek' | 'endWeek' | 'startDate' | 'endDate'>

export async function fetchThemeWeeks(themeId: number, signal?: AbortSignal): Promise<ThemeWeeks> {
  const { startWeek, endWeek, startDate, endDate } = await unwrap(api.GET('/api/themes/{id}', { params: { path: { id: themeId } }, signal }))
  return { startWeek, endWeek, startDate, endDate }
}
