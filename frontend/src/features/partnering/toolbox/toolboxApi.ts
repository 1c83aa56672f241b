import { api, unwrap } from '@/api/client'
import type { components, operations } from '@/api/schema'

type Schemas = components['schemas']

export type ToolboxHeading = Schemas['ToolboxHeading']
export type ToolboxKind = Schemas['ToolboxKind']
export type ToolboxItemSummary = Schemas['ToolboxItemSummary']
export type ToolboxItemView = Schemas['ToolboxItemView']
export type ToolboxPage = Schemas['ToolboxPage']
export type TagCount = Schemas['TagCount']
export type FileView = Schemas['FileView']
export type ChapterRef = Schemas['ChapterRef']
/** Query parameters of GET /api/toolbox. */
export type ToolboxListQuery = NonNullable<operations['listToolboxItems']['parameters']['query']>

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
