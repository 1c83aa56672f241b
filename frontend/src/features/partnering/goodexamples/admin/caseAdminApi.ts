import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { components } from '@/api/schema'

type Schemas = components['schemas']
export type CaseView = Schemas['CaseView']
export type CaseInput = Schemas['CaseInput']
export type CasePage = Schemas['CasePage']
export type ThemeSummary = Schemas['ThemeSummary']
export type ToolboxItemSummary = Schemas['ToolboxItemSummary']
export type LibrarySummary = Schemas['LibraryPage']['items'][number]

export function fetchCases(query: { q?: string; page?: number; size?: number; sort?: string }, signal?: AbortSignal): Promise<CasePage> {
  return unwrap(api.GET('/api/cases', { params: { query }, signal }))
}

/** A good example with its ETag, for editing (PUT and DELETE send it back as If-Match). */
export function fetchCaseForEdit(id: number, signal?: AbortSignal): Promise<Versioned<CaseView>> {
  return unwrapWithETag(api.GET('/api/cases/{id}', { params: { path: { id } }, signal }))
}

export function createCase(input: CaseInput): Promise<Versioned<CaseView>> {
  return unwrapWithETag(api.POST('/api/cases', { body: input }))
}

export function updateCase(id: number, input: CaseInput, etag: string): Promise<Versioned<CaseView>> {
  return unwrapWithETag(api.PUT('/api/cases/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }))
}

export function deleteCase(id: number, etag: string): Promise<void> {
  return unwrapNoContent(api.DELETE('/api/cases/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }))
}

/** Every library by name, for the choice of libraries (98 today: one page of 100, paged to be safe). */
export async function fetchAllLibraries(): Promise<LibrarySummary[]> {
  const libraries: LibrarySummary[] = []
  let page = 1
  let totalPages: number
  do {
    const result = await unwrap(api.GET('/api/libraries', { params: { query: { page, size: 100, sort: 'name' } } }))
    libraries.push(...result.items)
    totalPages = result.totalPages
    page += 1
  } while (page <= totalPages && page <= 20)
  return libraries
}

/** Every theme, newest first, for the choice of themes. */
export async function fetchAllThemes(): Promise<ThemeSummary[]> {
  const themes: ThemeSummary[] = []
  let page = 1
  let totalPages: number
  do {
    const result = await unwrap(api.GET('/api/themes', { params: { query: { page, size: 100, sort: '-startDate' } } }))
    themes.push(...result.items)
    totalPages = result.totalPages
    page += 1
  } while (page <= totalPages && page <= 20)
  return themes
}

/** Every toolbox item by title, for the good examples' choice of items (paged to be safe). */
export async function fetchAllToolboxItems(): Promise<ToolboxItemSummary[]> {
  const items: ToolboxItemSummary[] = []
  let page = 1
  let totalPages: number
  do {
    const result = await unwrap(api.GET('/api/toolbox', { params: { query: { page, size: 100, sort: 'title' } } }))
    items.push(...result.items)
    totalPages = result.totalPages
    page += 1
  } while (page <= totalPages && page <= 20)
  return items
}
