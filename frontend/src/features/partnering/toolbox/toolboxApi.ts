import { api, unwrap } from '@/api/client'
import type { ToolboxHeading, ToolboxKind, ToolboxItemView, ToolboxPage, TagCount, ToolboxListQuery } from '@/api/types'
export type { ToolboxHeading, ToolboxKind, ToolboxItemSummary, ToolboxItemView, ToolboxPage, TagCount, FileView, ChapterRef,
  ToolboxListQuery } from '@/api/types'

/** The toolbox's four headings, in the order of the guide. */
export const TOOLBOX_HEADINGS = [
  'PROFESSIONALISE',
  'FOCUS_LIBRARY',
  'BE_STRATEGIC',
  'CHOOSE_PARTNERS',
] as const satisfies readonly ToolboxHeading[]

export const TOOLBOX_KINDS = [
  'TOOL',
  'TEMPLATE',
  'CHECKLIST',
  'GAME',
  'MODEL',
  'FILM',
  'REPORT',
  'DOCUMENT',
] as const satisfies readonly ToolboxKind[]

export function fetchToolbox(query: ToolboxListQuery, signal?: AbortSignal): Promise<ToolboxPage> {
  return unwrap(api.GET('/api/toolbox', { params: { query }, signal }))
}

export function fetchToolboxItemBySlug(slug: string, signal?: AbortSignal): Promise<ToolboxItemView> {
  return unwrap(api.GET('/api/toolbox/by-slug/{slug}', { params: { path: { slug } }, signal }))
}

export function fetchToolboxTags(signal?: AbortSignal): Promise<TagCount[]> {
  return unwrap(api.GET('/api/toolbox/tags', { signal }))
}
