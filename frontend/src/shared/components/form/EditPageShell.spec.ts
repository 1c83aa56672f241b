import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ProblemError, type Versioned } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import { pageTitleOverride } from '@/shared/composables/pageTitle'
import { useEditableResource, type EditableResource } from '@/shared/composables/useEditableResource'
import { editKeys } from './editPage'
import EditPageShell from './EditPageShell.vue'
import type { FormProps } from './formErrors'

interface Partner {
  id: number
  name: string
}

const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/admin/partnere', name: 'admin-partners', component: { render: () => null } },
    { path: '/admin/partnere/:id', name: 'partner-edit', component: { render: () => null } },
  ],
})

beforeEach(async () => {
  setLocale('da')
  await router.push('/admin/partnere/4')
})
afterEach(() => {
  document.body.innerHTML = ''
})

/** The partner edit page as a page would build it: the shell, with a form that shows what it is handed. */
function mountPage(fetch: (id: number) => Promise<Versioned<Partner>>, options: { id?: string; forbidden?: string | null } = {}) {
  let page!: EditableResource<Partner>
  const removed = vi.fn()
  const Page = defineComponent({
    setup() {
      page = useEditableResource<Partner>({ id: () => options.id ?? '4', fetch })
      return () =>
        h(
          EditPageShell<Partner>,
          {
            page,
            keys: editKeys('partnerAdmin'),
            params: (p: Partner) => ({ name: p.name }),
            backTo: { name: 'admin-partners' },
            cancelTo: { name: 'admin-partners' },
            forbidden: options.forbidden ?? null,
            forbiddenTestid: 'partner-forbidden',
            onDelete: removed,
          },
          {
            form: ({ form }: { form: FormProps }) =>
              h('form', { 'data-testid': 'partner-form' }, [h('button', { disabled: form.saveDisabled }, form.submitLabel)]),
          },
        )
    },
  })
  const wrapper = mount(Page, { global: { plugins: [i18n, router] }, attachTo: document.body })
  return { wrapper, removed, page: () => page }
}

const partner = (name = 'DR'): Versioned<Partner> => ({ data: { id: 4, name }, etag: '"v1"' })

describe('EditPageShell', () => {
  it('says it is loading, then shows the record\'s heading, lead and form, and names the page', async () => {
    const { wrapper } = mountPage(async () => partner())
    expect(wrapper.get('[data-testid="loading-state"]').text()).toBe('Henter partner …')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Rediger DR')
    expect(wrapper.get('.font-lead').text()).toBe('Ret partnerens oplysninger, og gem.')
    expect(wrapper.get('[data-testid="partner-form"] button').text()).toBe('Gem ændringer')
    expect(pageTitleOverride.value).toBe('Rediger DR')
  })

  it('says when there is no such record, with the way back to the list', async () => {
    const { wrapper } = mountPage(async () => Promise.reject(new ProblemError({ type: 'about:blank', title: 'Ikke fundet', status: 404 })))
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Partneren findes ikke')
    const back = wrapper.get('a')
    expect(back.text()).toBe('Tilbage til partnere')
    expect(back.attributes('href')).toBe('/admin/partnere')
    expect(wrapper.find('[data-testid="partner-form"]').exists()).toBe(false)
  })

  it('shows why the user may not change the record instead of the form', async () => {
    const { wrapper } = mountPage(async () => partner(), { forbidden: 'Kun koordinatorer kan rette partnere.' })
    await flushPromises()
    expect(wrapper.get('[data-testid="partner-forbidden"]').text()).toContain('Kun koordinatorer kan rette partnere.')
    expect(wrapper.find('[data-testid="partner-form"]').exists()).toBe(false)
  })

  it('after a 412 says someone else saved first and keeps saving off', async () => {
    const { wrapper, page } = mountPage(async () => partner())
    await flushPromises()
    await page().save(async () => Promise.reject(new ProblemError({ type: 'about:blank', title: 'Forældet', status: 412 })))
    await flushPromises()
    expect(wrapper.find('[data-testid="stale-alert"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="partner-form"] button').attributes('disabled')).toBeDefined()
  })

  it('asks before deleting, and explains a refusal by what still refers to the record', async () => {
    const { wrapper, removed, page } = mountPage(async () => partner())
    await flushPromises()
    await wrapper.get('[data-testid="delete-start"]').trigger('click')
    expect(wrapper.get('[data-testid="delete-confirm"]').text()).toContain('Vil du slette DR?')
    await wrapper.get('[data-testid="delete-confirm-button"]').trigger('click')
    expect(removed).toHaveBeenCalledOnce()

    await page().confirmDelete(async () =>
      Promise.reject(
        new ProblemError({ type: 'about:blank', title: 'I brug', status: 409, references: [{ entity: 'theme_partner', count: 2 }] }),
      ),
    )
    await flushPromises()
    const refused = wrapper.get('[data-testid="delete-refused"]')
    expect(refused.text()).toContain('Temaer: 2')
  })
})
