import { api, unwrap } from '@/api/client'
import type { components, operations } from '@/api/schema'

type Schemas = components['schemas']

export type CaseSummary = Schemas['CaseSummary']
export type CaseView = Schemas['CaseView']
export type CasePage = Schemas['CasePage']
/** Query parameters of GET /api/cases. */
export type CaseListQuery = NonNullable<operations['listCases']['parameters']['query']>

export function fetchCases(query: CaseListQuery, signal?: AbortSignal): Promise<CasePage> {
  return unwrap(api.GET('/api/cases', { params: { query }, signal }))
}

export function fetchCaseBySlug(slug: string, signal?: AbortSignal): Promise<CaseView> {
  return unwrap(api.GET('/api/cases/by-slug/{slug}', { params: { path: { slug } }, signal }))
}
