import { describe, expect, it } from 'vitest'
import type { WebhookDelivery } from '@/api/types'
import { attemptDueSoon, deliveryState, lastAttempt, subscriptionStatus } from './webhookStatus'

const base = { enabled: true, disabledAt: null, disabledReason: null, failingSince: null } as const

describe('subscriptionStatus', () => {
  it('is active while deliveries go through', () => {
    expect(subscriptionStatus(base)).toEqual({ state: 'active', badge: 'badge-success', since: null })
  })

  it('warns while every attempt fails, from when', () => {
    expect(subscriptionStatus({ ...base, failingSince: '2026-03-01T10:00:00Z' })).toEqual({
      state: 'failing',
      badge: 'badge-warning',
      since: '2026-03-01T10:00:00Z',
    })
  })

  it('tells switched off by Samspil after 5 days of failures from switched off by an admin', () => {
    expect(
      subscriptionStatus({ enabled: false, disabledAt: '2026-03-06T10:00:00Z', disabledReason: 'failing', failingSince: '2026-03-01T10:00:00Z' }),
    ).toEqual({ state: 'disabledFailing', badge: 'badge-error', since: '2026-03-06T10:00:00Z' })
    expect(subscriptionStatus({ ...base, enabled: false, disabledAt: '2026-03-02T08:00:00Z', disabledReason: 'admin' })).toEqual({
      state: 'disabledAdmin',
      badge: 'badge-info',
      since: '2026-03-02T08:00:00Z',
    })
  })
})

const delivery = (over: Partial<WebhookDelivery>): WebhookDelivery => ({
  id: 1,
  messageId: 'msg_1',
  eventType: 'webhook.ping',
  state: 'pending',
  attempts: 0,
  lastStatus: null,
  lastLatencyMs: null,
  lastError: null,
  lastAttemptAt: null,
  nextAttemptAt: '2026-03-01T10:00:00Z',
  createdAt: '2026-03-01T10:00:00Z',
  finishedAt: null,
  ...over,
})

describe('lastAttempt', () => {
  const at = '2026-12-06T07:34:00Z'

  it('is nothing before the first attempt', () => {
    expect(lastAttempt({ lastAttemptAt: null, lastAttemptStatus: null, lastAttemptDelivered: null })).toBeNull()
    expect(lastAttempt({})).toBeNull()
  })

  it('tells a taken delivery from a refused one and from one that got no answer', () => {
    expect(lastAttempt({ lastAttemptAt: at, lastAttemptStatus: 204, lastAttemptDelivered: true })).toEqual({ key: 'delivered', at, status: 204 })
    expect(lastAttempt({ lastAttemptAt: at, lastAttemptStatus: 503, lastAttemptDelivered: false })).toEqual({ key: 'failed', at, status: 503 })
    expect(lastAttempt({ lastAttemptAt: at, lastAttemptStatus: null, lastAttemptDelivered: false })).toEqual({ key: 'noAnswer', at, status: null })
  })
})

describe('deliveryState', () => {
  it('is waiting before the first attempt and retrying after a failed one', () => {
    expect(deliveryState(delivery({}))).toEqual({ state: 'waiting', badge: 'badge-info' })
    expect(deliveryState(delivery({ attempts: 2, lastStatus: 500, lastAttemptAt: '2026-03-01T10:00:05Z' }))).toEqual({
      state: 'retrying',
      badge: 'badge-warning',
    })
  })

  it('is delivered or given up once finished', () => {
    expect(deliveryState(delivery({ state: 'delivered', lastStatus: 200 }))).toEqual({ state: 'delivered', badge: 'badge-success' })
    expect(deliveryState(delivery({ state: 'failed' }))).toEqual({ state: 'failed', badge: 'badge-error' })
  })
})

describe('attemptDueSoon', () => {
  const now = Date.parse('2026-03-01T10:00:00Z')

  it('is true for a delivery waiting to be tried now or within seconds, or being tried', () => {
    expect(attemptDueSoon([delivery({ nextAttemptAt: '2026-03-01T09:59:58Z' })], now)).toBe(true)
    expect(attemptDueSoon([delivery({ nextAttemptAt: '2026-03-01T10:00:10Z' })], now)).toBe(true)
    // Claimed: its next try is moved past the lease while the answer is awaited.
    expect(attemptDueSoon([delivery({ attempts: 1, nextAttemptAt: '2026-03-01T10:02:00Z' })], now)).toBe(true)
  })

  it('is false when nothing waits, or the next retry is minutes away', () => {
    expect(attemptDueSoon([], now)).toBe(false)
    expect(attemptDueSoon([delivery({ state: 'delivered', nextAttemptAt: null })], now)).toBe(false)
    expect(
      attemptDueSoon([delivery({ attempts: 3, lastAttemptAt: '2026-03-01T09:58:00Z', nextAttemptAt: '2026-03-01T10:04:00Z' })], now),
    ).toBe(false)
  })
})
