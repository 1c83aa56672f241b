import type { WebhookDelivery, WebhookView } from '@/api/types'

/** How a subscription is doing, as its list row and page show it. */
export type SubscriptionState =
  /** Sending, and the last attempt went through (or none has been made). */
  | 'active'
  /** Sending, but every attempt since `since` has failed; after 5 days it is switched off. */
  | 'failing'
  /** Switched off by Samspil, because every attempt failed for 5 days. */
  | 'disabledFailing'
  /** Switched off by an admin. */
  | 'disabledAdmin'

export interface SubscriptionStatus {
  state: SubscriptionState
  /** The dkfds badge class. */
  badge: string
  /** Since when it is so (failing since, switched off at); null when it does not say. */
  since: string | null
}

export function subscriptionStatus(webhook: Pick<WebhookView, 'enabled' | 'disabledAt' | 'disabledReason' | 'failingSince'>): SubscriptionStatus {
  if (!webhook.enabled) {
    return webhook.disabledReason === 'failing'
      ? { state: 'disabledFailing', badge: 'badge-error', since: webhook.disabledAt ?? null }
      : { state: 'disabledAdmin', badge: 'badge-info', since: webhook.disabledAt ?? null }
  }
  if (webhook.failingSince) return { state: 'failing', badge: 'badge-warning', since: webhook.failingSince }
  return { state: 'active', badge: 'badge-success', since: null }
}

/** How the newest attempted delivery went, as the subscription's status says it; null before any attempt. */
export interface LastAttempt {
  /** The text: taken, refused with a status, or no answer at all. */
  key: 'delivered' | 'failed' | 'noAnswer'
  at: string
  status: number | null
}

export function lastAttempt(
  webhook: Pick<WebhookView, 'lastAttemptAt' | 'lastAttemptStatus' | 'lastAttemptDelivered'>,
): LastAttempt | null {
  if (!webhook.lastAttemptAt) return null
  const status = webhook.lastAttemptStatus ?? null
  const key = webhook.lastAttemptDelivered ? 'delivered' : status === null ? 'noAnswer' : 'failed'
  return { key, at: webhook.lastAttemptAt, status }
}

/** Where a delivery is, as its row in the log shows it. */
export type DeliveryState =
  /** Answered 2xx. */
  | 'delivered'
  /** Waiting for its first attempt. */
  | 'waiting'
  /** Tried and failed; it is tried again at nextAttemptAt. */
  | 'retrying'
  /** Given up after 24 hours of attempts. */
  | 'failed'

export function deliveryState(delivery: Pick<WebhookDelivery, 'state' | 'lastAttemptAt'>): { state: DeliveryState; badge: string } {
  if (delivery.state === 'delivered') return { state: 'delivered', badge: 'badge-success' }
  if (delivery.state === 'failed') return { state: 'failed', badge: 'badge-error' }
  return delivery.lastAttemptAt ? { state: 'retrying', badge: 'badge-warning' } : { state: 'waiting', badge: 'badge-info' }
}

/** How far ahead an attempt counts as "about to happen" (the worker runs every 5 s). */
export const SOON_MS = 15_000

/**
 * Whether a delivery on the page is about to be attempted or being attempted (a ping or redelivery
 * just queued, a retry due now, a first attempt under way): the log then looks again shortly, so its
 * outcome appears without the user reloading.
 */
export function attemptDueSoon(
  deliveries: readonly Pick<WebhookDelivery, 'state' | 'attempts' | 'lastAttemptAt' | 'nextAttemptAt'>[],
  now: number,
): boolean {
  return deliveries.some((d) => {
    if (d.state !== 'pending') return false
    // Claimed for its first attempt: the answer is being waited for (at most 10 s).
    if (d.attempts > 0 && !d.lastAttemptAt) return true
    const next = d.nextAttemptAt ? Date.parse(d.nextAttemptAt) : Number.NaN
    return Number.isNaN(next) || next <= now + SOON_MS
  })
}
