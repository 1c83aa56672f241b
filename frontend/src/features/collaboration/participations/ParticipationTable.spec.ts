import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, shallowRef } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ProblemError } from '@/api/client'
import type { ParticipationView } from '@/api/types'
import { i18n, setLocale } from '@/i18n'
import { useFocusAreaNames } from './focusAreaNames'
import { updateParticipation } from './participationApi'
import { useParticipationActions } from './participationActions'
import ParticipationActionStatus from './ParticipationActionStatus.vue'
import ParticipationTable from './ParticipationTable.vue'

vi.mock('./participationApi', async (original) => ({
  ...(await original<typeof import('./participationApi')>()),
  updateParticipation: vi.fn(),
}))
vi.mock('@/shared/reference/focusAreas', async (original) => ({
  ...(await original<typeof import('@/shared/reference/focusAreas')>()),
  fetchFocusAreas: vi.fn(async () => [{ code: 'ACTIVITIES', nameDa: 'Aktiviteter', nameEn: 'Activities' }]),
}))

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', name: 'any', component: { render: () => null } }] })
const signedUp: ParticipationView = {
  id: 12,
  theme: { id: 1, number: 1, title: 'Ensomhed', slug: 'ensomhed' },
  library: { id: 97, name: 'Aalborg Bibliotekerne', region: { code: 1081, name: 'Region Nordjylland' } },
  state: 'SIGNED_UP',
  channels: ['EVENTS'],
  focusAreas: ['ACTIVITIES'],
  signedUpAt: '2015-01-01T10:00:00Z',
  version: 2,
}

const reload = vi.fn(async () => undefined)
const Host = defineComponent({
  setup() {
    const rows = shallowRef([signedUp])
    const focusAreaNames = useFocusAreaNames()
    const actions = useParticipationActions({
      replace: (changed) => (rows.value = rows.value.map((p) => (p.id === changed.id ? changed : p))),
      done: (action, changed) => i18n.global.t(`signupAdmin.done.${action}`, { library: changed.library.name }),
      focusAfter: (changed) => `[data-testid="row-${changed.id}"] button`,
      reload,
    })
    return () => [
      h(ParticipationActionStatus, { actions }),
      h(
        ParticipationTable,
        { rows: rows.value, caption: 'Tilmeldinger', leading: ['library'], rowTestid: (p: ParticipationView) => `row-${p.id}`, focusAreaNames },
        {
          library: ({ row }: { row: ParticipationView }) => row.library.name,
          actions: ({ row }: { row: ParticipationView }) =>
            h('button', { type: 'button', disabled: actions.busy.value, onClick: () => actions.act(row, 'confirm') }, 'Bekræft'),
        },
      ),
    ]
  },
})

async function mountHost() {
  const wrapper = mount(Host, { global: { plugins: [i18n, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

beforeEach(() => setLocale('da'))
afterEach(() => {
  vi.mocked(updateParticipation).mockReset()
  reload.mockClear()
  document.body.innerHTML = ''
})

describe('ParticipationTable', () => {
  it('shows who signed up as the row header, then the state, channels, focus areas and when', async () => {
    const wrapper = await mountHost()
    const headers = wrapper.findAll('thead th').map((th) => th.text())
    expect(headers).toEqual(['Bibliotek', 'Status', 'Kanaler', 'Fokusområder', 'Tilmeldt', 'Handlinger'])
    const row = wrapper.get('[data-testid="row-12"]')
    expect(row.get('th[scope="row"]').text()).toBe('Aalborg Bibliotekerne')
    const cells = row.findAll('td').map((td) => td.text())
    expect(cells.slice(0, 3)).toEqual([i18n.global.t('signup.states.SIGNED_UP'), i18n.global.t('signup.channels.EVENTS'), 'Aktiviteter'])
  })
})

describe('useParticipationActions', () => {
  it('changes the sign-up with the version it was read in, says so and puts focus back in the row', async () => {
    vi.mocked(updateParticipation).mockResolvedValue({ data: { ...signedUp, state: 'CONFIRMED', version: 3 }, etag: '"v3"' })
    const wrapper = await mountHost()
    await wrapper.get('[data-testid="row-12"] button').trigger('click')
    await flushPromises()
    expect(updateParticipation).toHaveBeenCalledWith(12, { state: 'CONFIRMED', channels: ['EVENTS'], focusAreas: ['ACTIVITIES'] }, '"v2"')
    expect(wrapper.get('[role="status"]').text()).toBe('Tilmeldingen fra Aalborg Bibliotekerne er bekræftet.')
    expect(wrapper.get('[data-testid="row-12"]').text()).toContain(i18n.global.t('signup.states.CONFIRMED'))
    expect(document.activeElement).toBe(wrapper.get('[data-testid="row-12"] button').element)
  })

  it('reads the list again when someone else changed it, and puts focus on the problem', async () => {
    vi.mocked(updateParticipation).mockRejectedValue(new ProblemError({ type: '/problems/precondition-failed', title: 'Ændret af en anden', status: 412 }))
    const wrapper = await mountHost()
    await wrapper.get('[data-testid="row-12"] button').trigger('click')
    await flushPromises()
    expect(reload).toHaveBeenCalled()
    expect(wrapper.get('[role="alert"]').text()).toContain('Ændret af en anden')
    expect(document.activeElement).toBe(wrapper.get('.samspil-focus-target').element)
    expect(wrapper.get('[role="status"]').text()).toBe('')
  })
})
