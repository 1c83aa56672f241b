import { api, unwrap, unwrapWithETag, type Versioned } from '@/api/client'
import type {
  Confirmation,
  ParticipationInput,
  ParticipationPage,
  ParticipationUpdate,
  ParticipationView,
  ThemePage,
  ThemeParticipationQuery,
  ThemeView,
} from '@/api/types'

/**
 * The If-Match value for a record read from a list: the API's ETag is "v" + the row's version
 * (docs/api.md), and list items carry the version so a change needs no extra GET.
 */
export function versionETag(version: number): string {
  return `"v${version}"`
}

export function fetchThemeParticipations(
  themeId: number,
  query: ThemeParticipationQuery,
  signal?: AbortSignal,
): Promise<ParticipationPage> {
  return unwrap(api.GET('/api/themes/{id}/participations', { params: { path: { id: themeId }, query }, signal }))
}

export function fetchLibraryParticipations(
  libraryId: number,
  query: { page?: number; size?: number; sort?: string },
  signal?: AbortSignal,
): Promise<ParticipationPage> {
  return unwrap(api.GET('/api/libraries/{id}/participations', { params: { path: { id: libraryId }, query }, signal }))
}

/** A sign-up with its ETag, for editing its channels and focus areas. */
export function fetchParticipationForEdit(id: number, signal?: AbortSignal): Promise<Versioned<ParticipationView>> {
  return unwrapWithETag(api.GET('/api/participations/{id}', { params: { path: { id } }, signal }))
}

export function signUp(themeId: number, input: ParticipationInput): Promise<Versioned<ParticipationView>> {
  return unwrapWithETag(api.POST('/api/themes/{id}/participations', { params: { path: { id: themeId } }, body: input }))
}

export function updateParticipation(
  id: number,
  update: ParticipationUpdate,
  etag: string,
): Promise<Versioned<ParticipationView>> {
  return unwrapWithETag(
    api.PUT('/api/participations/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: update }),
  )
}

/** Confirms sign-ups of a theme together, all or none (coordinators). */
export function confirmParticipations(themeId: number, ids: number[]): Promise<Confirmation> {
  return unwrap(api.POST('/api/themes/{id}/participations/confirm', { params: { path: { id: themeId } }, body: { ids } }))
}

export function fetchThemeBySlug(slug: string, signal?: AbortSignal): Promise<ThemeView> {
  return unwrap(api.GET('/api/themes/by-slug/{slug}', { params: { path: { slug } }, signal }))
}

export function fetchTheme(id: number, signal?: AbortSignal): Promise<ThemeView> {
  return unwrap(api.GET('/api/themes/{id}', { params: { path: { id } }, signal }))
}

/** The themes by start (as many as the API gives in one page: two a year), with today's status. */
export function fetchThemeOverview(signal?: AbortSignal): Promise<ThemePage> {
  return unwrap(api.GET('/api/themes', { params: { query: { size: 100, sort: 'startDate' } }, signal }))
}
