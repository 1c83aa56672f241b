import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { ProblemError, type Versioned } from '@/api/client'
import { setLocale } from '@/i18n'
import { useEditableResource, type EditableResource } from './useEditableResource'

interface Thing {
  id: number
  name: string
}

const thing = (id: number, name = `Ting ${id}`): Thing => ({ id, name })
const problem = (status: number, extra: object = {}) => new ProblemError({ type: 'about:blank', title: `Svar ${status}`, status, ...extra })

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

type Fetch = (id: number, signal: AbortSignal) => Promise<Versioned<Thing>>

/** Mounts a page that only holds the composable's state, for the record with `id`. */
async function mountEditable(fetch: Fetch, id = '7', onLoaded?: (data: Thing) => void) {
  let state!: EditableResource<Thing>
  const Page = defineComponent({
    props: { id: { type: String, required: true } },
    setup(props) {
      state = useEditableResource<Thing>({ id: () => props.id, fetch, onLoaded })
      return () => h('div')
    },
  })
  const wrapper = mount(Page, { props: { id } })
  await flushPromises()
  return { wrapper, state }
}

const loaded = (id: number, etag: string): Fetch => vi.fn(async () => ({ data: thing(id), etag }))

describe('useEditableResource: loading', () => {
  it('loads the record for the route id with its ETag and hands it to the page', async () => {
    const fetch = loaded(7, '"v0"')
    const onLoaded = vi.fn()
    const { state } = await mountEditable(fetch, '7', onLoaded)

    expect(fetch).toHaveBeenCalledWith(7, expect.any(AbortSignal))
    expect(state.resource.value).toEqual(thing(7))
    expect(state.etag.value).toBe('"v0"')
    expect(state.loading.value).toBe(false)
    expect(state.notFound.value).toBe(false)
    expect(onLoaded).toHaveBeenCalledWith(thing(7))
  })

  it.each(['abc', '0', '-3', '1234567890123456'])('takes the id %s as not found without asking the API', async (id) => {
    const fetch = loaded(7, '"v0"')
    const { state } = await mountEditable(fetch, id)
    expect(fetch).not.toHaveBeenCalled()
    expect(state.notFound.value).toBe(true)
    expect(state.loading.value).toBe(false)
  })

  it('takes a 404 as not found', async () => {
    const { state } = await mountEditable(vi.fn(async () => Promise.reject(problem(404))))
    expect(state.notFound.value).toBe(true)
    expect(state.loadProblem.value).toBeNull()
    expect(state.resource.value).toBeNull()
  })

  it('keeps any other problem for the page to show, and loads again on retry', async () => {
    const fetch = vi.fn<Fetch>().mockRejectedValueOnce(problem(503)).mockResolvedValueOnce({ data: thing(7), etag: '"v0"' })
    const { state } = await mountEditable(fetch)
    expect(state.loadProblem.value?.status).toBe(503)
    expect(state.notFound.value).toBe(false)

    await state.load()
    expect(state.loadProblem.value).toBeNull()
    expect(state.resource.value).toEqual(thing(7))
  })

  it('turns an unreadable failure into the unexpected problem', async () => {
    setLocale('da')
    const { state } = await mountEditable(vi.fn(async () => Promise.reject(new Error('boom'))))
    expect(state.loadProblem.value?.type).toBe('urn:samspil:problem:unexpected')
  })

  it('cancels the load for the previous id when the id changes, and ignores its late answer', async () => {
    const first = deferred<Versioned<Thing>>()
    const signals: AbortSignal[] = []
    const fetch = vi.fn<Fetch>((id, signal) => {
      signals.push(signal)
      return id === 7 ? first.promise : Promise.resolve({ data: thing(8), etag: '"v8"' })
    })
    const { wrapper, state } = await mountEditable(fetch, '7')
    expect(state.loading.value).toBe(true)

    await wrapper.setProps({ id: '8' })
    expect(signals[0]?.aborted).toBe(true)
    await flushPromises()
    expect(state.resource.value).toEqual(thing(8))

    first.resolve({ data: thing(7), etag: '"v7"' })
    await flushPromises()
    expect(state.resource.value).toEqual(thing(8))
    expect(state.etag.value).toBe('"v8"')
    expect(state.loading.value).toBe(false)
  })

  it('cancels a load still under way when the page goes away', async () => {
    const signals: AbortSignal[] = []
    const fetch = vi.fn<Fetch>((_id, signal) => {
      signals.push(signal)
      return new Promise(() => {})
    })
    const { wrapper } = await mountEditable(fetch)
    wrapper.unmount()
    expect(signals[0]?.aborted).toBe(true)
  })

  it('loads a singleton without an id, and takes even its 404 as a problem', async () => {
    let state!: EditableResource<Thing>
    const fetch = vi.fn(async (_signal: AbortSignal): Promise<Versioned<Thing>> => Promise.reject(problem(404)))
    mount(
      defineComponent({
        setup() {
          state = useEditableResource<Thing>({ fetch })
          return () => h('div')
        },
      }),
    )
    await flushPromises()
    expect(fetch).toHaveBeenCalledWith(expect.any(AbortSignal))
    expect(state.notFound.value).toBe(false)
    expect(state.loadProblem.value?.status).toBe(404)
  })
})

describe('useEditableResource: saving', () => {
  it('sends the change with the ETag it loaded, as If-Match', async () => {
    const { state } = await mountEditable(loaded(7, '"v0"'))
    const run = vi.fn(async () => {})
    await state.save(run)
    expect(run).toHaveBeenCalledWith(thing(7), '"v0"')
    expect(state.saving.value).toBe(false)
    expect(state.saveProblem.value).toBeNull()
  })

  it('takes a version another action answered with, so the next change is sent with its ETag', async () => {
    const onLoaded = vi.fn()
    const { state } = await mountEditable(loaded(7, '"v0"'), '7', onLoaded)
    await state.adopt({ data: thing(7, 'Ny'), etag: '"v1"' })
    expect(state.resource.value).toEqual(thing(7, 'Ny'))
    expect(onLoaded).toHaveBeenLastCalledWith(thing(7, 'Ny'))
    const run = vi.fn(async () => {})
    await state.save(run)
    expect(run).toHaveBeenCalledWith(thing(7, 'Ny'), '"v1"')
  })

  it('sends If-Match: * when the API gave no ETag', async () => {
    const { state } = await mountEditable(vi.fn(async () => ({ data: thing(7), etag: null })))
    const run = vi.fn(async () => {})
    await state.save(run)
    expect(run).toHaveBeenCalledWith(thing(7), '*')
  })

  it('says saving while the change is under way, and sends only one at a time', async () => {
    const { state } = await mountEditable(loaded(7, '"v0"'))
    const answer = deferred<void>()
    const run = vi.fn(() => answer.promise)
    const saving = state.save(run)
    expect(state.saving.value).toBe(true)
    await state.save(run)
    expect(run).toHaveBeenCalledTimes(1)
    answer.resolve()
    await saving
    expect(state.saving.value).toBe(false)
  })

  it('sends nothing while the local check finds errors, and shows them like the API would', async () => {
    setLocale('da')
    const { state } = await mountEditable(loaded(7, '"v0"'))
    const run = vi.fn(async () => {})
    await state.save(run, (current) => [{ field: 'name', message: `Navn mangler på ${current.id}` }])
    expect(run).not.toHaveBeenCalled()
    expect(state.saveProblem.value).toEqual({
      type: 'about:blank',
      title: 'Der er fejl i formularen',
      status: 400,
      errors: [{ field: 'name', message: 'Navn mangler på 7' }],
    })
  })

  it('keeps the API\'s problem for the form to show', async () => {
    const { state } = await mountEditable(loaded(7, '"v0"'))
    await state.save(async () => Promise.reject(problem(400, { errors: [{ field: 'name', message: 'for lang' }] })))
    expect(state.saveProblem.value?.errors).toEqual([{ field: 'name', message: 'for lang' }])
    expect(state.stale.value).toBe(false)
  })

  it('after a 412 is stale: saving waits until the newest version is loaded, then uses its ETag', async () => {
    const fetch = vi
      .fn<Fetch>()
      .mockResolvedValueOnce({ data: thing(7), etag: '"v0"' })
      .mockResolvedValueOnce({ data: thing(7, 'Ændret'), etag: '"v2"' })
    const { state } = await mountEditable(fetch)
    await state.save(async () => Promise.reject(problem(412)))
    expect(state.stale.value).toBe(true)
    expect(state.staleDismissed.value).toBe(false)
    expect(state.saveProblem.value).toBeNull()

    state.dismissStale()
    expect(state.staleDismissed.value).toBe(true)
    const run = vi.fn(async () => {})
    await state.save(run)
    expect(run).not.toHaveBeenCalled()

    await state.load()
    expect(state.stale.value).toBe(false)
    expect(state.staleDismissed.value).toBe(false)
    await state.save(run)
    expect(run).toHaveBeenCalledWith(thing(7, 'Ændret'), '"v2"')
  })

  it('keeps a version the save answered with, so the next save sends its ETag', async () => {
    const onLoaded = vi.fn()
    const { state } = await mountEditable(loaded(7, '"v0"'), '7', onLoaded)
    await state.save(async () => ({ data: thing(7, 'Nyt navn'), etag: '"v1"' }))
    expect(state.resource.value).toEqual(thing(7, 'Nyt navn'))
    expect(onLoaded).toHaveBeenLastCalledWith(thing(7, 'Nyt navn'))
    const run = vi.fn(async () => {})
    await state.save(run)
    expect(run).toHaveBeenCalledWith(thing(7, 'Nyt navn'), '"v1"')
  })

  it('forgets the last save problem when loading again', async () => {
    const { state } = await mountEditable(loaded(7, '"v0"'))
    await state.save(async () => Promise.reject(problem(400)))
    expect(state.saveProblem.value).not.toBeNull()
    await state.load()
    expect(state.saveProblem.value).toBeNull()
  })
})

describe('useEditableResource: deleting', () => {
  it('asks first, then deletes with the ETag', async () => {
    const { state } = await mountEditable(loaded(7, '"v0"'))
    state.startDelete()
    expect(state.confirmingDelete.value).toBe(true)
    const run = vi.fn(async () => {})
    await state.confirmDelete(run)
    expect(run).toHaveBeenCalledWith(thing(7), '"v0"')
    expect(state.deleting.value).toBe(false)
    expect(state.deleteProblem.value).toBeNull()
  })

  it('can be cancelled', async () => {
    const { state } = await mountEditable(loaded(7, '"v0"'))
    state.startDelete()
    state.cancelDelete()
    expect(state.confirmingDelete.value).toBe(false)
  })

  it('keeps a refusal (409 with references) and closes the question; asking again clears it', async () => {
    const { state } = await mountEditable(loaded(7, '"v0"'))
    state.startDelete()
    await state.confirmDelete(async () => Promise.reject(problem(409, { references: [{ entity: 'contact', count: 2 }] })))
    expect(state.confirmingDelete.value).toBe(false)
    expect(state.deleteProblem.value?.references).toEqual([{ entity: 'contact', count: 2 }])

    state.startDelete()
    expect(state.deleteProblem.value).toBeNull()
  })

  it('after a 412 is stale instead of showing a problem', async () => {
    const { state } = await mountEditable(loaded(7, '"v0"'))
    state.startDelete()
    await state.confirmDelete(async () => Promise.reject(problem(412)))
    expect(state.stale.value).toBe(true)
    expect(state.confirmingDelete.value).toBe(false)
    expect(state.deleteProblem.value).toBeNull()
  })

  it('deletes only once while a delete is under way', async () => {
    const { state } = await mountEditable(loaded(7, '"v0"'))
    const answer = deferred<void>()
    const run = vi.fn(() => answer.promise)
    state.startDelete()
    const deleting = state.confirmDelete(run)
    expect(state.deleting.value).toBe(true)
    await state.confirmDelete(run)
    expect(run).toHaveBeenCalledTimes(1)
    answer.resolve()
    await deleting
  })
})
