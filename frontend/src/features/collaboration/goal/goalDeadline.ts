import { todayInDenmark } from '@/shared/time/weeks'

/** A goal whose date has passed without it being reached (a reached goal is never overdue). */
export function goalOverdue(goal: { targetDate: string; reached?: boolean }, today = todayInDenmark()): boolean {
  return !goal.reached && goal.targetDate < today
}
