import type { RouteLocationRaw } from 'vue-router'
import type { AuditEvent, AuditQuery } from '@/api/types'
import type { AppLocale, Translate } from '@/i18n'
import { formatDate, formatDateTime } from '@/i18n/format'

export type EntityType = NonNullable<AuditQuery['entityType']>

/** Every kind of item the API records, in the order the filter offers them (texts: audit.entityTypes). */
export const ENTITY_TYPES = [
  'library',
  'theme',
  'participation',
  'activity',
  'network_meeting',
  'collaboration_goal',
  'contact',
  'partner',
  'partnership',
  'cases',
  'project',
  'guide_chapter',
  'toolbox_item',
  'attachment',
  'app_user',
  'api_token',
  'webhook_subscription',
] as const satisfies readonly EntityType[]

/** Fails to compile when the contract records a kind the list above lacks. */
const everyKindListed: Exclude<EntityType, (typeof ENTITY_TYPES)[number]> extends never ? true : never = true
void everyKindListed

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value)
}

/** Where an item is read or edited, by its kind and id; null where it has no page (or is deleted). */
const PAGES: Partial<Record<EntityType, (id: string) => RouteLocationRaw>> = {
  library: (id) => ({ name: 'library', params: { id } }),
  theme: (id) => ({ name: 'theme-edit', params: { id } }),
  participation: (id) => ({ name: 'participation-edit', params: { id } }),
  activity: (id) => ({ name: 'activity-edit', params: { id } }),
  network_meeting: (id) => ({ name: 'network-meeting', params: { id } }),
  collaboration_goal: () => ({ name: 'admin-goal' }),
  contact: (id) => ({ name: 'contact-edit', params: { id } }),
  partner: (id) => ({ name: 'partner', params: { id } }),
  partnership: (id) => ({ name: 'partnership', params: { id } }),
  cases: (id) => ({ name: 'case-edit', params: { id } }),
  project: (id) => ({ name: 'project-edit', params: { id } }),
  guide_chapter: (id) => ({ name: 'guide-chapter-edit', params: { id } }),
  toolbox_item: (id) => ({ name: 'toolbox-item-edit', params: { id } }),
  app_user: (id) => ({ name: 'user-edit', params: { id } }),
  api_token: () => ({ name: 'admin-tokens' }),
  webhook_subscription: (id) => ({ name: 'webhook-edit', params: { id } }),
}

/** The page of the event's item, or null when it has none or the event deleted it. */
export function itemLink(event: AuditEvent): RouteLocationRaw | null {
  if (event.action === 'DELETE' || !isEntityType(event.entityType)) return null
  return PAGES[event.entityType]?.(String(event.entityId)) ?? null
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A value as the API says it in words, with dates as the UI writes them; "(tom)" for none. */
export function valueText(value: string | null | undefined, t: Translate, locale: AppLocale = 'da'): string {
  if (value === null || value === undefined || value === '') return t('audit.emptyValue')
  if (ISO_INSTANT.test(value)) return formatDateTime(value, locale) ?? value
  if (ISO_DATE.test(value)) return formatDate(value, locale) ?? value
  return value
}

export interface ChangeLine {
  field: string
  label: string
  oldValue: string
  newValue: string
  /** CREATE has no old value and DELETE no new one: show only the side that exists. */
  kind: 'changed' | 'set' | 'removed'
}

/** The changed fields, named and valued in the words the API gives (the forms' words). */
export function changeLines(event: AuditEvent, t: Translate, locale: AppLocale = 'da'): ChangeLine[] {
  const kind = event.action === 'CREATE' ? 'set' : event.action === 'DELETE' ? 'removed' : 'changed'
  return Object.entries(event.changes ?? {}).map(([field, change]) => ({
    field,
    label: change.label,
    oldValue: valueText(change.oldText, t, locale),
    newValue: valueText(change.newText, t, locale),
    kind,
  }))
}
