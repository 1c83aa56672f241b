import type { ChecklistStep } from './partnershipApi'

/** A step's text in the UI's language. */
export function stepText(step: Pick<ChecklistStep, 'textDa' | 'textEn'>, locale: string): string {
  return locale.startsWith('en') ? step.textEn : step.textDa
}

/** Replaces one step by the API's answer for it, keeping the order; the count follows. */
export function replaceStep(steps: readonly ChecklistStep[], updated: ChecklistStep): ChecklistStep[] {
  return steps.map((step) => (step.code === updated.code ? updated : step))
}

export function doneCount(steps: readonly Pick<ChecklistStep, 'done'>[]): number {
  return steps.filter((step) => step.done).length
}

/** Progress as a whole percentage (0 when there are no steps). */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0
  return Math.round((Math.min(done, total) / total) * 100)
}
