import { api, unwrap } from '@/api/client'
import type { ProjectSummary, ProjectView, DocumentKind } from '@/api/types'
export type { ProjectSummary, ProjectView, ProjectDocument, DocumentKind } from '@/api/types'

/** Document kinds in the order the project page shows them. */
export const DOCUMENT_KINDS = ['REPORT', 'APPLICATION', 'PRESENTATION', 'FILM', 'OTHER'] as const satisfies readonly DocumentKind[]

export function fetchProjects(signal?: AbortSignal): Promise<ProjectSummary[]> {
  return unwrap(api.GET('/api/projects', { signal }))
}

export function fetchProjectBySlug(slug: string, signal?: AbortSignal): Promise<ProjectView> {
  return unwrap(api.GET('/api/projects/by-slug/{slug}', { params: { path: { slug } }, signal }))
}

export interface DocumentGroup<T> {
  kind: DocumentKind
  documents: T[]
}

/** The documents by kind, kinds in DOCUMENT_KINDS order, empty kinds left out; titles keep their order. */
export function groupDocuments<T extends { kind: DocumentKind }>(documents: readonly T[]): DocumentGroup<T>[] {
  return DOCUMENT_KINDS.map((kind) => ({ kind, documents: documents.filter((d) => d.kind === kind) })).filter(
    (group) => group.documents.length > 0,
  )
}
