import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { ROLES, type Role, type UserListQuery } from '@/api/types'
import { firstValue, parsePage, parseSearch } from '@/shared/list/listQuery'

export const USER_PAGE_SIZE = 20

export const USER_SORTS = [
  { value: 'displayName', labelKey: 'users.sort.name' },
  { value: 'email', labelKey: 'users.sort.email' },
  { value: '-lastLoginAt', labelKey: 'users.sort.lastLogin' },
  { value: '-createdAt', labelKey: 'users.sort.created' },
] as const

export type UserSort = (typeof USER_SORTS)[number]['value']

/** The user list's filters, paging and sort; they live in the URL query. */
export interface UserListState {
  role: Role | null
  active: boolean | null
  q: string
  sort: UserSort
  page: number
}

export function parseUserListQuery(query: LocationQuery): UserListState {
  const role = firstValue(query.role)
  const active = firstValue(query.active)
  const sort = firstValue(query.sort)
  return {
    role: (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : null,
    active: active === 'true' ? true : active === 'false' ? false : null,
    q: parseSearch(query.q),
    sort: USER_SORTS.find((s) => s.value === sort)?.value ?? 'displayName',
    page: parsePage(query.page),
  }
}

export function toUserRouteQuery(state: UserListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.role) query.role = state.role
  if (state.active !== null) query.active = String(state.active)
  if (state.q) query.q = state.q
  if (state.sort !== 'displayName') query.sort = state.sort
  if (state.page > 1) query.page = String(state.page)
  return query
}

export function toUserApiQuery(state: UserListState): UserListQuery {
  const query: UserListQuery = { page: state.page, size: USER_PAGE_SIZE, sort: state.sort }
  if (state.role) query.role = state.role
  if (state.active !== null) query.active = state.active
  if (state.q) query.q = state.q
  return query
}
