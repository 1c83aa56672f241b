import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n, setLocale } from '@/i18n'
import MeetingFacts from './MeetingFacts.vue'
import MeetingProse from './MeetingProse.vue'

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/biblioteker/:id', name: 'library', component: { render: () => null } }] })
const meeting = { startsAt: '2099-03-03T09:00:00Z', endsAt: '2099-03-03T14:00:00Z', place: 'Aarhus Hovedbibliotek' }
beforeEach(() => setLocale('da'))

const mountFacts = (props: Record<string, unknown>) =>
  mount(MeetingFacts, { props: { meeting, timeTestid: 'time', ...props }, global: { plugins: [i18n, router] } })

describe('MeetingFacts', () => {
  it('says when, where and who hosts, linked to the library', () => {
    const wrapper = mountFacts({ meeting: { ...meeting, host: { id: 7, name: 'Dokk1' } } })
    expect(wrapper.get('[data-testid="time"]').text()).toBe('tirsdag den 3. marts 2099 kl. 10.00–15.00')
    expect(wrapper.get('time').attributes('datetime')).toBe('2099-03-03T09:00:00Z')
    expect(wrapper.get('a').text()).toBe('Dokk1')
    expect(wrapper.get('a').attributes('href')).toBe('/biblioteker/7')
    expect(wrapper.findAll('dd').at(2)?.text()).toBe('Aarhus Hovedbibliotek')
  })

  it('leaves out a missing host, or says there is none where the page wants it', () => {
    expect(mountFacts({}).findAll('dt')).toHaveLength(2)
    expect(mountFacts({ sayNoHost: true }).text()).toContain('Ingen vært')
  })
})

describe('MeetingProse', () => {
  it('shows the agenda under its heading, or says there is none yet', () => {
    const agenda = mount(MeetingProse, { props: { part: 'agenda', html: '<p>Velkomst</p>' }, global: { plugins: [i18n] } })
    expect(agenda.get('h2').text()).toBe(i18n.global.t('networkMeetings.agendaHeading'))
    expect(agenda.get('section').attributes('aria-labelledby')).toBe(agenda.get('h2').attributes('id'))
    expect(agenda.get('.samspil-prose').text()).toBe('Velkomst')

    const minutes = mount(MeetingProse, { props: { part: 'minutes', html: '  ' }, global: { plugins: [i18n] } })
    expect(minutes.get('[data-testid="meeting-minutes"] p').text()).toBe(i18n.global.t('networkMeetings.noMinutes'))
  })
})
