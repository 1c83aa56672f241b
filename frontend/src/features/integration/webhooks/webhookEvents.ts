import { CHANGE_ACTIONS, CHANGE_TYPES, type ChangeAction, type ChangeType } from '@/api/types'

/** The event type that subscribes to every change, also of types added later. */
export const ALL_EVENTS = '*'

/** The test event "Send test" queues; a subscription gets it whatever it subscribes to. */
export const PING_EVENT = 'webhook.ping'

/**
 * The types a subscription is offered: every change-feed type but files (attachment). Webhooks send
 * only what the public may see, and files never are (docs/integration.md), so subscribing to them
 * would never send anything.
 */
export const WEBHOOK_TYPES: readonly ChangeType[] = CHANGE_TYPES.filter((type) => type !== 'attachment')

export const eventType = (type: ChangeType, action: ChangeAction): string => `${type}.${action}`

/** One type's events, as the form offers them: a group of checkboxes, one per action. */
export interface EventGroup {
  type: ChangeType
  events: { action: ChangeAction; value: string }[]
}

export const EVENT_GROUPS: readonly EventGroup[] = WEBHOOK_TYPES.map((type) => ({
  type,
  events: CHANGE_ACTIONS.map((action) => ({ action, value: eventType(type, action) })),
}))

/** What an event type names: the test event, a change of a type, or something this UI does not know. */
export type ParsedEventType =
  | { kind: 'all' }
  | { kind: 'ping' }
  | { kind: 'change'; type: ChangeType; action: ChangeAction }
  | { kind: 'other'; value: string }

export function parseEventType(value: string): ParsedEventType {
  if (value === ALL_EVENTS) return { kind: 'all' }
  if (value === PING_EVENT) return { kind: 'ping' }
  const dot = value.lastIndexOf('.')
  const type = CHANGE_TYPES.find((t) => t === value.slice(0, dot))
  const action = CHANGE_ACTIONS.find((a) => a === value.slice(dot + 1))
  return type && action ? { kind: 'change', type, action } : { kind: 'other', value }
}

/** A subscription's event types grouped by type, in the order the form lists them. */
export interface EventSummary {
  /** It subscribes to every event (*). */
  all: boolean
  /** Each type it subscribes to, with its actions in order (all three: every change of it). */
  groups: { type: ChangeType; actions: ChangeAction[] }[]
  /** Event types this UI does not know, as they are. */
  other: string[]
}

export function summarizeEventTypes(eventTypes: readonly string[]): EventSummary {
  const chosen = new Map<ChangeType, Set<ChangeAction>>()
  const other: string[] = []
  let all = false
  for (const value of eventTypes) {
    const parsed = parseEventType(value)
    if (parsed.kind === 'all') all = true
    else if (parsed.kind === 'change') chosen.set(parsed.type, (chosen.get(parsed.type) ?? new Set()).add(parsed.action))
    else if (!other.includes(value)) other.push(value)
  }
  const groups = CHANGE_TYPES.filter((type) => chosen.has(type)).map((type) => ({
    type,
    actions: CHANGE_ACTIONS.filter((action) => chosen.get(type)?.has(action)),
  }))
  return { all, groups, other }
}

/**
 * The event types to send: just * when every event is chosen (the API keeps only that then);
 * otherwise each chosen one once, known ones in the form's order, then any others as they came.
 */
export function toEventTypes(selected: readonly string[]): string[] {
  if (selected.includes(ALL_EVENTS)) return [ALL_EVENTS]
  const { groups, other } = summarizeEventTypes(selected)
  return [...groups.flatMap((g) => g.actions.map((action) => eventType(g.type, action))), ...other]
}
