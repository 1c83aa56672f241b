import type { ThemeView, MilestoneView } from '@/api/types'

/** A milestone with the theme it belongs to. */
export interface UpcomingMilestone {
  milestone: MilestoneView
  theme: Pick<ThemeView, 'id' | 'number' | 'title' | 'slug'>
}

/**
 * The next `limit` milestones of the given themes (the current and the next one) that are due
 * today or later (`today` is yyyy-mm-dd in Danish time), soonest first. A theme given twice
 * counts once.
 */
export function upcomingMilestones(
  themes: readonly (ThemeView | null | undefined)[],
  today: string,
  limit = 5,
): UpcomingMilestone[] {
  const seen = new Set<number>()
  const all: UpcomingMilestone[] = []
  for (const theme of themes) {
    if (!theme || seen.has(theme.id)) continue
    seen.add(theme.id)
    const ref = { id: theme.id, number: theme.number, title: theme.title, slug: theme.slug }
    for (const milestone of theme.milestones) {
      // yyyy-mm-dd strings compare like the dates they are.
      if (milestone.dueOn >= today) all.push({ milestone, theme: ref })
    }
  }
  all.sort(
    (a, b) =>
      a.milestone.dueOn.localeCompare(b.milestone.dueOn) ||
      a.theme.number - b.theme.number ||
      a.milestone.id - b.milestone.id,
  )
  return all.slice(0, Math.max(0, limit))
}
