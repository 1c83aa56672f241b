import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ProblemError } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import { useSave, type Save } from '@/shared/composables/useSave'
import CreatePageShell from './CreatePageShell.vue'
import { createKeys } from './editPage'
import type { FormProps } from './formErrors'

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/admin/partnere', name: 'admin-partners', component: { render: () => null } }],
})

beforeEach(() => setLocale('da'))

/** The "Opret partner" page: the shell with a form that shows what it is handed. */
function mountPage() {
  let saver!: Save
  let handed!: FormProps
  const Page = defineComponent({
    setup() {
      saver = useSave()
      return () =>
        h(
          CreatePageShell,
          { save: saver, keys: createKeys('partnerAdmin'), cancelTo: { name: 'admin-partners' } },
          {
            form: ({ form }: { form: FormProps }) => {
              handed = form
              return h('button', form.submitLabel)
            },
          },
        )
    },
  })
  const wrapper = mount(Page, { global: { plugins: [i18n, router] } })
  return { wrapper, saver: () => saver, handed: () => handed }
}

describe('CreatePageShell', () => {
  it('shows the heading and lead, and hands the form its submit label and way back', () => {
    const { wrapper, handed } = mountPage()
    expect(wrapper.get('h1').text()).toBe('Opret partner')
    expect(wrapper.get('.font-lead').text()).toBe('Udfyld oplysningerne om den nye partner. Felter uden (frivilligt) skal udfyldes.')
    expect(wrapper.get('button').text()).toBe('Opret partner')
    expect(handed().cancelTo).toEqual({ name: 'admin-partners' })
    expect(handed().problem).toBeNull()
  })

  it('hands the form what went wrong', async () => {
    const { saver, handed } = mountPage()
    await saver().save(async () => Promise.reject(new ProblemError({ type: 'about:blank', title: 'Navnet er i brug', status: 409 })))
    await flushPromises()
    expect(handed().problem?.title).toBe('Navnet er i brug')
    expect(handed().submitting).toBe(false)
  })
})
