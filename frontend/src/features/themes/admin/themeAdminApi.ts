import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { components } from '@/api/schema'
import type { ThemeInput, ThemeListQuery } from '@/api/types'

type Schemas = components['schemas']
export type ThemeView = Schemas['ThemeView']
export type ThemeSummary = Schemas['ThemeSummary']
export type ThemePage = Schemas['ThemePage']
export type ThemeStatus = Schemas['ThemeStatus']
export type FocusArea = Schemas['FocusArea']

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

let focusAreasPromise: Promise<FocusArea[]> | null = null

/** The six focus areas are reference data: fetched once per visit (retried after a failure). */
export function fetchFocusAreas(): Promise<FocusArea[]> {
  if (!focusAreasPromise) {
    focusAreasPromise = unwrap(api.GET('/api/focus-areas', {})).catch((error: unknown) => {
      focusAreasPromise = null
      throw error
    })
  }
  return focusAreasPromise
}

/** A focus area's name in the UI's language. */
export function focusAreaName(area: FocusArea, locale: string): string {
  return locale === 'en' ? area.nameEn : area.nameDa
}
