import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { ParticipationState, ThemeParticipationQuery } from '@/api/types'
import { firstValue, parsePage } from '@/shared/list/listQuery'
import { isParticipationState } from './participationForm'

export const PARTICIPATION_PAGE_SIZE = 50

/** The filters and page of a theme's sign-up list; they live in the URL query. */
export interface ParticipationListState {
  state: ParticipationState | null
  /** Region code (4 digits), or null for every region. */
  region: number | null
  page: number
}

export function parseParticipationQuery(query: LocationQuery): ParticipationListState {
  const state = firstValue(query.state)
  const region = firstValue(query.region)
  return {
    state: isParticipationState(state) ? state : null,
    region: region && /^\d{1,6}$/.test(region) ? Number(region) : null,
    page: parsePage(query.page),
  }
}

export function toParticipationRouteQuery(state: ParticipationListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.state) query.state = state.state
  if (state.region !== null) query.region = String(state.region)
  if (state.page > 1) query.page = String(state.page)
  return query
}

export function toParticipationApiQuery(state: ParticipationListState): ThemeParticipationQuery {
  return {
    page: state.page,
    size: PARTICIPATION_PAGE_SIZE,
    sort: 'library',
    ...(state.state ? { state: state.state } : {}),
    ...(state.region !== null ? { region: state.region } : {}),
  }
}
