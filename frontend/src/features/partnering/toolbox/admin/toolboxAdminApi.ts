import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { ToolboxItemView, ToolboxItemInput, ToolboxPage, ChapterSummary } from '@/api/types'
export type { ToolboxItemView, ToolboxItemInput, ToolboxItemSummary, ToolboxPage, ToolboxKind, ToolboxHeading, ChapterSummary } from '@/api/types'

export function fetchToolboxItems(
  query: { q?: string; page?: number; size?: number; sort?: string },
  signal?: AbortSignal,
): Promise<ToolboxPage> {
  return unwrap(api.GET('/api/toolbox', { params: { query }, signal }))
}

/** An item with its ETag, for editing (PUT and DELETE send it back as If-Match). */
export function fetchToolboxItemForEdit(id: number, signal?: AbortSignal): Promise<Versioned<ToolboxItemView>> {
  return unwrapWithETag(api.GET('/api/toolbox/{id}', { params: { path: { id } }, signal }))
}

export function createToolboxItem(input: ToolboxItemInput): Promise<Versioned<ToolboxItemView>> {
  return unwrapWithETag(api.POST('/api/toolbox', { body: input }))
}

export function updateToolboxItem(id: number, input: ToolboxItemInput, etag: string): Promise<Versioned<ToolboxItemView>> {
  return unwrapWithETag(api.PUT('/api/toolbox/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }))
}

export function deleteToolboxItem(id: number, etag: string): Promise<void> {
  return unwrapNoContent(api.DELETE('/api/toolbox/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }))
}

/** The guide's chapters in order, for the chapter select. */
export async function fetchGuideChapters(signal?: AbortSignal): Promise<ChapterSummary[]> {
  const guide = await unwrap(api.GET('/api/guide', { signal }))
  return guide.chapters
}
