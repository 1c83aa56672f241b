import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { ProblemError } from '@/api/client'
import { setLocale } from '@/i18n'
import { changeListState, shownRange, useListPage, type ListPage } from './useListPage'

interface State {
  q: string
  page: number
}

interface Page {
  items: string[]
  page: number
  totalPages: number
}

const fromQuery = (query: LocationQuery): State => ({
  q: typeof query.q === 'string' ? query.q : '',
  page: typeof query.page === 'string' && /^\d+$/.test(query.page) ? Number(query.page) : 1,
})

function toQuery(state: State): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q) query.q = state.q
  if (state.page > 1) query.page = String(state.page)
  return query
}

const answer = (state: State, totalPages = 5): Page => ({ items: [`${state.q}:${state.page}`], page: state.page, totalPages })

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

type Fetch = (state: State, signal: AbortSignal) => Promise<Page>

/** Mounts a page at `url` that only holds the composable's state. */
async function mountList(fetch: Fetch, url = '/list', extra: { clampToLastPage?: boolean; onState?: (s: State) => void } = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/list', name: 'list', component: { render: () => null } },
      { path: '/elsewhere', name: 'elsewhere', component: { render: () => null } },
    ],
  })
  await router.push(url)
  await router.isReady()
  let list!: ListPage<State, Page>
  const Page = defineComponent({
    setup() {
      list = useListPage<State, Page>({ routeName: 'list', fromQuery, toQuery, fetch, ...extra })
      return () => h('div')
    },
  })
  const wrapper = mount(Page, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router, list }
}

describe('useListPage', () => {
  it('loads the page the URL names and hands the state to the page', async () => {
    const fetch = vi.fn<Fetch>(async (s) => answer(s))
    const onState = vi.fn()
    const { list } = await mountList(fetch, '/list?q=bog&page=2', { onState })

    expect(fetch).toHaveBeenCalledWith({ q: 'bog', page: 2 }, expect.any(AbortSignal))
    expect(list.state.value).toEqual({ q: 'bog', page: 2 })
    expect(list.result.value?.items).toEqual(['bog:2'])
    expect(list.loading.value).toBe(false)
    expect(list.problem.value).toBeNull()
    expect(onState).toHaveBeenCalledWith({ q: 'bog', page: 2 })
  })

  it('loads again when the route query changes, and not when it only looks different', async () => {
    const fetch = vi.fn<Fetch>(async (s) => answer(s))
    const { router, list } = await mountList(fetch)

    await router.push('/list?q=musik')
    await flushPromises()
    expect(fetch).toHaveBeenLastCalledWith({ q: 'musik', page: 1 }, expect.any(AbortSignal))
    expect(list.result.value?.items).toEqual(['musik:1'])

    // page=1 is the default: the same list as before.
    await router.push('/list?q=musik&page=1')
    await flushPromises()
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('ignores the query of the route the user is leaving to', async () => {
    const fetch = vi.fn<Fetch>(async (s) => answer(s))
    const { router } = await mountList(fetch)
    await router.push('/elsewhere?q=andet')
    await flushPromises()
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('aborts the previous load, and its late answer never replaces the newer one', async () => {
    const first = deferred<Page>()
    const signals: AbortSignal[] = []
    const fetch = vi.fn<Fetch>((s, signal) => {
      signals.push(signal)
      return s.q === '' ? first.promise : Promise.resolve(answer(s))
    })
    const { router, list } = await mountList(fetch)
    expect(list.loading.value).toBe(true)

    await router.push('/list?q=ny')
    await flushPromises()
    expect(signals[0]!.aborted).toBe(true)
    expect(list.result.value?.items).toEqual(['ny:1'])

    first.resolve(answer({ q: '', page: 1 }))
    await flushPromises()
    expect(list.result.value?.items).toEqual(['ny:1'])
    expect(list.loading.value).toBe(false)
  })

  it('keeps the filters when the page changes', async () => {
    const fetch = vi.fn<Fetch>(async (s) => answer(s))
    const { router, list } = await mountList(fetch, '/list?q=bog')

    list.setPage(3)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'bog', page: '3' })
    expect(fetch).toHaveBeenLastCalledWith({ q: 'bog', page: 3 }, expect.any(AbortSignal))
    expect(list.pageLink(4)).toEqual({ name: 'list', query: { q: 'bog', page: '4' } })
  })

  it('starts again at page 1 when a filter changes', async () => {
    const fetch = vi.fn<Fetch>(async (s) => answer(s))
    const { router, list } = await mountList(fetch, '/list?q=bog&page=3')

    list.applyFilters({ q: 'film' })
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'film' })
    expect(fetch).toHaveBeenLastCalledWith({ q: 'film', page: 1 }, expect.any(AbortSignal))
    expect(list.filtersLink({ q: '' })).toEqual({ name: 'list', query: {} })
  })

  it('shows the last page instead of a page past the end', async () => {
    const fetch = vi.fn<Fetch>(async (s) => answer(s, 2))
    const { router, list } = await mountList(fetch, '/list?q=bog&page=9')

    expect(router.currentRoute.value.query).toEqual({ q: 'bog', page: '2' })
    expect(list.result.value?.items).toEqual(['bog:2'])
  })

  it('can leave a page past the end as the API answers it', async () => {
    const fetch = vi.fn<Fetch>(async (s) => ({ items: [], page: s.page, totalPages: 2 }))
    const { router, list } = await mountList(fetch, '/list?page=9', { clampToLastPage: false })

    expect(router.currentRoute.value.query).toEqual({ page: '9' })
    expect(list.result.value).toEqual({ items: [], page: 9, totalPages: 2 })
  })

  it('sets the problem when a load fails, and reload tries again', async () => {
    setLocale('da')
    const fetch = vi
      .fn<Fetch>()
      .mockRejectedValueOnce(new ProblemError({ type: 'about:blank', title: 'Fejl', status: 503, detail: 'Prøv igen' }))
      .mockImplementation(async (s) => answer(s))
    const { list } = await mountList(fetch, '/list?q=bog')

    expect(list.problem.value?.detail).toBe('Prøv igen')
    expect(list.result.value).toBeNull()
    expect(list.loading.value).toBe(false)

    list.reload()
    await flushPromises()
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(fetch).toHaveBeenLastCalledWith({ q: 'bog', page: 1 }, expect.any(AbortSignal))
    expect(list.problem.value).toBeNull()
    expect(list.result.value?.items).toEqual(['bog:1'])
  })

  it('gives a general problem for a failure that is not the API answering', async () => {
    const fetch = vi.fn<Fetch>().mockRejectedValue(new TypeError('Failed to fetch'))
    const { list } = await mountList(fetch)
    expect(list.problem.value).not.toBeNull()
    expect(list.result.value).toBeNull()
  })

  it('aborts the load under way when the page goes away', async () => {
    let signal: AbortSignal | undefined
    const fetch = vi.fn<Fetch>((_s, s) => {
      signal = s
      return new Promise<Page>(() => {})
    })
    const { wrapper } = await mountList(fetch)
    wrapper.unmount()
    expect(signal?.aborted).toBe(true)
  })
})

describe('changeListState', () => {
  it('keeps the filters on a page change and keeps the page within bounds', () => {
    expect(changeListState({ q: 'a', page: 2 }, { page: 5 })).toEqual({ q: 'a', page: 5 })
    expect(changeListState({ q: 'a', page: 2 }, { page: 0 })).toEqual({ q: 'a', page: 1 })
    expect(changeListState({ q: 'a', page: 2 }, { page: 2.7 })).toEqual({ q: 'a', page: 2 })
  })

  it('starts again at page 1 on a filter change', () => {
    expect(changeListState<State>({ q: 'a', page: 4 }, { q: 'b' })).toEqual({ q: 'b', page: 1 })
  })
})

describe('shownRange', () => {
  const format = (value: number) => `#${value}`

  it('counts the rows on the page from the page size', () => {
    expect(shownRange({ items: ['a', 'b'], page: 3, size: 20, totalItems: 42 }, format)).toEqual({
      from: '#41',
      to: '#42',
      total: '#42',
    })
  })

  it('is null when no rows show', () => {
    expect(shownRange(null, format)).toBeNull()
    expect(shownRange({ items: [], page: 1, size: 20, totalItems: 0 }, format)).toBeNull()
    expect(shownRange({ items: [], page: 9, size: 20, totalItems: 5 }, format)).toBeNull()
  })
})
