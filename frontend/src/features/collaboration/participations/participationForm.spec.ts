import { describe, expect, it } from 'vitest'
import type { ParticipationView } from '@/api/types'
import { versionETag } from './participationApi'
import {
  CHANNELS,
  actionsFor,
  deadlinePassed,
  emptySignupValues,
  missingLibrary,
  participationValues,
  toParticipationInput,
  toParticipationUpdate,
} from './participationForm'
import { parseParticipationQuery, toParticipationApiQuery, toParticipationRouteQuery } from './participationQuery'

const aalborg: ParticipationView = {
  id: 489,
  theme: { id: 8, number: 14, title: 'Klima og hverdag', slug: 'klima-og-hverdag' },
  library: { id: 97, name: 'Aalborg Bibliotekerne', region: { code: 1081, name: 'Region Nordjylland' } },
  state: 'SIGNED_UP',
  channels: ['EVENTS', 'SOCIAL_MEDIA'],
  focusAreas: ['ACTIVITIES'],
  signedUpAt: '2026-11-01T10:00:00Z',
  confirmedAt: null,
  withdrawnAt: null,
  version: 3,
}

describe('sign-up values', () => {
  it('start with the editor’s own library, or none for coordinators', () => {
    expect(emptySignupValues(97)).toEqual({ libraryId: '97', channels: [], focusAreas: [], networkLeadId: '' })
    expect(missingLibrary(emptySignupValues())).toBe(true)
    expect(missingLibrary(emptySignupValues(97))).toBe(false)
  })

  it('send channels in the form’s order and only the theme’s focus areas', () => {
    const input = toParticipationInput(
      { libraryId: '97', channels: ['PRESS', 'EVENTS', 'PRESS'], focusAreas: ['DEBATE', 'LITERATURE'], networkLeadId: '' },
      ['LITERATURE', 'PARTNERS'],
    )
    expect(input).toEqual({ libraryId: 97, channels: ['EVENTS', 'PRESS'], focusAreas: ['LITERATURE'], networkLeadId: null })
  })

  it('name the network lead, or none', () => {
    const values = { libraryId: '97', channels: [], focusAreas: [], networkLeadId: '12' }
    expect(toParticipationInput(values, []).networkLeadId).toBe(12)
    expect(toParticipationUpdate(aalborg, { values }).networkLeadId).toBe(12)
    // Choosing "none" in the form removes the lead (PUT replaces the sign-up).
    expect(toParticipationUpdate({ ...aalborg, networkLead: { id: 5, name: 'Lene' } }, {
      values: { ...values, networkLeadId: '' },
    })).not.toHaveProperty('networkLeadId')
    // A change of state alone keeps the lead.
    expect(toParticipationUpdate({ ...aalborg, networkLead: { id: 5, name: 'Lene' } }, { state: 'CONFIRMED' })
      .networkLeadId).toBe(5)
  })

  it('come from a sign-up', () => {
    expect(participationValues(aalborg)).toEqual({
      libraryId: '97',
      channels: ['EVENTS', 'SOCIAL_MEDIA'],
      focusAreas: ['ACTIVITIES'],
      networkLeadId: '',
    })
  })
})

describe('sign-up updates', () => {
  it('change the state and keep the choices', () => {
    expect(toParticipationUpdate(aalborg, { state: 'CONFIRMED' })).toEqual({
      state: 'CONFIRMED',
      channels: ['EVENTS', 'SOCIAL_MEDIA'],
      focusAreas: ['ACTIVITIES'],
    })
  })

  it('change the choices and keep the state', () => {
    const values = {
      libraryId: '97',
      channels: ['WEBSITE' as const, 'EVENTS' as const],
      focusAreas: ['ACTIVITIES', 'GONE'],
      networkLeadId: '',
    }
    expect(toParticipationUpdate(aalborg, { values, offeredFocusAreas: ['ACTIVITIES'] })).toEqual({
      state: 'SIGNED_UP',
      channels: ['EVENTS', 'WEBSITE'],
      focusAreas: ['ACTIVITIES'],
    })
  })

  it('keep the network lead (a PUT without it would remove it)', () => {
    const withLead = { ...aalborg, networkLead: { id: 5, name: 'Mette Holm' } }
    expect(toParticipationUpdate(withLead, { state: 'WITHDRAWN' })).toEqual({
      networkLeadId: 5,
      state: 'WITHDRAWN',
      channels: ['EVENTS', 'SOCIAL_MEDIA'],
      focusAreas: ['ACTIVITIES'],
    })
    expect(toParticipationUpdate(aalborg, { state: 'WITHDRAWN' })).not.toHaveProperty('networkLeadId')
  })

  it('are sent with the ETag of the version in the list', () => {
    expect(versionETag(aalborg.version)).toBe('"v3"')
  })
})

describe('actionsFor', () => {
  it('lets coordinators confirm, undo, withdraw and reinstate', () => {
    expect(actionsFor('SIGNED_UP', true)).toEqual(['confirm', 'withdraw'])
    expect(actionsFor('CONFIRMED', true)).toEqual(['unconfirm', 'withdraw'])
    expect(actionsFor('WITHDRAWN', true)).toEqual(['reinstate'])
  })

  it('lets a library withdraw and sign up again, never confirm', () => {
    expect(actionsFor('SIGNED_UP', false)).toEqual(['withdraw'])
    expect(actionsFor('CONFIRMED', false)).toEqual(['withdraw'])
    expect(actionsFor('WITHDRAWN', false)).toEqual(['reinstate'])
  })
})

describe('deadlines', () => {
  it('are Danish calendar days: the deadline day itself is still open', () => {
    expect(deadlinePassed('2027-02-15', '2027-02-15')).toBe(false)
    expect(deadlinePassed('2027-02-15', '2027-02-16')).toBe(true)
  })

  it('offer all nine channels', () => {
    expect(CHANNELS).toHaveLength(9)
  })
})

describe('the sign-up list query', () => {
  it('reads state, region and page from the URL and ignores nonsense', () => {
    expect(parseParticipationQuery({ state: 'CONFIRMED', region: '1081', page: '2' })).toEqual({ state: 'CONFIRMED', region: 1081, page: 2 })
    expect(parseParticipationQuery({ state: 'MAYBE', region: 'north', page: '-1' })).toEqual({ state: null, region: null, page: 1 })
  })

  it('writes only what differs from the default, and asks the API by library name', () => {
    expect(toParticipationRouteQuery({ state: null, region: null, page: 1 })).toEqual({})
    expect(toParticipationRouteQuery({ state: 'WITHDRAWN', region: 1084, page: 3 })).toEqual({ state: 'WITHDRAWN', region: '1084', page: '3' })
    expect(toParticipationApiQuery({ state: 'SIGNED_UP', region: null, page: 1 })).toEqual({
      page: 1,
      size: 50,
      sort: 'library',
      state: 'SIGNED_UP',
    })
  })
})
