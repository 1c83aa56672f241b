import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, ref, type Component } from 'vue'
import type { Problem } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import RepeatableRows from './RepeatableRows.vue'
import SlugField from './SlugField.vue'
import TextField from './TextField.vue'
import { collectFieldErrors, contentErrorKey, contentFieldId, mapContentErrors, useContentForm } from './contentForm'

beforeEach(() => setLocale('da'))
afterEach(() => {
  document.body.innerHTML = ''
})

const problem = (errors: { field: string; message: string }[]): Problem => ({
  type: 'about:blank',
  title: 'Ugyldige data',
  status: 400,
  errors,
})

interface Milestone {
  key: number
  title: string
}
let lastKey = 0
const newMilestone = (): Milestone => ({ key: ++lastKey, title: '' })

/** A theme form cut down to a title, a slug and milestone rows, worded by themeAdmin. */
function mountForm(start: Problem | null) {
  const current = ref<Problem | null>(start)
  const values = ref({ title: '', slug: '', milestones: [newMilestone()] })
  const Form = defineComponent({
    // RepeatableRows is generic; the template fixes its rows to milestones.
    components: { RepeatableRows: RepeatableRows as unknown as Component, SlugField, TextField },
    setup() {
      const form = useContentForm({
        ns: 'themeAdmin',
        idFor: (key) => contentFieldId('theme', key),
        map: () => mapContentErrors(current.value, ['title', 'slug', 'milestones'], { milestones: ['title'] }),
      })
      return { ...form, values, newMilestone, t: i18n.global.t }
    },
    template: `
      <ul data-testid="summary"><li v-for="item in items" :key="item.label">{{ item.label }}: {{ item.message }}</li></ul>
      <TextField v-bind="field('title')" v-model="values.title" />
      <SlugField v-bind="field('slug', t('themeAdmin.hints.slug'))" v-model="values.slug" />
      <RepeatableRows v-bind="rows('milestones', { newRow: newMilestone, first: 'title', testid: 'milestone-row' })" v-model="values.milestones">
        <template #row="{ row, index }">
          <TextField v-bind="rowField('milestones', index, 'title')" v-model="row.title" />
        </template>
      </RepeatableRows>`,
  })
  const wrapper = mount(Form, { global: { plugins: [i18n] }, attachTo: document.body })
  return { wrapper, current, values }
}

describe('useContentForm', () => {
  it('labels each field and row by the namespace and gives it its id', () => {
    const { wrapper } = mountForm(null)
    expect(wrapper.get('label[for="theme-title"]').text()).toBe('Titel')
    expect(wrapper.get('label[for="theme-slug"]').text()).toBe('Adresse (slug) (frivilligt)')
    expect(wrapper.get('#theme-slug-hint').text()).toContain('Små bogstaver, tal og bindestreger')
    expect(wrapper.get('#theme-slug').attributes('maxlength')).toBe('120')
    expect(wrapper.get('#theme-slug').attributes('spellcheck')).toBe('false')
    const row = wrapper.get('[data-testid="milestone-row-0"]')
    expect(row.get('legend').text()).toBe('Milepæl 1')
    expect(row.get('label[for="theme-milestones-0-title"]').text()).toBe('Titel')
    expect(row.get('button').text()).toBe('Fjern Milepæl 1')
    expect(wrapper.get('#theme-milestones-add').text()).toBe('Tilføj milepæl')
    expect(wrapper.find('.form-error-message').exists()).toBe(false)
  })

  it('shows the API errors at their fields, rows and list, and lists them on top', async () => {
    const { wrapper } = mountForm(
      problem([
        { field: 'milestones[0].title', message: 'skal udfyldes' },
        { field: 'title', message: 'skal udfyldes' },
        { field: 'milestones', message: 'højst 50' },
      ]),
    )
    await flushPromises()
    expect(wrapper.get('#theme-title-error').text()).toContain('Skal udfyldes.')
    expect(wrapper.get('#theme-title').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#theme-milestones-0-title-error').text()).toContain('Skal udfyldes.')
    expect(wrapper.get('#theme-milestones').text()).toContain('Højst 50.')
    expect(wrapper.findAll('[data-testid="summary"] li').map((li) => li.text())).toEqual([
      'Titel: Skal udfyldes.',
      'Milepæle: Højst 50.',
      'Milepæl 1, Titel: Skal udfyldes.',
    ])
  })

  it('clears the messages when the problem goes', async () => {
    const { wrapper, current } = mountForm(problem([{ field: 'title', message: 'skal udfyldes' }]))
    current.value = null
    await flushPromises()
    expect(wrapper.find('#theme-title-error').exists()).toBe(false)
  })
})

describe('collectFieldErrors', () => {
  it('puts each message at its place in form order, words it for the place, and keeps the rest aside', () => {
    const mapped = collectFieldErrors(
      {
        type: 'about:blank',
        title: 'Ugyldig',
        status: 400,
        errors: [
          { field: 'rows[1].name', message: 'skal udfyldes' },
          { field: 'title', message: 'er for lang' },
          { field: 'rows[0].name', message: 'skal udfyldes' },
          { field: 'unknown', message: 'hvad?' },
        ],
      },
      (field) => contentErrorKey(field, ['title', 'rows'], { rows: ['name'] }),
      ['title', 'rows'],
      { rows: ['name'] },
      (error, key) => `${key}: ${error.message}`,
    )
    expect(Object.entries(mapped.fields)).toEqual([
      ['title', 'Title: er for lang.'],
      ['rows.0.name', 'Rows.0.name: skal udfyldes.'],
      ['rows.1.name', 'Rows.1.name: skal udfyldes.'],
    ])
    expect(mapped.other).toEqual([{ field: 'unknown', message: 'hvad?' }])
  })
})

describe('useContentForm rows', () => {
  it("words a list's buttons by the form's own keys and keeps to its own most rows", () => {
    let bound: Record<string, unknown> = {}
    const Form = defineComponent({
      setup() {
        const { rows } = useContentForm({
          ns: 'partnerships.form',
          idFor: (key) => contentFieldId('partnership', key),
          map: () => mapContentErrors(null, ['partners'], { partners: ['partnerId'] }),
          rowLabel: (_, index) => i18n.global.t('partnerships.form.partnerRow', { n: String(index + 1) }),
        })
        bound = rows('partners', { newRow: () => ({ key: 1 }), first: 'partnerId', testid: 'partner-row', removeKey: 'partnerships.form.removeRow', addKey: 'partnerships.form.addPartner', max: 7 })
        return () => null
      },
    })
    mount(Form, { global: { plugins: [i18n] } })
    expect((bound.removeLabel as (i: number) => string)(1)).toBe(i18n.global.t('partnerships.form.removeRow', { row: i18n.global.t('partnerships.form.partnerRow', { n: '2' }) }))
    expect(bound.addLabel).toBe(i18n.global.t('partnerships.form.addPartner'))
    expect(bound.max).toBe(7)
    expect((bound.firstInputId as (i: number) => string)(0)).toBe('partnership-partners-0-partnerId')
  })
})
