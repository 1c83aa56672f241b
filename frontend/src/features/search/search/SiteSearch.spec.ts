import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { i18n, setLocale } from '@/i18n'
import { createAppRouter } from '@/app/router'
import { fetchSuggestions, type SearchSuggestion } from './searchApi'
import SiteSearch from './SiteSearch.vue'

vi.mock('./searchApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./searchApi')>()),
  fetchSuggestions: vi.fn(),
}))

const suggestion = (type: SearchSuggestion['type'], id: number, title: string, route: string): SearchSuggestion => ({
  type,
  id,
  title,
  href: `/api/x/${id}`,
  route,
})
const SUGGESTIONS = [
  suggestion('GOOD_EXAMPLE', 4, 'Sansefortællingen', '/gode-eksempler/sansefortaellingen'),
  suggestion('LIBRARY', 7, 'Sønderborg Bibliotek', '/biblioteker/7'),
  suggestion('GOOD_EXAMPLE', 5, 'Sanselige rum', '/gode-eksempler/sanselige-rum'),
]

async function mountSearch() {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/')
  await router.isReady()
  const wrapper = mount(SiteSearch, { global: { plugins: [i18n, router] }, attachTo: document.body })
  const input = wrapper.get<HTMLInputElement>('[role="combobox"]')
  return { wrapper, router, input }
}

/** Types into the field and lets the pause before asking pass. */
async function type(input: Awaited<ReturnType<typeof mountSearch>>['input'], text: string) {
  await input.trigger('focus')
  await input.setValue(text)
  await vi.advanceTimersByTimeAsync(200)
  await flushPromises()
}

const options = (wrapper: Awaited<ReturnType<typeof mountSearch>>['wrapper']) => wrapper.findAll('[role="option"]')

// Each test's field listens for "/" on the document: it goes with its test.
enableAutoUnmount(afterEach)

beforeEach(() => {
  vi.useFakeTimers()
  setLocale('da')
  vi.mocked(fetchSuggestions).mockReset()
  vi.mocked(fetchSuggestions).mockResolvedValue({ query: 'sans', items: SUGGESTIONS })
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('SiteSearch', () => {
  it('is a combobox that controls a listbox, closed until there are suggestions', async () => {
    const { input } = await mountSearch()
    expect(input.attributes()).toMatchObject({ 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'site-search-listbox' })
    expect(input.attributes('aria-activedescendant')).toBeUndefined()
    expect(document.querySelector('label[for="site-search"]')?.textContent).toBe('Søg i Samspil')
  })

  it('asks once typing pauses, not for every key, and never for empty text', async () => {
    const { input } = await mountSearch()
    await input.trigger('focus')
    await input.setValue('s')
    await vi.advanceTimersByTimeAsync(100)
    await input.setValue('sa')
    await vi.advanceTimersByTimeAsync(100)
    await input.setValue('sans')
    expect(fetchSuggestions).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(200)
    expect(fetchSuggestions).toHaveBeenCalledTimes(1)
    expect(vi.mocked(fetchSuggestions).mock.calls[0]?.[0]).toBe('sans')

    await input.setValue('   ')
    await vi.advanceTimersByTimeAsync(500)
    expect(fetchSuggestions).toHaveBeenCalledTimes(1)
  })

  it('aborts the request under way when a newer one starts', async () => {
    const signals: AbortSignal[] = []
    vi.mocked(fetchSuggestions).mockImplementation((_q, signal) => {
      signals.push(signal!)
      return new Promise(() => {})
    })
    const { input } = await mountSearch()
    await type(input, 'san')
    await type(input, 'sans')
    expect(signals).toHaveLength(2)
    expect(signals[0]?.aborted).toBe(true)
    expect(signals[1]?.aborted).toBe(false)
  })

  it('shows the suggestions grouped under their kind and tells how many there are', async () => {
    const { wrapper, input } = await mountSearch()
    await type(input, 'sans')
    expect(input.attributes('aria-expanded')).toBe('true')
    const groups = wrapper.findAll('[role="group"]')
    expect(groups).toHaveLength(2)
    const heading = (group: (typeof groups)[number]) => document.getElementById(group.attributes('aria-labelledby')!)?.textContent?.trim()
    expect(groups.map(heading)).toEqual(['Gode eksempler', 'Biblioteker'])
    expect(options(wrapper).map((o) => o.text())).toEqual(['Sansefortællingen', 'Sanselige rum', 'Sønderborg Bibliotek'])
    expect(wrapper.get('[role="status"]').text()).toBe('3 forslag')
  })

  it('moves through the options with Down and Up, round at the ends, naming the highlighted one', async () => {
    const { wrapper, input } = await mountSearch()
    await type(input, 'sans')
    const highlighted = () => input.attributes('aria-activedescendant')
    const selected = () => options(wrapper).filter((o) => o.attributes('aria-selected') === 'true').map((o) => o.attributes('id'))

    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(highlighted()).toBe('site-search-option-0')
    expect(selected()).toEqual(['site-search-option-0'])
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(highlighted()).toBe('site-search-option-2')
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(highlighted()).toBe('site-search-option-0')
    await input.trigger('keydown', { key: 'ArrowUp' })
    expect(highlighted()).toBe('site-search-option-2')
  })

  it('opens the highlighted option on Enter and empties the field', async () => {
    const { router, input } = await mountSearch()
    const push = vi.spyOn(router, 'push')
    await type(input, 'sans')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Enter' })
    expect(push).toHaveBeenCalledExactlyOnceWith('/gode-eksempler/sanselige-rum')
    expect(input.element.value).toBe('')
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('opens the results page on Enter with nothing highlighted', async () => {
    const { router, input } = await mountSearch()
    const push = vi.spyOn(router, 'push')
    await type(input, 'grøn omstilling ')
    await input.trigger('keydown', { key: 'Enter' })
    expect(push).toHaveBeenCalledExactlyOnceWith({ name: 'search', query: { q: 'grøn omstilling' } })
  })

  it('opens an option that is clicked', async () => {
    const { wrapper, router, input } = await mountSearch()
    await type(input, 'sans')
    await options(wrapper)[2]!.trigger('click')
    await flushPromises()
    // Pages load on demand, so the navigation ends a few ticks later.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/biblioteker/7'))
  })

  it('closes the list on Escape, clears the field on a second Escape, and closes on blur', async () => {
    const { input } = await mountSearch()
    await type(input, 'sans')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Escape' })
    expect(input.attributes('aria-expanded')).toBe('false')
    expect(input.attributes('aria-activedescendant')).toBeUndefined()
    expect(input.element.value).toBe('sans')
    await input.trigger('keydown', { key: 'Escape' })
    expect(input.element.value).toBe('')

    await type(input, 'sans')
    expect(input.attributes('aria-expanded')).toBe('true')
    await input.trigger('blur')
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('takes focus on "/" pressed outside a field, and lets "/" be typed in other fields', async () => {
    const { input } = await mountSearch()
    const other = document.createElement('input')
    document.body.appendChild(other)

    other.focus()
    const typed = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    other.dispatchEvent(typed)
    expect(typed.defaultPrevented).toBe(false)
    expect(document.activeElement).toBe(other)

    other.blur()
    const pressed = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    document.body.dispatchEvent(pressed)
    expect(pressed.defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(input.element)
  })

  it('leaves "/" alone while a dialog is open over the page', async () => {
    const { input } = await mountSearch()
    const dialog = document.createElement('div')
    dialog.setAttribute('role', 'dialog')
    dialog.setAttribute('aria-modal', 'true')
    dialog.getClientRects = () => [new DOMRect(0, 0, 100, 100)] as unknown as DOMRectList
    document.body.appendChild(dialog)
    const pressed = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    document.body.dispatchEvent(pressed)
    expect(pressed.defaultPrevented).toBe(false)
    expect(document.activeElement).not.toBe(input.element)
  })
})
