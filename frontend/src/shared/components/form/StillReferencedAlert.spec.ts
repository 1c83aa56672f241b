import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Problem } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import StillReferencedAlert from './StillReferencedAlert.vue'

beforeEach(() => setLocale('da'))

const refused: Problem = {
  type: '/problems/conflict',
  title: 'Konflikt',
  status: 409,
  references: [
    { entity: 'partnership_partner', count: 2 },
    { entity: 'case_partner', count: 1 },
    { entity: 'theme_partner', count: 3 },
    { entity: 'some_new_table', count: 4 },
  ],
}

function mountWith(entityLabel?: (entity: string) => string) {
  return mount(StillReferencedAlert, {
    props: { problem: refused, heading: 'Kan ikke slettes', text: 'Bruges af:', hint: 'Fjern dem først.', entityLabel },
    global: { plugins: [i18n] },
  })
}

describe('StillReferencedAlert', () => {
  it('names what refers to the record in words, not table names', () => {
    const items = mountWith().findAll('li').map((li) => li.text())
    expect(items).toEqual(['Partnerskaber: 2', 'Gode eksempler: 1', 'Temaer: 3', 'some_new_table: 4'])
  })

  it('prefers the page’s own words, and sums tables that mean the same to a reader', () => {
    const wrapper = mount(StillReferencedAlert, {
      props: {
        problem: { ...refused, references: [{ entity: 'partnership_library', count: 2 }, { entity: 'partnership', count: 1 }] },
        heading: 'Kan ikke slettes',
        text: 'Bruges af:',
        hint: 'Fjern dem først.',
      },
      global: { plugins: [i18n] },
    })
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(['Partnerskaber: 3'])
    const own = mountWith((entity) => (entity === 'theme_partner' ? 'Temaer, partneren er med i' : entity))
    expect(own.findAll('li').map((li) => li.text())).toContain('Temaer, partneren er med i: 3')
  })

  it('shows any other problem as it came', () => {
    const wrapper = mount(StillReferencedAlert, {
      props: { problem: { type: 'about:blank', title: 'Ingen adgang', status: 403 }, heading: 'h', text: 't', hint: 'x' },
      global: { plugins: [i18n] },
    })
    expect(wrapper.find('[data-testid="delete-refused"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Ingen adgang')
  })
})
