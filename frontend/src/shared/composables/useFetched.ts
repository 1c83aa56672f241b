import { computed, onBeforeUnmount, ref, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { isAbortError, isProblemError, problemOf, type Problem } from '@/api/client'

/**
 * The one abortable load every page and composable goes through: a request that the next one
 * replaces. Starting a request aborts the one still under way, and leaving the page aborts the
 * last, so a slow answer never lands after a newer one or on a page that is gone.
 */
export interface LatestRequest {
  /** A request is under way. */
  loading: Ref<boolean>
  /**
   * Runs `task` with a fresh signal. Its value goes to `done` (awaited, so the page is filled
   * before loading ends), its failure to `failed`; a request that was replaced or aborted
   * reaches neither.
   */
  run<T>(task: (signal: AbortSignal) => Promise<T>, done: (value: T) => unknown, failed: (error: unknown) => void): Promise<void>
  /** Aborts the request under way, if any; nothing is loading afterwards. */
  cancel(): void
}

export function useLatestRequest(loadingAtStart = true): LatestRequest {
  const loading = ref(loadingAtStart)
  let controller: AbortController | null = null

  async function run<T>(
    task: (signal: AbortSignal) => Promise<T>,
    done: (value: T) => unknown,
    failed: (error: unknown) => void,
  ): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    loading.value = true
    try {
      const value = await task(current.signal)
      if (!current.signal.aborted) await done(value)
    } catch (error) {
      if (!current.signal.aborted && !isAbortError(error)) failed(error)
    } finally {
      if (controller === current) {
        controller = null
        loading.value = false
      }
    }
  }

  function cancel(): void {
    controller?.abort()
    controller = null
    loading.value = false
  }

  onBeforeUnmount(() => controller?.abort())
  return { loading, run, cancel }
}

export interface Fetched<T> {
  data: ShallowRef<T | null>
  loading: Ref<boolean>
  /** The API answered 404, or the key could not name anything. */
  notFound: Ref<boolean>
  problem: Ref<Problem | null>
  /** Loads the current key again (e.g. "try again", or after a change). */
  reload: () => Promise<void>
}

export interface FetchedOptions<K, T> {
  /** Stops keys the API could not know (an empty slug) without asking it: they are "not found". */
  valid?: (key: K) => boolean
  /** A 404 means "not found" (a page about one thing; the default), or, when false, a problem like any other. */
  notFound?: boolean
  /**
   * Keeps the last value while the next one loads, and after a failure (the page shows the
   * problem in its place). By default each load starts empty (a page about one thing).
   */
  keep?: boolean
  /** Called with each value as it arrives, before loading ends (e.g. to fill a form with it). */
  onLoaded?: (value: T, key: K) => unknown
}

/**
 * Loads what a page or section shows, and loads it again when its key (a slug, an id, the
 * page number in the URL, several of them) changes. Without a key it loads once.
 */
export function useFetched<T>(fetcher: (signal: AbortSignal) => Promise<T>, options?: FetchedOptions<undefined, T>): Fetched<T>
export function useFetched<K, T>(
  key: () => K,
  fetcher: (key: K, signal: AbortSignal) => Promise<T>,
  options?: FetchedOptions<K, T>,
): Fetched<T>
export function useFetched<K, T>(
  ...args:
    | [(signal: AbortSignal) => Promise<T>, FetchedOptions<K, T>?]
    | [() => K, (key: K, signal: AbortSignal) => Promise<T>, FetchedOptions<K, T>?]
): Fetched<T> {
  const keyed = typeof args[1] === 'function'
  const key = keyed ? (args[0] as () => K) : () => undefined as K
  const fetcher = keyed
    ? (args[1] as (key: K, signal: AbortSignal) => Promise<T>)
    : (_: K, signal: AbortSignal) => (args[0] as (signal: AbortSignal) => Promise<T>)(signal)
  const options = ((keyed ? args[2] : args[1]) ?? {}) as FetchedOptions<K, T>
  const valid = options.valid ?? (() => true)
  const notFoundOn404 = options.notFound ?? true

  const data = shallowRef<T | null>(null)
  const notFound = ref(false)
  const problem = ref<Problem | null>(null)
  const request = useLatestRequest()

  async function load(k: K): Promise<void> {
    if (!options.keep) data.value = null
    notFound.value = false
    problem.value = null
    if (!valid(k)) {
      request.cancel()
      data.value = null
      notFound.value = true
      return
    }
    await request.run(
      (signal) => fetcher(k, signal),
      async (value) => {
        data.value = value
        await options.onLoaded?.(value, k)
      },
      (error) => {
        if (notFoundOn404 && isProblemError(error) && error.status === 404) notFound.value = true
        else problem.value = problemOf(error)
      },
    )
  }

  watch(key, (k) => void load(k), { immediate: true })

  return { data, loading: request.loading, notFound, problem, reload: () => load(key()) }
}

/** One page of a list, as the API pages it. */
export interface MorePage<T> {
  items: T[]
  page: number
  totalPages: number
}

export interface MorePages<T> {
  /** Every item of the pages loaded so far. */
  items: Ref<T[]>
  loading: Ref<boolean>
  problem: Ref<Problem | null>
  /** There are pages not loaded yet. */
  hasMore: ComputedRef<boolean>
  /** Loads the next page and adds its items. */
  more: () => Promise<void>
  /** Asks again for the page that failed. */
  retry: () => Promise<void>
}

/**
 * A list that grows by "show more": the first page, then one more at a time. A new key (another
 * library) starts again from the first page.
 */
export function useMorePages<K, T>(
  key: () => K,
  fetchPage: (key: K, page: number, signal: AbortSignal) => Promise<MorePage<T>>,
): MorePages<T> {
  const items = ref<T[]>([]) as Ref<T[]>
  const page = ref(0)
  const totalPages = ref(0)
  const problem = ref<Problem | null>(null)
  const request = useLatestRequest(false)
  /** The page the last request asked for. */
  let asked = 1

  function load(next: number): Promise<void> {
    asked = next
    problem.value = null
    return request.run(
      (signal) => fetchPage(key(), next, signal),
      (result) => {
        items.value = next === 1 ? result.items : [...items.value, ...result.items]
        page.value = result.page
        totalPages.value = result.totalPages
      },
      (error) => (problem.value = problemOf(error)),
    )
  }

  watch(
    key,
    () => {
      items.value = []
      page.value = 0
      totalPages.value = 0
      void load(1)
    },
    { immediate: true },
  )

  return {
    items,
    loading: request.loading,
    problem,
    hasMore: computed(() => page.value < totalPages.value),
    more: () => load(page.value + 1),
    retry: () => load(asked),
  }
}

/** Longer than any slug the API hands out; such a path cannot name anything. */
const MAX_SLUG_LENGTH = 200

export const isPossibleSlug = (slug: string): boolean => slug.trim() !== '' && slug.length <= MAX_SLUG_LENGTH

/** A route id: digits only, positive, and small enough to be exact as a number. */
export function parseId(raw: string): number | null {
  return /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null
}

export const isPossibleId = (id: string): boolean => parseId(id) !== null
