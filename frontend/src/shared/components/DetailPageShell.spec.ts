import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ProblemError } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import { pageTitleOverride } from '@/shared/composables/pageTitle'
import { isPossibleSlug, useFetched } from '@/shared/composables/useFetched'
import ContactCards from './ContactCards.vue'
import DetailPageShell from './DetailPageShell.vue'
import { detailKeys } from './detailPage'
import PageSection from './PageSection.vue'

interface Project {
  name: string
  contacts: { id: number; name: string; title: string | null; email: string | null; phone: string | null }[]
}

const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', name: 'home', component: { render: () => null } },
    { path: '/projekter', name: 'projects', component: { render: () => null } },
    { path: '/partnerskabsvaerktoejer', name: 'partnership-tools', component: { render: () => null } },
  ],
})

beforeEach(() => setLocale('da'))
afterEach(() => {
  document.body.innerHTML = ''
})

/** A project page as the pages build it: the shell, with a section of contact persons. */
function mountPage(slug: string, fetch: (slug: string) => Promise<Project>) {
  const Page = defineComponent({
    setup() {
      const fetched = useFetched(() => slug, (s) => fetch(s), { valid: isPossibleSlug })
      return () =>
        h(
          DetailPageShell<Project>,
          { fetched, keys: detailKeys('projects', 'projects.detail'), list: { name: 'projects' }, name: (p: Project) => p.name },
          {
            default: ({ value }: { value: Project }) =>
              h(PageSection, { headingId: 'project-contacts-heading', heading: 'Kontaktpersoner' }, () =>
                h(ContactCards, { contacts: value.contacts, empty: 'Ingen kontaktpersoner.', testid: 'project-contacts' }),
              ),
          },
        )
    },
  })
  return mount(Page, { global: { plugins: [i18n, router] }, attachTo: document.body })
}

const t = i18n.global.t

describe('DetailPageShell', () => {
  it('shows the loaded thing under its name, in the breadcrumbs and the document title', async () => {
    const wrapper = mountPage('bogbus', async () => ({
      name: 'Bogbussen',
      contacts: [{ id: 1, name: 'Anne Holm', title: 'Leder', email: 'anne@bib.dk', phone: '12 34 56 78' }],
    }))
    expect(wrapper.get('h1').text()).toBe(t('projects.detail.titleFallback'))
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Bogbussen')
    expect(pageTitleOverride.value).toBe('Bogbussen')
    expect(wrapper.findAll('.breadcrumbs__list-item').map((li) => li.text())).toEqual([t('nav.home'), t('projects.menu'), 'Bogbussen'])
    const section = wrapper.get('section')
    expect(section.attributes('aria-labelledby')).toBe('project-contacts-heading')
    expect(section.get('h2#project-contacts-heading').text()).toBe('Kontaktpersoner')
    const contact = wrapper.get('[data-testid="project-contacts"] li')
    expect(contact.text()).toContain('Anne Holm')
    expect(contact.get('a[href="mailto:anne@bib.dk"]').text()).toBe('anne@bib.dk')
    expect(contact.get('a[href="tel:12345678"]').text()).toBe('12 34 56 78')
  })

  it('says when there is no such thing, and leads back to the list', async () => {
    const wrapper = mountPage('findes-ikke', () => Promise.reject(new ProblemError({ type: 'about:blank', title: 'Ikke fundet', status: 404 })))
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe(t('projects.detail.notFoundTitle'))
    expect(wrapper.get('[data-testid="not-found"]').text()).toBe(t('projects.detail.notFoundText'))
    expect(wrapper.get('p a[href="/projekter"]').text()).toBe(t('projects.backToList'))
    expect(wrapper.find('section').exists()).toBe(false)
  })

  it('shows a load problem with "try again", and the empty text of a section without contacts', async () => {
    let fail = true
    const wrapper = mountPage('bogbus', async () => {
      if (fail) throw new ProblemError({ type: 'about:blank', title: 'Serveren svarer ikke', status: 503 })
      return { name: 'Bogbussen', contacts: [] }
    })
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('Serveren svarer ikke')
    fail = false
    await wrapper.get('[role="alert"] button').trigger('click')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Bogbussen')
    expect(wrapper.find('[data-testid="project-contacts"]').exists()).toBe(false)
    expect(wrapper.get('section p').text()).toBe('Ingen kontaktpersoner.')
  })
})
