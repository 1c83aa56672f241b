import { onBeforeUnmount, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { isAbortError, isProblemError, unexpectedProblem, type Problem } from '@/api/client'

export interface Fetched<T> {
  data: ShallowRef<T | null>
  loading: Ref<boolean>
  /** The API answered 404, or the key could not name anything. */
  notFound: Ref<boolean>
  problem: Ref<Problem | null>
  reload: () => void
}

/**
 * Loads one thing for a read-only page and loads it again when its key (a slug, an id)
 * changes. An older request is aborted, so a slow answer never replaces a newer one.
 * `valid` stops keys the API could not know (an empty slug) without asking it.
 */
export function useFetched<K, T>(
  key: () => K,
  fetcher: (key: K, signal: AbortSignal) => Promise<T>,
  valid: (key: K) => boolean = () => true,
): Fetched<T> {
  const data = shallowRef<T | null>(null)
  const loading = ref(true)
  const notFound = ref(false)
  const problem = ref<Problem | null>(null)
  let controller: AbortController | null = null

  async function load(k: K): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    data.value = null
    notFound.value = false
    problem.value = null
    if (!valid(k)) {
      notFound.value = true
      loading.value = false
      controller = null
      return
    }
    loading.value = true
    try {
      const value = await fetcher(k, current.signal)
      if (!current.signal.aborted) data.value = value
    } catch (error) {
      if (current.signal.aborted || isAbortError(error)) return
      if (isProblemError(error) && error.status === 404) notFound.value = true
      else problem.value = isProblemError(error) ? error.problem : unexpectedProblem()
    } finally {
      if (controller === current) {
        controller = null
        loading.value = false
      }
    }
  }

  watch(key, (k) => void load(k), { immediate: true })
  onBeforeUnmount(() => controller?.abort())

  return { data, loading, notFound, problem, reload: () => void load(key()) }
}

/** Longer than any slug the API hands out; such a path cannot name anything. */
const MAX_SLUG_LENGTH = 200

export const isPossibleSlug = (slug: string): boolean => slug.trim() !== '' && slug.length <= MAX_SLUG_LENGTH

export const isPossibleId = (id: string): boolean => /^\d{1,15}$/.test(id) && Number(id) > 0
