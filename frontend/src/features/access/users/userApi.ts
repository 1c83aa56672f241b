import { api, unwrap, unwrapNoContent, unwrapWithETag, type Versioned } from '@/api/client'
import type { UserInput, UserListQuery, UserPage, UserView } from '@/api/types'

export function fetchUsers(query: UserListQuery, signal?: AbortSignal): Promise<UserPage> {
  return unwrap(api.GET('/api/users', { params: { query }, signal }))
}

export function fetchUser(id: number, signal?: AbortSignal): Promise<Versioned<UserView>> {
  return unwrapWithETag(api.GET('/api/users/{id}', { params: { path: { id } }, signal }))
}

export function createUser(input: UserInput): Promise<Versioned<UserView>> {
  return unwrapWithETag(api.POST('/api/users', { body: input }))
}

export function updateUser(id: number, input: UserInput, etag: string): Promise<Versioned<UserView>> {
  return unwrapWithETag(api.PUT('/api/users/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }))
}

/** A new invitation by mail for a user who has not chosen a password yet. */
export async function inviteAgain(id: number): Promise<void> {
  await unwrapNoContent(api.POST('/api/users/{id}/invitation', { params: { path: { id } } }))
}
