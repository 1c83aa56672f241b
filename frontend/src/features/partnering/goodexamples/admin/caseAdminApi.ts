import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import { fetchAllPages } from '@/shared/list/fetchAllPages'

/** The choices of the good example form: every library and theme. */
export { fetchAllLibraries } from '@/shared/reference/libraryOptions'
export { fetchAllThemes } from '@/shared/reference/themeOptions'
import type { CaseView, CaseInput, CasePage, ToolboxItemSummary } from '@/api/types'
export type { CaseView, CaseInput, CasePage, ToolboxItemSummary } from '@/api/types'

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

/** Every toolbox item by title, for the good examples' choice of items. */
export function fetchAllToolboxItems(): Promise<ToolboxItemSummary[]> {
  return fetchAllPages((page, size) => unwrap(api.GET('/api/toolbox', { params: { query: { page, size, sort: 'title' } } })))
}
