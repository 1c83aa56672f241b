import { api, unwrap } from '@/api/client'
import { fetchAllPages, MAX_PAGE_SIZE } from '@/shared/list/fetchAllPages'
import type { ActivityTotals, ParticipationView, RegionCoverage, ThemeListQuery, ThemePage, ThemeStatus, ThemeView } from '@/api/types'

export type { ActivityFigures, ActivityTotals, ChannelFigures, CoverageRow, IsoWeek, MaterialKind, ParticipationState, ParticipationView, RegionCoverage,
  Season, ThemeListQuery, ThemePage, ThemeStatus, ThemeSummary, ThemeView } from '@/api/types'

/** Every theme status, in the order a theme goes through them. */
export const THEME_STATUSES = ['PLANNED', 'OPEN', 'RUNNING', 'FINISHED'] as const satisfies readonly ThemeStatus[]

export function fetchThemes(query: ThemeListQuery, signal?: AbortSignal): Promise<ThemePage> {
  return unwrap(api.GET('/api/themes', { params: { query }, signal }))
}

export function fetchThemeBySlug(slug: string, signal?: AbortSignal): Promise<ThemeView> {
  return unwrap(api.GET('/api/themes/by-slug/{slug}', { params: { path: { slug } }, signal }))
}

/**
 * The years that have themes, newest first, for the year filter. Two themes a year, so one
 * page of the largest size covers decades.
 */
export async function fetchThemeYears(signal?: AbortSignal): Promise<number[]> {
  const page = await fetchThemes({ page: 1, size: MAX_PAGE_SIZE, sort: '-startDate' }, signal)
  return [...new Set(page.items.map((theme) => theme.year))].sort((a, b) => b - a)
}

/** Every sign-up for a theme (all pages, in any state), sorted by library. */
export function fetchAllParticipations(themeId: number, signal?: AbortSignal): Promise<ParticipationView[]> {
  return fetchAllPages((page, size) =>
    unwrap(api.GET('/api/themes/{id}/participations', { params: { path: { id: themeId }, query: { page, size, sort: 'library' } }, signal })),
  )
}

/** Per region: the municipalities whose library takes part in the theme, of all of them. */
export function fetchRegionCoverage(themeId: number, signal?: AbortSignal): Promise<RegionCoverage> {
  return unwrap(api.GET('/api/stats/themes/{id}/regions', { params: { path: { id: themeId } }, signal }))
}

/** The theme's activities, attendance and reach, in all and per channel. */
export function fetchActivityTotals(themeId: number, signal?: AbortSignal): Promise<ActivityTotals> {
  return unwrap(api.GET('/api/stats/activities', { params: { query: { themeId } }, signal }))
}

/** Downloads and calendar feeds: plain links the browser follows, so they are built here, not fetched. */
export function themeExportUrls(themeId: number): { participations: string; activities: string } {
  return {
    participations: `/api/themes/${themeId}/export/participations.csv`,
    activities: `/api/themes/${themeId}/export/activities.csv`,
  }
}

export const THEME_CALENDAR_URL = '/api/calendar/themes.ics'
export const MILESTONE_CALENDAR_URL = '/api/calendar/milestones.ics'
