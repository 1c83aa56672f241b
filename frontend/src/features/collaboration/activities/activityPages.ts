import { computed } from 'vue'
import { useRoute, type LocationQueryRaw, type RouteLocationNamedRaw, type RouteLocationRaw } from 'vue-router'
import type { PagedSource } from '@/shared/components/list/pagedSource'
import { useFetched } from '@/shared/composables/useFetched'
import { parsePage } from '@/shared/list/listQuery'
import { fetchActivities, type ActivityListQuery, type ActivityPage } from './activityApi'

/** The page of activities is in the URL as ?aktiviteter=2, beside what the page itself keeps there. */
const ACTIVITY_PAGE_PARAM = 'aktiviteter'
const PAGE_SIZE = 10

/**
 * One library's or one theme's activities on its page, newest first, a page at a time. `at` is
 * the page they are shown on (its route name and params); the pages' links keep its other query.
 */
export function useActivityPages(
  filter: () => Pick<ActivityListQuery, 'libraryId' | 'themeId'>,
  at: () => RouteLocationNamedRaw,
): PagedSource<ActivityPage> {
  const route = useRoute()
  const page = computed(() => parsePage(route.query[ACTIVITY_PAGE_PARAM]))
  const { data, loading, problem, reload } = useFetched(
    () => [filter(), page.value] as const,
    ([which, p], signal) => fetchActivities({ ...which, page: p, size: PAGE_SIZE, sort: '-startsAt' }, signal),
    { keep: true, notFound: false },
  )

  function pageLink(p: number): RouteLocationRaw {
    const query: LocationQueryRaw = { ...route.query }
    if (p > 1) query[ACTIVITY_PAGE_PARAM] = String(p)
    else delete query[ACTIVITY_PAGE_PARAM]
    return { ...at(), query }
  }

  return { loading, problem, result: data, reload, pageLink }
}
