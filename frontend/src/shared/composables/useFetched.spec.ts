import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref, type Ref } from 'vue'
import { ProblemError } from '@/api/client'
import { isPossibleSlug, useFetched, useMorePages, type Fetched, type FetchedOptions, type MorePages } from './useFetched'

const problem = (status: number) => new ProblemError({ type: 'about:blank', title: `Svar ${status}`, status })

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** Mounts a component that shows what the composable holds, the way a page would. */
function mountFetched<K, T>(key: Ref<K>, fetcher: (key: K, signal: AbortSignal) => Promise<T>, options?: FetchedOptions<K, T>) {
  let state!: Fetched<T>
  const Page = defineComponent({
    setup() {
      state = useFetched(() => key.value, fetcher, options)
      return () =>
        state.loading.value
          ? h('p', 'Henter …')
          : state.notFound.value
            ? h('p', 'Findes ikke')
            : state.problem.value
              ? h('p', state.problem.value.title)
              : h('p', String(state.data.value))
    },
  })
  const wrapper = mount(Page)
  return { wrapper, state }
}

describe('useFetched', () => {
  it('shows the loading state, then what the API answered', async () => {
    const answer = deferred<string>()
    const { wrapper } = mountFetched(ref('sommer'), () => answer.promise)
    expect(wrapper.text()).toBe('Henter …')
    answer.resolve('Sommertema')
    await flushPromises()
    expect(wrapper.text()).toBe('Sommertema')
  })

  it('loads again when the key changes, and a slow older answer never replaces the newer one', async () => {
    const answers = { a: deferred<string>(), b: deferred<string>() }
    const signals: AbortSignal[] = []
    const key = ref<'a' | 'b'>('a')
    const { wrapper } = mountFetched(key, (k, signal) => {
      signals.push(signal)
      return answers[k].promise
    })
    key.value = 'b'
    await flushPromises()
    expect(signals[0]?.aborted).toBe(true)
    answers.b.resolve('B')
    answers.a.resolve('A')
    await flushPromises()
    expect(wrapper.text()).toBe('B')
  })

  it('says "not found" for a 404 and for a key the API could not know, without asking it', async () => {
    const fetcher = vi.fn(async () => Promise.reject(problem(404)))
    const key = ref('findes-ikke')
    const { wrapper } = mountFetched(key, fetcher, { valid: isPossibleSlug })
    await flushPromises()
    expect(wrapper.text()).toBe('Findes ikke')

    key.value = '  '
    await flushPromises()
    expect(wrapper.text()).toBe('Findes ikke')
    expect(fetcher).toHaveBeenCalledTimes(1)
  })

  it('shows a 404 as a problem when the page is not about one thing', async () => {
    const { wrapper } = mountFetched(ref(1), async () => Promise.reject(problem(404)), { notFound: false })
    await flushPromises()
    expect(wrapper.text()).toBe('Svar 404')
  })

  it('keeps the last value while the next one loads when asked to, and beside a failure', async () => {
    const next = deferred<string>()
    const key = ref(1)
    const { state } = mountFetched(key, (k) => (k === 1 ? Promise.resolve('første side') : next.promise), { keep: true })
    await flushPromises()
    key.value = 2
    await flushPromises()
    expect(state.loading.value).toBe(true)
    expect(state.data.value).toBe('første side')
    next.reject(problem(500))
    await flushPromises()
    expect(state.data.value).toBe('første side')
    expect(state.problem.value?.title).toBe('Svar 500')
  })

  it('hands each value to onLoaded before loading ends, and loads again on reload', async () => {
    const seen: [string, boolean][] = []
    let count = 0
    const { state } = mountFetched(ref('k'), async () => `svar ${++count}`, {
      onLoaded: (value) => void seen.push([value, state.loading.value]),
    })
    await flushPromises()
    await state.reload()
    expect(seen).toEqual([
      ['svar 1', true],
      ['svar 2', true],
    ])
    expect(state.data.value).toBe('svar 2')
  })

  it('loads once without a key, and aborts what is under way when the page goes away', async () => {
    let signal: AbortSignal | null = null
    let state!: Fetched<string>
    const Page = defineComponent({
      setup() {
        state = useFetched((s) => {
          signal = s
          return new Promise<string>(() => undefined)
        })
        return () => h('div')
      },
    })
    const wrapper = mount(Page)
    expect(state.loading.value).toBe(true)
    wrapper.unmount()
    expect(signal!.aborted).toBe(true)
  })
})

describe('useMorePages', () => {
  /** 25 events for library 1, 3 for library 2, served 10 a page. */
  function pages() {
    return vi.fn(async (libraryId: number, page: number) => {
      const total = libraryId === 1 ? 25 : 3
      const all = Array.from({ length: total }, (_, i) => `${libraryId}-${i + 1}`)
      return { items: all.slice((page - 1) * 10, page * 10), page, totalPages: Math.ceil(total / 10) }
    })
  }

  function mountMore(libraryId: Ref<number>, fetchPage: (id: number, page: number, signal: AbortSignal) => Promise<{ items: string[]; page: number; totalPages: number }>) {
    let state!: MorePages<string>
    const Section = defineComponent({
      setup() {
        state = useMorePages(() => libraryId.value, fetchPage)
        return () => h('ul', state.items.value.map((item) => h('li', item)))
      },
    })
    return { wrapper: mount(Section), state }
  }

  it('shows the first page, adds the next ones on "more", and knows when there are no more', async () => {
    const { wrapper, state } = mountMore(ref(1), pages())
    await flushPromises()
    expect(wrapper.findAll('li')).toHaveLength(10)
    expect(state.hasMore.value).toBe(true)
    await state.more()
    await state.more()
    expect(wrapper.findAll('li')).toHaveLength(25)
    expect(wrapper.findAll('li').at(-1)?.text()).toBe('1-25')
    expect(state.hasMore.value).toBe(false)
  })

  it('starts again from the first page for another key', async () => {
    const libraryId = ref(1)
    const { wrapper } = mountMore(libraryId, pages())
    await flushPromises()
    libraryId.value = 2
    await flushPromises()
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(['2-1', '2-2', '2-3'])
  })

  it('keeps what it has when a page fails, and tries that page again', async () => {
    const fetchPage = pages()
    const { wrapper, state } = mountMore(ref(1), fetchPage)
    await flushPromises()
    fetchPage.mockRejectedValueOnce(problem(503))
    await state.more()
    expect(state.problem.value?.title).toBe('Svar 503')
    expect(wrapper.findAll('li')).toHaveLength(10)
    await state.retry()
    expect(state.problem.value).toBeNull()
    expect(wrapper.findAll('li')).toHaveLength(20)
  })
})
