import { describe, expect, it } from 'vitest'
import type { Problem } from '@/api/client'
import { parseFieldPath } from '@/shared/components/form/formErrors'
import type { NetworkMeetingView } from '../networkMeetingApi'
import {
  emptyIdeaRow,
  emptyMeetingValues,
  localMeetingErrors,
  mapMeetingErrors,
  meetingErrorKey,
  meetingInputId,
  meetingValues,
  toMeetingInput,
  type MeetingFormValues,
} from './meetingForm'

const autumn2026: NetworkMeetingView = {
  id: 24,
  title: 'Netværksmøde efterår 2026',
  startsAt: '2026-09-08T08:00:00Z',
  endsAt: '2026-09-08T13:30:00Z',
  host: { id: 97, name: 'Aalborg Bibliotekerne' },
  place: 'Hovedbiblioteket, mødesalen',
  agenda: '1. Velkomst',
  agendaHtml: '<ol><li>Velkomst</li></ol>',
  minutes: '',
  minutesHtml: '',
  attendingLibraries: [
    { id: 10, name: 'Albertslund Bibliotekerne' },
    { id: 48, name: 'Assens Bibliotekerne' },
  ],
  ideas: [
    {
      id: 70,
      text: 'Fælles quiz',
      proposerLibrary: { id: 59, name: 'Sønderborg Bibliotekerne' },
      theme: { id: 7, number: 13, slug: 'demokrati-i-hverdagen', title: 'Demokrati i hverdagen' },
    },
    { id: 72, text: 'Del plakater', proposer: 'Gruppe 3' },
  ],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
}

describe('meetingValues', () => {
  it('shows the API times as Danish wall-clock times and ids as text', () => {
    const values = meetingValues(autumn2026)
    expect(values).toMatchObject({
      title: 'Netværksmøde efterår 2026',
      startsAt: '2026-09-08T10:00',
      endsAt: '2026-09-08T15:30',
      hostLibraryId: '97',
      place: 'Hovedbiblioteket, mødesalen',
      agenda: '1. Velkomst',
      minutes: '',
      attendingLibraryIds: [10, 48],
    })
    expect(values.ideas.map(({ key: _key, ...row }) => row)).toEqual([
      { text: 'Fælles quiz', proposer: '', proposerLibraryId: '59', themeId: '7' },
      { text: 'Del plakater', proposer: 'Gruppe 3', proposerLibraryId: '', themeId: '' },
    ])
    expect(new Set(values.ideas.map((r) => r.key)).size).toBe(2)
  })

  it('leaves optional fields empty when the meeting has none', () => {
    const values = meetingValues({ ...autumn2026, endsAt: null, host: undefined, ideas: [] })
    expect(values.endsAt).toBe('')
    expect(values.hostLibraryId).toBe('')
  })
})

describe('toMeetingInput', () => {
  it('round-trips a loaded meeting into the same input', () => {
    expect(toMeetingInput(meetingValues(autumn2026))).toEqual({
      title: 'Netværksmøde efterår 2026',
      startsAt: '2026-09-08T10:00:00+02:00',
      endsAt: '2026-09-08T15:30:00+02:00',
      hostLibraryId: 97,
      place: 'Hovedbiblioteket, mødesalen',
      agenda: '1. Velkomst',
      minutes: null,
      attendingLibraryIds: [10, 48],
      ideas: [
        { text: 'Fælles quiz', proposer: null, proposerLibraryId: 59, themeId: 7 },
        { text: 'Del plakater', proposer: 'Gruppe 3', proposerLibraryId: null, themeId: null },
      ],
    })
  })

  it('trims texts, sends blanks as null and keeps the order of attendees and idea rows', () => {
    const values: MeetingFormValues = {
      ...emptyMeetingValues(),
      title: '  Netværksmøde forår 2099 ',
      startsAt: '2099-03-03T10:00',
      place: ' Aalborg ',
      agenda: '   ',
      attendingLibraryIds: [48, 10, 3],
      ideas: [{ ...emptyIdeaRow(), text: ' Idé ', proposer: '  ' }, emptyIdeaRow()],
    }
    expect(toMeetingInput(values)).toEqual({
      title: 'Netværksmøde forår 2099',
      startsAt: '2099-03-03T10:00:00+01:00',
      endsAt: null,
      hostLibraryId: null,
      place: 'Aalborg',
      agenda: null,
      minutes: null,
      attendingLibraryIds: [48, 10, 3],
      ideas: [
        { text: 'Idé', proposer: null, proposerLibraryId: null, themeId: null },
        { text: '', proposer: null, proposerLibraryId: null, themeId: null },
      ],
    })
  })
})

describe('localMeetingErrors', () => {
  const message = (code: string) => `local:${code}`

  it('asks for a start time and readable times', () => {
    expect(localMeetingErrors(emptyMeetingValues(), message)).toEqual([{ field: 'startsAt', message: 'local:required' }])
    expect(
      localMeetingErrors({ ...emptyMeetingValues(), startsAt: '2099-02-30T10:00', endsAt: 'snart' }, message),
    ).toEqual([
      { field: 'startsAt', message: 'local:invalidDateTime' },
      { field: 'endsAt', message: 'local:invalidDateTime' },
    ])
  })

  it('leaves everything else to the API', () => {
    expect(localMeetingErrors({ ...emptyMeetingValues(), startsAt: '2099-03-03T10:00' }, message)).toEqual([])
  })
})

describe('API field errors', () => {
  it('reads both ways the API writes a list item field', () => {
    expect(parseFieldPath('ideas[1].themeId')).toEqual({ root: 'ideas', index: 1, leaf: 'themeId' })
    expect(parseFieldPath('ideas.text[1]')).toEqual({ root: 'ideas', index: 1, leaf: 'text' })
    expect(parseFieldPath('attendingLibraryIds[3]')).toEqual({ root: 'attendingLibraryIds', index: 3, leaf: null })
    expect(parseFieldPath('title')).toEqual({ root: 'title', index: null, leaf: null })
  })

  it('finds the place in the form for each error', () => {
    expect(meetingErrorKey('title')).toBe('title')
    expect(meetingErrorKey('ideas[1].themeId')).toBe('ideas.1.themeId')
    expect(meetingErrorKey('ideas.text[0]')).toBe('ideas.0.text')
    expect(meetingErrorKey('ideas[4]')).toBe('ideas')
    expect(meetingErrorKey('ideas')).toBe('ideas')
    expect(meetingErrorKey('attendingLibraryIds[3]')).toBe('attendingLibraryIds')
    expect(meetingErrorKey('version')).toBeNull()
    expect(meetingInputId('ideas.1.themeId')).toBe('meeting-ideas-1-themeId')
  })

  it('maps errors in form order, names list items and keeps unknown fields for the summary', () => {
    const problem: Problem = {
      type: '/problems/validation',
      title: 'Ugyldige oplysninger',
      status: 400,
      errors: [
        { field: 'ideas[1].themeId', message: 'intet tema har dette id' },
        { field: 'attendingLibraryIds[1]', message: 'intet bibliotek har dette id' },
        { field: 'ideas.text[0]', message: 'må ikke være blank' },
        { field: 'title', message: 'må ikke være blank' },
        { field: 'title', message: 'må ikke være blank' },
        { field: 'secret', message: 'nej' },
      ],
    }
    const names = ['Albertslund Bibliotekerne', 'Assens Bibliotekerne']
    const mapped = mapMeetingErrors(problem, (root, index) => (root === 'attendingLibraryIds' ? names[index]! : null))
    expect(Object.entries(mapped.fields)).toEqual([
      ['title', 'Må ikke være blank.'],
      ['attendingLibraryIds', 'Assens Bibliotekerne: Intet bibliotek har dette id.'],
      ['ideas.0.text', 'Må ikke være blank.'],
      ['ideas.1.themeId', 'Intet tema har dette id.'],
    ])
    expect(mapped.other).toEqual([{ field: 'secret', message: 'nej' }])
  })

  it('maps nothing without a problem', () => {
    expect(mapMeetingErrors(null)).toEqual({ fields: {}, other: [] })
  })
})
