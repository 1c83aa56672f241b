import type { AuditEvent } from '@/api/types'
import type { AppLocale } from '@/i18n'
import { formatDate, formatDateTime } from '@/i18n/format'

type Translate = (key: string, named?: Record<string, unknown>) => string
type HasKey = (key: string) => boolean

/** The entity types the API records, with the i18n key of their name. */
export const ENTITY_TYPES = ['library', 'app_user', 'api_token'] as const

export function entityTypeLabel(entityType: string, t: Translate, te: HasKey): string {
  const key = `audit.entityTypes.${entityType}`
  return te(key) ? t(key) : entityType
}

/** A changed field's name as people say it ("phone" -> "Telefon"); unknown fields stay as they are. */
export function fieldLabel(field: string, t: Translate, te: HasKey): string {
  const key = `audit.fields.${field}`
  return te(key) ? t(key) : field
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Role names and token scopes inside a recorded list ("[EDITOR, ADMIN]") in the UI's words. */
function translateCodes(value: string, prefix: string, t: Translate, te: HasKey): string {
  return value
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (te(`${prefix}.${part}`) ? t(`${prefix}.${part}`) : part))
    .join(', ')
}

/** A recorded value as text: empty values, yes/no, dates, roles and scopes read naturally. */
export function valueText(
  value: string | null | undefined,
  t: Translate,
  te: HasKey = () => false,
  field = '',
  locale: AppLocale = 'da',
): string {
  if (value === null || value === undefined || value === '') return t('audit.emptyValue')
  if (value === 'true') return t('common.yes')
  if (value === 'false') return t('common.no')
  if (ISO_INSTANT.test(value)) return formatDateTime(value, locale) ?? value
  if (ISO_DATE.test(value)) return formatDate(value, locale) ?? value
  if (field === 'roles') return translateCodes(value, 'roles', t, te) || t('audit.emptyValue')
  if (field === 'scopes') return translateCodes(value, 'tokens.scopes', t, te) || t('tokens.scopes.none')
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

export function changeLines(event: AuditEvent, t: Translate, te: HasKey, locale: AppLocale = 'da'): ChangeLine[] {
  return Object.entries(event.changes ?? {}).map(([field, change]) => {
    const kind = event.action === 'CREATE' ? 'set' : event.action === 'DELETE' ? 'removed' : 'changed'
    return {
      field,
      label: fieldLabel(field, t, te),
      oldValue: valueText(change.old, t, te, field, locale),
      newValue: valueText(change.new, t, te, field, locale),
      kind,
    }
  })
}
