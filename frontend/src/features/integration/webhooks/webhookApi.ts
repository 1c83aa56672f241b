import { api, unwrap, unwrapNoContent, unwrapWithETag, versionETag, type Versioned } from '@/api/client'
import type {
  WebhookCreated,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookInput,
  WebhookListQuery,
  WebhookPage,
  WebhookView,
} from '@/api/types'

export function fetchWebhooks(query: WebhookListQuery, signal?: AbortSignal): Promise<WebhookPage> {
  return unwrap(api.GET('/api/webhooks', { params: { query }, signal }))
}

export function fetchWebhook(id: number, signal?: AbortSignal): Promise<Versioned<WebhookView>> {
  return unwrapWithETag(api.GET('/api/webhooks/{id}', { params: { path: { id } }, signal }))
}

/** Subscribes a URL. The answer holds the signing secret: it is shown once and never again. */
export function createWebhook(input: WebhookInput): Promise<WebhookCreated> {
  return unwrap(api.POST('/api/webhooks', { body: input }))
}

export function updateWebhook(id: number, input: WebhookInput, etag: string): Promise<Versioned<WebhookView>> {
  return unwrapWithETag(api.PUT('/api/webhooks/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }))
}

export function deleteWebhook(id: number, etag: string): Promise<void> {
  return unwrapNoContent(api.DELETE('/api/webhooks/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }))
}

/**
 * A new signing secret, shown once. The subscription's version changes with it; the answer has no
 * ETag header, so the new one is made from the version it carries.
 */
export async function rotateWebhookSecret(id: number): Promise<{ secret: string; webhook: Versioned<WebhookView> }> {
  const created = await unwrap(api.POST('/api/webhooks/{id}/rotate-secret', { params: { path: { id } } }))
  return { secret: created.secret, webhook: { data: created.webhook, etag: versionETag(created.webhook.version) } }
}

/** Queues a webhook.ping test event for the subscription (also while it is switched off). */
export function pingWebhook(id: number): Promise<WebhookDelivery> {
  return unwrap(api.POST('/api/webhooks/{id}/ping', { params: { path: { id } } }))
}

export function fetchDeliveries(id: number, query: WebhookDeliveryQuery, signal?: AbortSignal): Promise<WebhookDeliveryPage> {
  return unwrap(api.GET('/api/webhooks/{id}/deliveries', { params: { path: { id }, query }, signal }))
}

/** Queues the same message again as a new delivery. */
export function redeliver(id: number, deliveryId: number): Promise<WebhookDelivery> {
  return unwrap(api.POST('/api/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id, deliveryId } } }))
}
