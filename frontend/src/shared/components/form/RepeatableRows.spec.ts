import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { i18n, setLocale } from '@/i18n'
import RepeatableRows from './RepeatableRows.vue'

beforeEach(() => setLocale('da'))
afterEach(() => {
  document.body.innerHTML = ''
})

interface LinkRow {
  key: number
  url: string
}

let lastKey = 0
const newRow = (): LinkRow => ({ key: ++lastKey, url: '' })

/** A form with a list of links, one input per row. */
function mountRows(start: string[], error: string | null = null) {
  const rows = ref<LinkRow[]>(start.map((url) => ({ ...newRow(), url })))
  const Form = defineComponent({
    setup() {
      return () =>
        h(
          RepeatableRows<LinkRow>,
          {
            id: 'toolbox-links',
            legend: 'Links',
            error,
            modelValue: rows.value,
            rowLabel: (i: number) => `Link ${i + 1}`,
            rowTestid: (i: number) => `link-row-${i}`,
            removeLabel: (i: number) => `Fjern link ${i + 1}`,
            addLabel: 'Tilføj link',
            max: 3,
            newRow,
            firstInputId: (i: number) => `toolbox-links-${i}-url`,
          },
          {
            row: ({ row, index }: { row: LinkRow; index: number }) =>
              h('input', {
                id: `toolbox-links-${index}-url`,
                value: row.url,
                onInput: (e: Event) => (row.url = (e.target as HTMLInputElement).value),
              }),
          },
        )
    },
  })
  const wrapper = mount(Form, { global: { plugins: [i18n] }, attachTo: document.body })
  return { wrapper, rows }
}

describe('RepeatableRows', () => {
  it('shows each row under its own legend with its inputs and a remove button', () => {
    const { wrapper } = mountRows(['https://a.dk', 'https://b.dk'])
    expect(wrapper.get('legend').text()).toBe('Links')
    const second = wrapper.get('[data-testid="link-row-1"]')
    expect(second.get('legend').text()).toBe('Link 2')
    expect((second.get('input').element as HTMLInputElement).value).toBe('https://b.dk')
    expect(second.get('button').text()).toBe('Fjern link 2')
  })

  it('adds a row and moves focus to its first input', async () => {
    const { wrapper, rows } = mountRows(['https://a.dk'])
    await wrapper.get('#toolbox-links-add').trigger('click')
    await flushPromises()
    expect(rows.value).toHaveLength(2)
    expect(wrapper.find('[data-testid="link-row-1"]').exists()).toBe(true)
    expect(document.activeElement?.id).toBe('toolbox-links-1-url')
  })

  it('removes the chosen row, keeps the others, and moves focus to the add button', async () => {
    const { wrapper, rows } = mountRows(['https://a.dk', 'https://b.dk', 'https://c.dk'])
    await wrapper.get('[data-testid="link-row-1"]').get('button').trigger('click')
    await flushPromises()
    expect(rows.value.map((r) => r.url)).toEqual(['https://a.dk', 'https://c.dk'])
    expect(document.activeElement?.id).toBe('toolbox-links-add')
  })

  it('offers no more rows than allowed, and shows the list\'s own error', () => {
    const { wrapper } = mountRows(['a', 'b', 'c'], 'Højst 3 links.')
    expect(wrapper.get('#toolbox-links-add').attributes('disabled')).toBeDefined()
    expect(wrapper.get('#toolbox-links').text()).toContain('Højst 3 links.')
  })
})
