import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref, shallowRef } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n, setLocale } from '@/i18n'
import AdminList from './AdminList.vue'
import { columnsOf } from './columns'
import DataTable from './DataTable.vue'
import FilterSelect from './FilterSelect.vue'
import { adminListKeys, listKeys } from './listKeys'
import ListResults from './ListResults.vue'
import SearchForm from './SearchForm.vue'

interface Partner {
  id: number
  name: string
  national: boolean
}

const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/admin/partnere', name: 'admin-partners', component: { render: () => null } },
    { path: '/admin/partnere/ny', name: 'partner-create', component: { render: () => null } },
    { path: '/admin/partnere/:id', name: 'partner-edit', component: { render: () => null } },
    { path: '/partnere', name: 'partners', component: { render: () => null } },
  ],
})
const global = { plugins: [i18n, router] }
const dr: Partner = { id: 4, name: 'DR', national: true }
const museum: Partner = { id: 7, name: 'Vejle Museum', national: false }

beforeEach(() => setLocale('da'))
afterEach(() => {
  document.body.innerHTML = ''
})

describe('columnsOf', () => {
  it('labels each column by its key, marks the row header, figures and hidden labels', () => {
    const t = (key: string) => `<${key}>`
    expect(columnsOf(t, 'partnerAdmin.fields', 'name!', 'type', 'common.count>', 'actions?')).toEqual([
      { key: 'name', label: '<partnerAdmin.fields.name>', header: true },
      { key: 'type', label: '<partnerAdmin.fields.type>' },
      { key: 'count', label: '<common.count>', class: 'align-text-right' },
      { key: 'actions', label: '<partnerAdmin.fields.actions>', hidden: true },
    ])
  })
})

describe('DataTable', () => {
  it('shows a row per item with its header cell, and each cell labelled by its column', () => {
    const wrapper = mount(DataTable<Partner>, {
      props: {
        columns: columnsOf((k) => k, 'c', 'name!', 'national'),
        rows: [dr, museum],
        caption: 'Partnere',
        rowKey: (p: Partner) => p.id,
        rowTestid: (p: Partner) => `partner-${p.id}`,
        'data-testid': 'partner-table',
      },
      slots: { name: ({ row }: { row: Partner }) => row.name, national: ({ row }: { row: Partner }) => (row.national ? 'Ja' : 'Nej') },
    })
    const table = wrapper.get('[data-testid="partner-table"]')
    expect(table.get('caption').text()).toBe('Partnere')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual(['c.name', 'c.national'])
    const row = wrapper.get('[data-testid="partner-7"]')
    expect(row.get('th[scope="row"]').text()).toBe('Vejle Museum')
    expect(row.get('td').attributes('data-title')).toBe('c.national')
    expect(row.get('td').text()).toBe('Nej')
  })
})

describe('SearchForm and FilterSelect', () => {
  it('search when the form is sent, and filter when a choice is made', async () => {
    const Page = defineComponent({
      setup() {
        const q = ref('')
        const type = ref('')
        const events = ref<string[]>([])
        return () => [
          h(SearchForm, { id: 's', label: 'Søg', buttonLabel: 'Søg', modelValue: q.value, 'onUpdate:modelValue': (v: string) => (q.value = v), onSearch: () => events.value.push(`search:${q.value}`) }),
          h(FilterSelect, {
            id: 'type',
            label: 'Type',
            allLabel: 'Alle typer',
            options: [{ value: 'MEDIA', label: 'Medie' }],
            error: 'Typerne kunne ikke hentes',
            modelValue: type.value,
            'onUpdate:modelValue': (v: string) => (type.value = v),
            onChange: () => events.value.push(`change:${type.value}`),
          }),
          h('p', { id: 'events' }, events.value.join(',')),
        ]
      },
    })
    const wrapper = mount(Page, { global })
    await wrapper.get('#s').setValue('dr')
    await wrapper.get('form').trigger('submit')
    await wrapper.get('#type').setValue('MEDIA')
    expect(wrapper.get('#events').text()).toBe('search:dr,change:MEDIA')
    expect(wrapper.findAll('#type option').map((o) => o.text())).toEqual(['Alle typer', 'Medie'])
    expect(wrapper.get('#type').attributes('aria-describedby')).toBe('type-error')
    expect(wrapper.get('#type-error').text()).toBe('Typerne kunne ikke hentes')
  })
})

/** A list source as useListPage gives it. */
function source(items: Partner[] | null, loading = false) {
  const page = items && { items, page: 1, size: 20, totalItems: items.length, totalPages: 2 }
  return {
    loading: ref(loading),
    problem: ref(null),
    result: shallowRef(page),
    reload: () => undefined,
    pageLink: (p: number) => ({ name: 'partners', query: { page: String(p) } }),
    total: ref(String(items?.length ?? 0)),
  }
}

describe('ListResults', () => {
  it('says how many are shown, and shows the rows and the pages', () => {
    const wrapper = mount(ListResults, {
      props: { list: source([dr, museum]), keys: listKeys('themes') },
      slots: { default: () => h('ul', { id: 'rows' }, [h('li', 'DR'), h('li', 'Vejle Museum')]) },
      global,
    })
    expect(wrapper.get('[data-testid="result-count"]').text()).toBe('Viser 1-2 af 2')
    expect(wrapper.findAll('#rows li')).toHaveLength(2)
    expect(wrapper.find('nav.pagination').exists()).toBe(true)
  })

  it('says so when nothing is found', () => {
    const wrapper = mount(ListResults, { props: { list: source([]), keys: listKeys('themes') }, global })
    expect(wrapper.get('[data-testid="empty-state"]').text()).toContain('Ingen temaer')
  })
})

describe('AdminList', () => {
  it('shows the heading with "create", the count, and a row per record with its edit link', async () => {
    const searched: string[] = []
    const searchModel = ref('')
    const wrapper = mount(AdminList<Partner>, {
      props: {
        list: { ...source([dr]), searchModel, onSearch: () => searched.push(searchModel.value) },
        keys: adminListKeys('partnerAdmin'),
        route: 'partner',
        name: 'partner',
        columns: columnsOf(i18n.global.t, 'partnerAdmin.fields', 'name!'),
        rowName: (p: Partner) => p.name,
      },
      slots: { name: ({ row }: { row: Partner }) => row.name },
      global,
    })
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Partnere')
    expect(wrapper.get('[data-testid="create-partner"]').attributes('href')).toBe('/admin/partnere/ny')
    expect(wrapper.find('#admin-partner-search').exists()).toBe(true)
    await wrapper.get('#admin-partner-search').setValue('dr')
    await wrapper.get('form[role="search"]').trigger('submit')
    expect(searched).toEqual(['dr'])
    const edit = wrapper.get('[data-testid="admin-partner-table"] tbody a')
    expect(edit.text()).toContain('Rediger')
    expect(edit.get('.sr-only').text()).toBe('DR')
    expect(edit.attributes('href')).toBe('/admin/partnere/4')
  })

  it('has no search box when the list has no search', async () => {
    const wrapper = mount(AdminList<Partner>, {
      props: { list: source([dr]), keys: adminListKeys('partnerAdmin'), route: 'partner', name: 'partner', columns: [], rowName: (p: Partner) => p.name },
      global,
    })
    await flushPromises()
    expect(wrapper.find('#admin-partner-search').exists()).toBe(false)
  })
})
