import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { GuideChapterView, GuideChapterInput, ChapterSummary } from '@/api/types'
export type { GuideChapterView, GuideChapterInput, ChapterSummary } from '@/api/types'

/** The chapters in order (the guide is one short list: no paging). */
export async function fetchChapters(signal?: AbortSignal): Promise<ChapterSummary[]> {
  const guide = await unwrap(api.GET('/api/guide', { signal }))
  return guide.chapters
}

/** A chapter with its ETag, for editing (PUT and DELETE send it back as If-Match). */
export function fetchChapterForEdit(id: number, signal?: AbortSignal): Promise<Versioned<GuideChapterView>> {
  return unwrapWithETag(api.GET('/api/guide/chapters/{id}', { params: { path: { id } }, signal }))
}

export function createChapter(input: GuideChapterInput): Promise<Versioned<GuideChapterView>> {
  return unwrapWithETag(api.POST('/api/guide/chapters', { body: input }))
}

export function updateChapter(id: number, input: GuideChapterInput, etag: string): Promise<Versioned<GuideChapterView>> {
  return unwrapWithETag(api.PUT('/api/guide/chapters/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }))
}

export function deleteChapter(id: number, etag: string): Promise<void> {
  return unwrapNoContent(api.DELETE('/api/guide/chapters/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }))
}
