import { api, unwrap } from '@/api/client'
import type { Guide, GuideChapterView as GuideChapter, ChecklistStep } from '@/api/types'
export type { Guide, GuideChapterView as GuideChapter, ChapterSummary, ChecklistStep } from '@/api/types'

export function fetchGuide(signal?: AbortSignal): Promise<Guide> {
  return unwrap(api.GET('/api/guide', { signal }))
}

export function fetchGuideChapterBySlug(slug: string, signal?: AbortSignal): Promise<GuideChapter> {
  return unwrap(api.GET('/api/guide/chapters/by-slug/{slug}', { params: { path: { slug } }, signal }))
}

/** The checklist's steps in their order (the API's order is not promised). */
export function orderedChecklist(steps: readonly ChecklistStep[]): ChecklistStep[] {
  return [...steps].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code))
}

/** The chapters in the guide's order. */
export function orderedChapters<T extends { number: number }>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.number - b.number)
}
