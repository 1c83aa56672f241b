import { api, unwrap, unwrapWithETag, type Versioned } from '@/api/client'
import type { GoalProgress, GoalView, GoalInput } from '@/api/types'
export type { GoalView, GoalInput, GoalProgress } from '@/api/types'

/** The goal with its ETag, for editing (PUT sends it back as If-Match). */
export function fetchGoalForEdit(signal?: AbortSignal): Promise<Versioned<GoalView>> {
  return unwrapWithETag(api.GET('/api/goal', { signal }))
}

export function updateGoal(input: GoalInput, etag: string): Promise<Versioned<GoalView>> {
  return unwrapWithETag(api.PUT('/api/goal', { params: { header: { 'If-Match': etag } }, body: input }))
}

/** How far the collaboration has come: participants now and per theme, against the goal. */
export function fetchGoalProgress(signal?: AbortSignal): Promise<GoalProgress> {
  return unwrap(api.GET('/api/stats/goal', { signal }))
}
