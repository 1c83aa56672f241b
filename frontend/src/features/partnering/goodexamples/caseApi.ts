import { api, unwrap } from '@/api/client'
import type { CaseView, CasePage, CaseListQuery } from '@/api/types'
export type { CaseSummary, CaseView, CasePage, CaseListQuery } from '@/api/types'

export function fetchCases(query: CaseListQuery, signal?: AbortSignal): Promise<CasePage> {
  return unwrap(api.GET('/api/cases', { params: { query }, signal }))
}

export function fetchCaseBySlug(slug: string, signal?: AbortSignal): Promise<CaseView> {
  return unwrap(api.GET('/api/cases/by-slug/{slug}', { params: { path: { slug } }, signal }))
}
