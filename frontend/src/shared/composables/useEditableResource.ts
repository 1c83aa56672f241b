import { ref, watch, type Ref } from 'vue'
import { isProblemError, problemOf, type FieldError, type Problem, type Versioned } from '@/api/client'
import { parseId, useLatestRequest } from './useFetched'
import { useSave } from './useSave'

interface CommonOptions<T> {
  /** Called with every version that is loaded (or saved in place), e.g. to fill the form with it. */
  onLoaded?: (data: T) => void | Promise<void>
}

/** A record found by the id in the route: a malformed id or a 404 is "not found". */
export interface ByIdOptions<T> extends CommonOptions<T> {
  /** The route's id; when it changes, the record is loaded again. */
  id: () => string
  fetch: (id: number, signal: AbortSignal) => Promise<Versioned<T>>
}

/** The one record of its kind (e.g. the goal): always there, so every failure is a problem. */
export interface SingletonOptions<T> extends CommonOptions<T> {
  fetch: (signal: AbortSignal) => Promise<Versioned<T>>
}

/** Sends a change with If-Match; a new version it resolves to replaces the loaded one. */
export type SaveRun<T> = (current: T, ifMatch: string) => Promise<Versioned<T> | void>
/** Deletes with If-Match. */
export type DeleteRun<T> = (current: T, ifMatch: string) => Promise<void>

export interface EditableResource<T> {
  /** The loaded record; null until the first load succeeds. */
  resource: Readonly<Ref<T | null>>
  etag: Readonly<Ref<string | null>>
  loading: Readonly<Ref<boolean>>
  notFound: Readonly<Ref<boolean>>
  loadProblem: Readonly<Ref<Problem | null>>

  saving: Readonly<Ref<boolean>>
  saveProblem: Readonly<Ref<Problem | null>>
  /** A save or delete answered 412: someone else saved first. Saving waits for the newest version. */
  stale: Readonly<Ref<boolean>>
  /** The user chose to keep their edits on screen; a smaller reminder stays. */
  staleDismissed: Readonly<Ref<boolean>>

  confirmingDelete: Readonly<Ref<boolean>>
  deleting: Readonly<Ref<boolean>>
  deleteProblem: Readonly<Ref<Problem | null>>

  /** (Re)loads the record, cancelling a load still under way, and forgets every earlier outcome. */
  load(): Promise<void>
  /** Runs `check`, then `run` with the loaded record and its ETag; not while stale or saving. */
  save(run: SaveRun<T>, check?: (current: T) => readonly FieldError[]): Promise<void>
  dismissStale(): void
  /**
   * Takes a version of the record that another action answered with (e.g. a new secret): it
   * becomes the loaded one, with its ETag, so the next save does not find it stale.
   */
  adopt(result: Versioned<T>): Promise<void>
  /** Asks for confirmation first; the page moves focus to the question. */
  startDelete(): void
  cancelDelete(): void
  confirmDelete(run: DeleteRun<T>): Promise<void>
}

export { parseId } from './useFetched'

/**
 * The state of an edit page: load a record with its ETag, save and delete it with If-Match.
 * A load is cancelled when a newer one starts or the page goes away, so a slow answer for an
 * earlier id never overwrites the record on screen.
 */
export function useEditableResource<T>(options: ByIdOptions<T>): EditableResource<T>
export function useEditableResource<T>(options: SingletonOptions<T>): EditableResource<T>
export function useEditableResource<T>(options: ByIdOptions<T> | SingletonOptions<T>): EditableResource<T> {
  const resource = ref<T | null>(null) as Ref<T | null>
  const etag = ref<string | null>(null)
  const notFound = ref(false)
  const loadProblem = ref<Problem | null>(null)
  const stale = ref(false)
  const staleDismissed = ref(false)
  const confirmingDelete = ref(false)
  const deleting = ref(false)
  const deleteProblem = ref<Problem | null>(null)

  function markStale(): void {
    stale.value = true
    staleDismissed.value = false
  }

  const saver = useSave({ onStale: markStale })
  const request = useLatestRequest()

  async function adopt(result: Versioned<T>): Promise<void> {
    resource.value = result.data
    etag.value = result.etag
    await options.onLoaded?.(result.data)
  }

  async function load(): Promise<void> {
    notFound.value = false
    loadProblem.value = null
    saver.reset()
    deleteProblem.value = null
    confirmingDelete.value = false
    stale.value = false
    staleDismissed.value = false
    const id = 'id' in options ? parseId(options.id()) : null
    if ('id' in options && id === null) {
      request.cancel()
      notFound.value = true
      return
    }
    await request.run(
      (signal) => ('id' in options ? options.fetch(id as number, signal) : options.fetch(signal)),
      adopt,
      (error) => {
        if ('id' in options && isProblemError(error) && error.status === 404) notFound.value = true
        else loadProblem.value = problemOf(error)
      },
    )
  }

  const ifMatch = () => etag.value ?? '*'

  function save(run: SaveRun<T>, check?: (current: T) => readonly FieldError[]): Promise<void> {
    const current = resource.value
    if (current === null || stale.value) return Promise.resolve()
    return saver.save(
      async () => {
        const saved = await run(current, ifMatch())
        if (saved) await adopt(saved)
      },
      check && (() => check(current)),
    )
  }

  function startDelete(): void {
    confirmingDelete.value = true
    deleteProblem.value = null
  }

  async function confirmDelete(run: DeleteRun<T>): Promise<void> {
    const current = resource.value
    if (current === null || deleting.value) return
    deleting.value = true
    deleteProblem.value = null
    try {
      await run(current, ifMatch())
    } catch (error) {
      confirmingDelete.value = false
      if (isProblemError(error) && error.status === 412) markStale()
      else deleteProblem.value = problemOf(error)
    } finally {
      deleting.value = false
    }
  }

  if ('id' in options) watch(options.id, load, { immediate: true })
  else void load()

  return {
    resource,
    etag,
    loading: request.loading,
    notFound,
    loadProblem,
    saving: saver.saving,
    saveProblem: saver.saveProblem,
    stale,
    staleDismissed,
    confirmingDelete,
    deleting,
    deleteProblem,
    load,
    save,
    dismissStale: () => {
      staleDismissed.value = true
    },
    adopt,
    startDelete,
    cancelDelete: () => {
      confirmingDelete.value = false
    },
    confirmDelete,
  }
}
