import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { parseCode, parsePage, parseSearch, trimmedValue, type RawValue } from '@/shared/list/listQuery'
import { PARTNERSHIP_PHASES, type PartnershipPhase } from '@/shared/reference/phases'
import {
  TOOLBOX_HEADINGS,
  TOOLBOX_KINDS,
  type ToolboxHeading,
  type ToolboxItemSummary,
  type ToolboxKind,
  type ToolboxListQuery,
} from './toolboxApi'

/** Items per page: the whole toolbox fits in one page today. */
export const TOOLBOX_PAGE_SIZE = 50
/** Longest tag we pass on; tags are short words. */
const MAX_TAG_LENGTH = 100

/** Everything that decides what the toolbox shows; it lives in the URL query. */
export interface ToolboxState {
  heading: ToolboxHeading | null
  kind: ToolboxKind | null
  phase: PartnershipPhase | null
  tag: string | null
  q: string
  page: number
}

export const DEFAULT_TOOLBOX_STATE: Readonly<ToolboxState> = Object.freeze({
  heading: null,
  kind: null,
  phase: null,
  tag: null,
  q: '',
  page: 1,
})

function parseTag(raw: RawValue): string | null {
  const value = trimmedValue(raw)
  return value && value.length <= MAX_TAG_LENGTH ? value : null
}

/** Reads the toolbox state from a route query. Invalid values fall back to defaults; it never throws. */
export function parseToolboxQuery(query: LocationQuery): ToolboxState {
  return {
    heading: parseCode(query.heading, TOOLBOX_HEADINGS),
    kind: parseCode(query.kind, TOOLBOX_KINDS),
    phase: parseCode(query.phase, PARTNERSHIP_PHASES),
    tag: parseTag(query.tag),
    q: parseSearch(query.q),
    page: parsePage(query.page),
  }
}

/** Writes the state as a route query, leaving out defaults; codes in lower case read better in a link. */
export function toToolboxRouteQuery(state: ToolboxState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.heading) query.heading = state.heading.toLowerCase()
  if (state.kind) query.kind = state.kind.toLowerCase()
  if (state.phase) query.phase = state.phase.toLowerCase()
  if (state.tag) query.tag = state.tag
  if (state.q) query.q = state.q
  if (state.page > 1) query.page = String(state.page)
  return query
}

/** The GET /api/toolbox parameters for a state. */
export function toToolboxApiQuery(state: ToolboxState): ToolboxListQuery {
  const query: ToolboxListQuery = { page: state.page, size: TOOLBOX_PAGE_SIZE, sort: 'title' }
  if (state.heading) query.heading = state.heading
  if (state.kind) query.kind = state.kind
  if (state.phase) query.phase = state.phase
  if (state.tag) query.tag = state.tag
  if (state.q) query.q = state.q
  return query
}

export function sameToolboxState(a: ToolboxState, b: ToolboxState): boolean {
  return (
    a.heading === b.heading &&
    a.kind === b.kind &&
    a.phase === b.phase &&
    a.tag === b.tag &&
    a.q === b.q &&
    a.page === b.page
  )
}

export function hasToolboxFilters(state: ToolboxState): boolean {
  return !!(state.heading || state.kind || state.phase || state.tag || state.q)
}

export interface HeadingGroup<T> {
  heading: ToolboxHeading
  items: T[]
}

/**
 * The items under their heading, the headings in the guide's order; headings without items
 * are left out, and the items keep the order they came in.
 */
export function groupByHeading<T extends Pick<ToolboxItemSummary, 'heading'>>(items: readonly T[]): HeadingGroup<T>[] {
  return TOOLBOX_HEADINGS.map((heading) => ({ heading, items: items.filter((item) => item.heading === heading) })).filter(
    (group) => group.items.length > 0,
  )
}
