import { describe, expect, it } from 'vitest'
import { CHANGE_TYPES } from '@/api/types'
import { EVENT_GROUPS, parseEventType, summarizeEventTypes, toEventTypes } from './webhookEvents'

describe('EVENT_GROUPS', () => {
  it('offers each change-feed type with created, changed and deleted, but not files (they are never sent)', () => {
    expect(EVENT_GROUPS.map((g) => g.type)).toEqual(CHANGE_TYPES.filter((type) => type !== 'attachment'))
    expect(EVENT_GROUPS[0]).toEqual({
      type: 'library',
      events: [
        { action: 'created', value: 'library.created' },
        { action: 'updated', value: 'library.updated' },
        { action: 'deleted', value: 'library.deleted' },
      ],
    })
    expect(EVENT_GROUPS.find((g) => g.type === 'network-meeting')?.events.map((e) => e.value)).toContain('network-meeting.deleted')
  })
})

describe('parseEventType', () => {
  it('tells the test event, all events, a change (also of a type with a dash) and anything else apart', () => {
    expect(parseEventType('webhook.ping')).toEqual({ kind: 'ping' })
    expect(parseEventType('*')).toEqual({ kind: 'all' })
    expect(parseEventType('toolbox-item.updated')).toEqual({ kind: 'change', type: 'toolbox-item', action: 'updated' })
    expect(parseEventType('library.renamed')).toEqual({ kind: 'other', value: 'library.renamed' })
    expect(parseEventType('spaceship.created')).toEqual({ kind: 'other', value: 'spaceship.created' })
  })
})

describe('summarizeEventTypes', () => {
  it('groups a subscription’s events by type in the form’s order, actions in order', () => {
    expect(summarizeEventTypes(['theme.deleted', 'library.deleted', 'theme.created', 'library.created', 'library.updated'])).toEqual({
      all: false,
      groups: [
        { type: 'library', actions: ['created', 'updated', 'deleted'] },
        { type: 'theme', actions: ['created', 'deleted'] },
      ],
      other: [],
    })
  })

  it('says when it takes every event, and keeps what it does not know as it is', () => {
    expect(summarizeEventTypes(['*'])).toEqual({ all: true, groups: [], other: [] })
    expect(summarizeEventTypes(['future-thing.created', 'partner.updated'])).toEqual({
      all: false,
      groups: [{ type: 'partner', actions: ['updated'] }],
      other: ['future-thing.created'],
    })
  })
})

describe('toEventTypes', () => {
  it('sends just * when all events are chosen, whatever else is ticked', () => {
    expect(toEventTypes(['library.created', '*', 'theme.updated'])).toEqual(['*'])
  })

  it('sends each chosen event once, in the form’s order, keeping ones the form does not offer', () => {
    expect(toEventTypes(['theme.updated', 'library.deleted', 'attachment.created', 'theme.updated', 'library.created'])).toEqual([
      'library.created',
      'library.deleted',
      'theme.updated',
      'attachment.created',
    ])
    expect(toEventTypes([])).toEqual([])
  })
})
