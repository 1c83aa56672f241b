import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { ThemeInput, ThemeListQuery, ThemePage, ThemeView } from '@/api/types'

export type { ThemePage, ThemeStatus, ThemeSummary, ThemeView } from '@/api/types'

export function fetchThemes(query: ThemeListQuery, signal?: AbortSignal): Promise<ThemePage> {
  return unwrap(api.GET('/api/themes', { params: { query }, signal }))
}

/** A theme with its ETag, for editing (PUT and DELETE send it back as If-Match). */
export function fetchThemeForEdit(id: number, signal?: AbortSignal): Promise<Versioned<ThemeView>> {
  return unwrapWithETag(api.GET('/api/themes/{id}', { params: { path: { id } }, signal }))
}

export function createTheme(input: ThemeInput): Promise<Versioned<ThemeView>> {
  return unwrapWithETag(api.POST('/api/themes', { body: input }))
}

export function updateTheme(id: number, input: ThemeInput, etag: string): Promise<Versioned<ThemeView>> {
  return unwrapWithETag(api.PUT('/api/themes/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }))
}

export function deleteTheme(id: number, etag: string): Promise<void> {
  return unwrapNoContent(api.DELETE('/api/themes/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }))
}
