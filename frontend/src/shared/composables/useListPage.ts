import { computed, onMounted, reactive, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router'
import { problemOf, type Problem } from '@/api/client'
import { changeListState, parseSearchPageQuery, toSearchPageQuery, type PagedState, type SearchPageState } from '@/shared/list/listQuery'
import { useFetched, useLatestRequest } from './useFetched'

export { changeListState, clampPage, type PagedState } from '@/shared/list/listQuery'

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

/** The query of a list that has a search box and pages. */
export interface SearchPageQuery {
  page: number
  size: number
  sort: string
  q?: string
}

/**
 * An admin list with a search box and pages (sorted one way, `size` a page), both in the URL; the
 * box shows the URL's search. An admin sees the empty page past the end rather than being moved.
 */
export function useSearchListPage<P extends PagedResult>(
  routeName: string,
  fetch: (query: SearchPageQuery, signal: AbortSignal) => Promise<P>,
  order: { size: number; sort: string },
): ListPage<SearchPageState, P> & { searchModel: Ref<string>; onSearch: () => void } {
  const searchModel = ref('')
  const list = useListPage({
    routeName,
    fromQuery: parseSearchPageQuery,
    toQuery: toSearchPageQuery,
    fetch: ({ q, page }, signal) => fetch({ page, ...order, ...(q ? { q } : {}) }, signal),
    onState: (s) => (searchModel.value = s.q),
    clampToLastPage: false,
  })
  return { ...list, searchModel, onSearch: () => list.applyFilters({ q: searchModel.value.trim() }) }
}

/**
 * A short list the API gives whole (no pages), shaped like a list page's results: loaded once,
 * kept while it loads again.
 */
export function wholeList<T>(fetch: (signal: AbortSignal) => Promise<T[]>) {
  const { data, loading, problem, reload } = useFetched(fetch, { keep: true, notFound: false })
  return {
    loading,
    problem,
    reload,
    result: computed(() => (data.value ? { items: data.value } : null)),
  }
}

/**
 * How a filter's control holds its value: `choice` a code or nothing ('' is none), `number` a
 * number or nothing, `boolean` 'true', 'false' or nothing, `text` a search text (trimmed), `value`
 * a value that is always set (e.g. the order; it is no filter).
 */
export type FilterKind = 'choice' | 'number' | 'boolean' | 'text' | 'value'

function toControl(value: unknown): string {
  return value === null || value === undefined ? '' : String(value)
}

function fromControl(kind: FilterKind, text: string): unknown {
  if (kind === 'text') return text.trim()
  if (kind === 'value') return text
  if (text === '') return null
  if (kind === 'number') return Number(text)
  if (kind === 'boolean') return text === 'true'
  return text
}

/**
 * A list page with filters: the form controls (`controls`, one text per filter, for v-model) show
 * the URL's state; `apply` puts one or more of them in the URL (starting again at page 1).
 * `hasFilters` and `clearLink` are about every filter but the `value` ones.
 */
export function useFilteredList<S extends PagedState, P extends PagedResult>(
  options: Omit<ListPageOptions<S, P>, 'onState'>,
  filters: { [K in keyof S]?: FilterKind },
) {
  const keys = Object.keys(filters) as (keyof S & string)[]
  const controls = reactive(Object.fromEntries(keys.map((key) => [key, '']))) as Record<keyof S & string, string>
  const list = useListPage({
    ...options,
    onState: (state) => keys.forEach((key) => (controls[key] = toControl(state[key]))),
  })
  const kind = (key: keyof S & string) => filters[key] as FilterKind
  const cleared = keys.filter((key) => kind(key) !== 'value')
  const empty = (key: keyof S & string) => (kind(key) === 'text' ? '' : null)
  return {
    ...list,
    controls,
    apply: (...changed: (keyof S & string)[]) =>
      list.applyFilters(Object.fromEntries(changed.map((key) => [key, fromControl(kind(key), controls[key])])) as Partial<Omit<S, 'page'>>),
    hasFilters: computed(() => cleared.some((key) => list.state.value[key] !== empty(key))),
    clearLink: computed(() => list.filtersLink(Object.fromEntries(cleared.map((key) => [key, empty(key)])) as Partial<Omit<S, 'page'>>)),
  }
}
