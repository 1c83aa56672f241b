import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import { fetchAllPages } from '@/shared/list/fetchAllPages'
import type { ProjectView, ProjectInput, ProjectSummary, ContactSummary } from '@/api/types'
export type { ProjectView, ProjectInput, ProjectSummary, DocumentKind, ContactSummary } from '@/api/types'

/** Every project (a short list: the API gives it unpaged). */
export function fetchProjects(signal?: AbortSignal): Promise<ProjectSummary[]> {
  return unwrap(api.GET('/api/projects', { signal }))
}

/** A project with its ETag, for editing (PUT and DELETE send it back as If-Match). */
export function fetchProjectForEdit(id: number, signal?: AbortSignal): Promise<Versioned<ProjectView>> {
  return unwrapWithETag(api.GET('/api/projects/{id}', { params: { path: { id } }, signal }))
}

export function createProject(input: ProjectInput): Promise<Versioned<ProjectView>> {
  return unwrapWithETag(api.POST('/api/projects', { body: input }))
}

export function updateProject(id: number, input: ProjectInput, etag: string): Promise<Versioned<ProjectView>> {
  return unwrapWithETag(api.PUT('/api/projects/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }))
}

export function deleteProject(id: number, etag: string): Promise<void> {
  return unwrapNoContent(api.DELETE('/api/projects/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }))
}

/** Every contact person the caller may see, by name, for the project's contacts. */
export function fetchAllContacts(): Promise<ContactSummary[]> {
  return fetchAllPages((page, size) => unwrap(api.GET('/api/contacts', { params: { query: { page, size, sort: 'name' } } })))
}
