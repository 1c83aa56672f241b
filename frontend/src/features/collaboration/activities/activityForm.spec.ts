import { describe, expect, it } from 'vitest'
import type { ActivityView } from './activityApi'
import {
  activityValues,
  checkActivityValues,
  emptyActivityValues,
  figuresClosedReason,
  figuresOpen,
  isReported,
  activityFormErrors,
  startsWithinTheme,
  splitByHappened,
  toActivityInput,
  type ActivityFormValues,
} from './activityForm'

const NOW = Date.parse('2027-03-10T12:00:00Z') // 13:00 in Copenhagen

const view: ActivityView = {
  id: 7,
  participationId: 3,
  theme: { id: 1, number: 14, title: 'Klima og hverdag', slug: 'klima-og-hverdag' },
  library: { id: 97, name: 'Aalborg Bibliotekerne' },
  title: 'Fortælleaften',
  description: null,
  startsAt: '2027-03-09T18:00:00Z',
  endsAt: '2027-03-09T20:00:00Z',
  place: 'Salen',
  channel: 'EVENTS',
  audience: 'ADULTS',
  attendance: 37,
  reach: null,
  happened: true,
  createdAt: '2027-01-01T00:00:00Z',
  updatedAt: '2027-01-01T00:00:00Z',
  version: 2,
}

function values(change: Partial<ActivityFormValues> = {}): ActivityFormValues {
  return { ...emptyActivityValues(), title: 'Fortælleaften', startsAt: '2027-03-09T19:00', channel: 'EVENTS', audience: 'ADULTS', ...change }
}

describe('activity form <-> API', () => {
  it('fills the form from an activity, times in Danish time', () => {
    expect(activityValues(view)).toEqual({
      title: 'Fortælleaften',
      startsAt: '2027-03-09T19:00',
      endsAt: '2027-03-09T21:00',
      place: 'Salen',
      channel: 'EVENTS',
      audience: 'ADULTS',
      description: '',
      attendance: '37',
      reach: '',
    })
  })

  it('builds the input with Danish offsets, trimmed texts and nulls for empty fields', () => {
    const input = toActivityInput(
      values({ title: '  Fortælleaften ', endsAt: '', place: '  ', description: ' Om 1800-tallet ', attendance: '37', reach: '1.250' }),
      NOW,
    )
    expect(input).toEqual({
      title: 'Fortælleaften',
      description: 'Om 1800-tallet',
      startsAt: '2027-03-09T19:00:00+01:00',
      endsAt: null,
      place: null,
      channel: 'EVENTS',
      audience: 'ADULTS',
      attendance: 37,
      reach: 1250,
    })
  })

  it('round-trips an activity through the form unchanged', () => {
    const input = toActivityInput(activityValues(view), NOW)
    expect(Date.parse(input.startsAt)).toBe(Date.parse(view.startsAt))
    expect(Date.parse(input.endsAt!)).toBe(Date.parse(view.endsAt!))
    expect(input).toMatchObject({ title: view.title, place: view.place, attendance: 37, reach: null })
  })

  it('drops attendance and reach when the start is moved into the future', () => {
    const input = toActivityInput(values({ startsAt: '2027-04-01T19:00', attendance: '37', reach: '100' }), NOW)
    expect(input.startsAt).toBe('2027-04-01T19:00:00+02:00')
    expect(input.attendance).toBeNull()
    expect(input.reach).toBeNull()
  })
})

describe('when attendance and reach are editable', () => {
  it('opens once the start time has come, in Danish time', () => {
    // NOW is 13:00 Danish time on 10 March.
    expect(figuresOpen({ startsAt: '2027-03-10T12:59' }, NOW)).toBe(true)
    expect(figuresOpen({ startsAt: '2027-03-10T13:00' }, NOW)).toBe(true)
    expect(figuresOpen({ startsAt: '2027-03-10T13:01' }, NOW)).toBe(false)
  })

  it('stays closed without a readable start time, and says why', () => {
    expect(figuresOpen({ startsAt: '' }, NOW)).toBe(false)
    expect(figuresClosedReason({ startsAt: '' }, NOW)).toBe('noStart')
    expect(figuresClosedReason({ startsAt: '2027-04-01T10:00' }, NOW)).toBe('future')
    expect(figuresClosedReason({ startsAt: '2027-03-01T10:00' }, NOW)).toBeNull()
  })
})

describe('checkActivityValues', () => {
  it('refuses a report with neither attendance nor reach, and takes one with either', () => {
    expect(checkActivityValues(values({ attendance: '', reach: ' ' }), NOW, true)).toEqual([
      { field: 'attendance', messageKey: 'activityForm.errors.reportEmpty' },
    ])
    expect(checkActivityValues(values({ attendance: '', reach: '120' }), NOW, true)).toEqual([])
    // Editing the activity (not reporting) may leave both empty.
    expect(checkActivityValues(values({ attendance: '', reach: '' }), NOW)).toEqual([])
  })

  it('accepts a complete activity', () => {
    expect(checkActivityValues(values({ attendance: '37' }), NOW)).toEqual([])
  })

  it('asks for what the request cannot be built without', () => {
    const errors = checkActivityValues(values({ startsAt: '', channel: '', audience: '' }), NOW)
    expect(errors.map((e) => [e.field, e.messageKey])).toEqual([
      ['startsAt', 'activityForm.errors.startsAtRequired'],
      ['channel', 'activityForm.errors.channelRequired'],
      ['audience', 'activityForm.errors.audienceRequired'],
    ])
  })

  it('refuses unreadable times and figures that are not whole numbers', () => {
    const errors = checkActivityValues(values({ endsAt: '2027-02-30T10:00', attendance: '-3', reach: '12,5' }), NOW)
    expect(errors.map((e) => e.field)).toEqual(['endsAt', 'attendance', 'reach'])
  })

  it('ignores figures while they cannot be reported (they are not sent)', () => {
    expect(checkActivityValues(values({ startsAt: '2027-05-01T10:00', attendance: 'mange' }), NOW)).toEqual([])
  })
})

describe('listing helpers', () => {
  it('knows whether figures were reported', () => {
    expect(isReported({ attendance: 0, reach: null })).toBe(true)
    expect(isReported({ attendance: null, reach: 12 })).toBe(true)
    expect(isReported({ attendance: null, reach: null })).toBe(false)
  })

  it('splits activities into planned (soonest first) and past (latest first)', () => {
    const a = { id: 1, happened: true, startsAt: '2027-01-01T10:00:00Z' }
    const b = { id: 2, happened: true, startsAt: '2027-02-01T10:00:00Z' }
    const c = { id: 3, happened: false, startsAt: '2027-05-01T10:00:00Z' }
    const d = { id: 4, happened: false, startsAt: '2027-04-01T10:00:00Z' }
    const { planned, past } = splitByHappened([a, c, b, d])
    expect(planned.map((x) => x.id)).toEqual([4, 3])
    expect(past.map((x) => x.id)).toEqual([2, 1])
  })
})

describe('activityFormErrors', () => {
  const t = (key: string, params?: Record<string, unknown>) => (params ? `<${key} ${JSON.stringify(params)}>` : `<${key}>`)

  it("flags the form's own checks and the contract's rules in one go, the form's words first", () => {
    const values = { ...emptyActivityValues(), title: '   ', place: 'x'.repeat(201) }
    expect(activityFormErrors(values, Date.now(), t)).toEqual([
      { field: 'startsAt', message: '<activityForm.errors.startsAtRequired>' },
      { field: 'channel', message: '<activityForm.errors.channelRequired>' },
      { field: 'audience', message: '<activityForm.errors.audienceRequired>' },
      // The title is blank and the place too long: the API's rules (openapi.yaml), not typed here.
      { field: 'title', message: '<validation.required>' },
      { field: 'place', message: '<validation.maxLength {"max":200,"length":201}>' },
    ])
  })

  it('finds nothing in a complete form', () => {
    const values = { ...emptyActivityValues('EVENTS'), title: 'Fortælleaften', startsAt: '2027-03-09T19:00', audience: 'ADULTS' as const }
    expect(activityFormErrors(values, Date.now(), t)).toEqual([])
  })
})

describe("the theme's weeks", () => {
  const span = { startDate: '2050-09-12', endDate: '2050-10-23', text: 'Uge 37–42, 2050' }
  const t = (key: string, params?: Record<string, unknown>) => (params ? `<${key} ${JSON.stringify(params)}>` : `<${key}>`)
  const values = (startsAt: string) => ({ ...emptyActivityValues('EVENTS'), title: 'Fortælleaften', startsAt, audience: 'ADULTS' as const })

  it('takes any time on the first to the last day, in Danish time', () => {
    expect(startsWithinTheme('2050-09-12T00:00', span)).toBe(true)
    expect(startsWithinTheme('2050-10-23T23:59', span)).toBe(true)
    expect(startsWithinTheme('2050-09-11T23:59', span)).toBe(false)
    expect(startsWithinTheme('2050-10-24T00:00', span)).toBe(false)
  })

  it('flags a start outside them, naming the weeks', () => {
    expect(activityFormErrors(values('2050-10-24T19:00'), Date.now(), t, false, span)).toEqual([
      { field: 'startsAt', message: '<activityWeeks.outside {"weeks":"Uge 37–42, 2050"}>' },
    ])
    expect(activityFormErrors(values('2050-10-23T19:00'), Date.now(), t, false, span)).toEqual([])
  })
})
