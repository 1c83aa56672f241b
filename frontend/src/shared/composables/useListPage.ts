import { onMounted, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router'
import { problemOf, type Problem } from '@/api/client'
import { MAX_PAGE } from '@/shared/list/listQuery'
import { useLatestRequest } from './useFetched'

/** What every list state has: the page it shows, counted from 1. */
export interface PagedState {
  page: number
}

/** What every page of results tells: how many pages there are in all. */
export interface PagedResult {
  totalPages: number
}

export interface ListPageOptions<S extends PagedState, P extends PagedResult> {
  /** The route the list lives at; the query changing while the page is being left is ignored. */
  routeName: string
  /** Reads the state from the URL query; bad values fall back to defaults, it never throws. */
  fromQuery: (query: LocationQuery) => S
  /** Writes the state as a URL query, leaving out defaults. */
  toQuery: (state: S) => LocationQueryRaw
  fetch: (state: S, signal: AbortSignal) => Promise<P>
  /** Whether two states show the same list; by default, whether they make the same URL query. */
  same?: (a: S, b: S) => boolean
  /** Called with every state read from the URL, e.g. to set the form controls to it. */
  onState?: (state: S) => void
  /**
   * A page past the end (an old link, fewer results now) is replaced by the last page.
   * Default true; false shows the empty page the API answers.
   */
  clampToLastPage?: boolean
}

export interface ListPage<S extends PagedState, P extends PagedResult> {
  /** The state the URL holds; change it only through the URL (setPage, applyFilters, links). */
  state: Readonly<ShallowRef<S>>
  /** The last page loaded; kept while the next one loads, null after a failure. A page may put a changed row in. */
  result: ShallowRef<P | null>
  loading: Readonly<Ref<boolean>>
  problem: Readonly<Ref<Problem | null>>
  /** Loads the current state again, e.g. after a failure or a change. */
  reload: () => Promise<void>
  /** Goes to another page with the same filters. */
  setPage: (page: number) => void
  /** Changes filters (search, sort, ...) and starts again at page 1. */
  applyFilters: (change: Partial<Omit<S, 'page'>>) => void
  /** The link to another page with the same filters, for the pager. */
  pageLink: (page: number) => RouteLocationRaw
  /** The link to the list with changed filters at page 1, e.g. to clear them. */
  filtersLink: (change: Partial<Omit<S, 'page'>>) => RouteLocationRaw
}

/** A page number within the bounds the list accepts. */
export function clampPage(page: number): number {
  return Math.max(1, Math.min(MAX_PAGE, Math.trunc(page)))
}

/**
 * Applies a change to a list state. Changing a filter, the search or the sort starts again
 * at page 1, since the old page may not exist any more; only an explicit page change keeps another page.
 */
export function changeListState<S extends PagedState>(state: S, change: Partial<Omit<S, 'page'>> | { page: number }): S {
  if ('page' in change) return { ...state, page: clampPage(change.page) }
  return { ...state, ...change, page: 1 }
}

/** A page of results as the API pages them. */
export interface ResultPage<T> {
  items: readonly T[]
  page: number
  size: number
  totalItems: number
}

/** "Showing from-to of total" for a result line, with the numbers formatted; null when nothing shows. */
export function shownRange<T>(
  page: ResultPage<T> | null,
  format: (value: number) => string,
): { from: string; to: string; total: string } | null {
  if (!page || page.totalItems === 0 || page.items.length === 0) return null
  const from = (page.page - 1) * page.size + 1
  return { from: format(from), to: format(from + page.items.length - 1), total: format(page.totalItems) }
}

function sameQuery(a: LocationQueryRaw, b: LocationQueryRaw): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]))
}

export interface QueryStateOptions<S> {
  /** Whether two states are the same; by default, whether they are equal field by field. */
  same?: (a: S, b: S) => boolean
  /** Called with every state read from the URL (also the first), e.g. to set the form controls to it. */
  onState?: (state: S) => void
}

/**
 * The state a page keeps in its URL query (filters, page), read again whenever the query changes
 * while the page is shown: the query changing as the page is being left does not count.
 */
export function useQueryState<S>(
  routeName: string,
  fromQuery: (query: LocationQuery) => S,
  options: QueryStateOptions<S> = {},
): Readonly<ShallowRef<S>> {
  const route = useRoute()
  const same = options.same ?? ((a: S, b: S) => JSON.stringify(a) === JSON.stringify(b))
  const state: ShallowRef<S> = shallowRef(fromQuery(route.query))
  watch(
    () => route.query,
    (query) => {
      if (route.name !== routeName) return
      const next = fromQuery(query)
      options.onState?.(next)
      if (!same(next, state.value)) state.value = next
    },
  )
  // The controls show the URL's state from the first render.
  options.onState?.(state.value)
  return state
}

/**
 * A list page whose state (filters, search, sort, page) is the URL query, so every view of the
 * list can be linked, reloaded and gone back to. Changes go through the router; each new query
 * loads its page, and a load still under way is aborted so a slow answer never replaces a newer one.
 */
export function useListPage<S extends PagedState, P extends PagedResult>(options: ListPageOptions<S, P>): ListPage<S, P> {
  const router = useRouter()
  const same = options.same ?? ((a: S, b: S) => sameQuery(options.toQuery(a), options.toQuery(b)))
  const clampToLastPage = options.clampToLastPage ?? true

  const result: ShallowRef<P | null> = shallowRef(null)
  const problem = ref<Problem | null>(null)
  const request = useLatestRequest()

  const linkFor = (s: S): RouteLocationRaw => ({ name: options.routeName, query: options.toQuery(s) })

  function load(s: S): Promise<void> {
    problem.value = null
    return request.run(
      (signal) => options.fetch(s, signal),
      (page) => {
        if (clampToLastPage && page.totalPages > 0 && s.page > page.totalPages) {
          void router.replace(linkFor(changeListState(s, { page: page.totalPages })))
          return
        }
        result.value = page
      },
      (error) => {
        result.value = null
        problem.value = problemOf(error)
      },
    )
  }

  const state = useQueryState(options.routeName, options.fromQuery, { same, onState: options.onState })
  watch(state, (s) => void load(s))
  // The load waits for the page.
  onMounted(() => void load(state.value))

  const pageLink = (page: number) => linkFor(changeListState(state.value, { page }))
  const filtersLink = (change: Partial<Omit<S, 'page'>>) => linkFor(changeListState(state.value, change))

  return {
    state,
    result,
    loading: request.loading,
    problem,
    reload: () => load(state.value),
    setPage: (page) => void router.push(pageLink(page)),
    applyFilters: (change) => void router.push(filtersLink(change)),
    pageLink,
    filtersLink,
  }
}
