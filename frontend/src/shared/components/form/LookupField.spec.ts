import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/i18n'
import type { Choice } from './choices'
import LookupField from './LookupField.vue'

const PEOPLE: Choice[] = [
  { value: '3', label: 'Anne Andersen (anne@example.dk)' },
  { value: '8', label: 'Anders Berg (anders@example.dk)' },
  { value: '9', label: 'Birgit Holm (birgit@example.dk)' },
]

const search = vi.fn((q: string) => Promise.resolve(PEOPLE.filter((p) => p.label.toLowerCase().includes(q.toLowerCase()))))

function mountField(props: Record<string, unknown> = {}) {
  const wrapper = mount(LookupField, {
    props: {
      id: 'who',
      label: 'Person',
      search,
      modelValue: '',
      'onUpdate:modelValue': (value: string) => wrapper.setProps({ modelValue: value }),
      ...props,
    },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  return wrapper
}

async function type(wrapper: ReturnType<typeof mountField>, text: string) {
  const input = wrapper.get('input')
  await input.trigger('focus')
  await input.setValue(text)
  await vi.advanceTimersByTimeAsync(200)
  await flushPromises()
}

beforeEach(() => {
  setLocale('da')
  vi.useFakeTimers()
  search.mockClear()
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('LookupField', () => {
  it('lists what matches the typed text once typing pauses, and says how many', async () => {
    const wrapper = mountField()
    await type(wrapper, 'and')
    expect(search).toHaveBeenCalledTimes(1)
    expect(search.mock.calls[0]![0]).toBe('and')
    const input = wrapper.get('input')
    expect(input.attributes('role')).toBe('combobox')
    expect(input.attributes('aria-expanded')).toBe('true')
    expect(wrapper.findAll('[role="option"]').map((o) => o.text())).toEqual([PEOPLE[0]!.label, PEOPLE[1]!.label])
    expect(wrapper.get('[role="status"]').text()).toBe('2 valgmuligheder')
  })

  it('chooses with the arrows and Enter: the value is the id, the field shows the name', async () => {
    const wrapper = mountField()
    await type(wrapper, 'and')
    const input = wrapper.get('input')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-activedescendant')).toBe('who-option-1')
    await input.trigger('keydown', { key: 'Enter' })
    expect(wrapper.props('modelValue')).toBe('8')
    expect(input.element.value).toBe(PEOPLE[1]!.label)
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('chooses with a click', async () => {
    const wrapper = mountField()
    await type(wrapper, 'birgit')
    await wrapper.get('[role="option"]').trigger('click')
    expect(wrapper.props('modelValue')).toBe('9')
  })

  it('goes back to what was chosen when left half-typed, and chooses none when emptied', async () => {
    const wrapper = mountField({ modelValue: '3', chosen: PEOPLE[0] })
    const input = wrapper.get('input')
    expect(input.element.value).toBe(PEOPLE[0]!.label)
    await type(wrapper, 'bir')
    await input.trigger('blur')
    expect(input.element.value).toBe(PEOPLE[0]!.label)
    expect(wrapper.props('modelValue')).toBe('3')

    await type(wrapper, '')
    expect(wrapper.props('modelValue')).toBe('')
    await input.trigger('blur')
    expect(input.element.value).toBe('')
  })

  it('names a value it is given once its item is known, and never with another item’s name', async () => {
    const wrapper = mountField({ modelValue: '9', chosen: null })
    const input = wrapper.get('input')
    expect(input.element.value).toBe('')
    await wrapper.setProps({ chosen: PEOPLE[0] })
    expect(input.element.value).toBe('')
    await wrapper.setProps({ chosen: PEOPLE[2] })
    expect(input.element.value).toBe(PEOPLE[2]!.label)
  })

  it('says so when nothing matches, and leaves Enter to the form when nothing is highlighted', async () => {
    const wrapper = mountField()
    await type(wrapper, 'zzz')
    expect(wrapper.get('[role="status"]').text()).toBe('Ingen fundet')
    expect(wrapper.get('input').attributes('aria-expanded')).toBe('false')
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true })
    wrapper.get('input').element.dispatchEvent(enter)
    expect(enter.defaultPrevented).toBe(false)
  })
})
