import type { FieldError } from '@/api/client'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import type { WebhookInput, WebhookView } from '@/api/types'
import { toEventTypes } from './webhookEvents'

export interface WebhookFormValues {
  url: string
  description: string
  /** The chosen event types: * for all, else type.action values (and any the API holds that the form does not offer). */
  eventTypes: string[]
}

export const WEBHOOK_FIELDS = ['url', 'description', 'eventTypes'] as const

export function emptyWebhookValues(): WebhookFormValues {
  return { url: '', description: '', eventTypes: [] }
}

export function webhookValues(view: WebhookView): WebhookFormValues {
  return { url: view.url, description: view.description ?? '', eventTypes: [...view.eventTypes] }
}

/** The POST/PUT body; `enabled` as it is (a new subscription is switched on). */
export function toWebhookInput(values: WebhookFormValues, enabled = true): WebhookInput {
  const description = values.description.trim()
  return { url: values.url.trim(), description: description === '' ? null : description, eventTypes: toEventTypes(values.eventTypes), enabled }
}

/** What a subscription is called in headings and questions: its description, else its address. */
export function webhookName(webhook: Pick<WebhookView, 'url' | 'description'>): string {
  return webhook.description?.trim() || webhook.url
}

/**
 * What a subscription is called in a page heading: its description, else its address without the
 * scheme and the query, and with only the last part of a long path ("intranet.example.dk/…/samspil").
 * The whole address is on the page below it.
 */
export function webhookTitle(webhook: Pick<WebhookView, 'url' | 'description'>): string {
  const description = webhook.description?.trim()
  if (description) return description
  let url: URL
  try {
    url = new URL(webhook.url)
  } catch {
    return webhook.url
  }
  const segments = url.pathname.split('/').filter((part) => part !== '')
  const path = segments.join('/')
  const short = `${url.host}${path ? `/${path}` : ''}`
  return short.length > 40 && segments.length > 1 ? `${url.host}/…/${segments.at(-1)}` : short
}

/** A saved subscription's own body, e.g. to switch it on or off without the form's edits. */
export function inputOf(view: WebhookView, enabled: boolean): WebhookInput {
  return { url: view.url, description: view.description ?? null, eventTypes: [...view.eventTypes], enabled }
}

/** What the form can tell before sending: an address, and at least one event. */
export function checkWebhookValues(values: WebhookFormValues, message: (problem: 'urlMissing' | 'noEvents') => string): FieldError[] {
  const errors: FieldError[] = []
  if (values.url.trim() === '') errors.push({ field: 'url', message: message('urlMissing') })
  if (toEventTypes(values.eventTypes).length === 0) errors.push({ field: 'eventTypes', message: message('noEvents') })
  return errors
}

/** Everything the API would refuse in the form, at once: the form's own checks and the contract's rules. */
export function webhookFormErrors(values: WebhookFormValues, t: Translate): FieldError[] {
  return withContractErrors(checkWebhookValues(values, (p) => t(`webhookForm.local.${p}`)), 'WebhookInput', toWebhookInput(values), t)
}
