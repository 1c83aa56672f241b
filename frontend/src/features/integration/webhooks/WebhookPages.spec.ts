import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WebhookDelivery, WebhookView } from '@/api/types'
import { resetSession } from '@/shared/auth/session'
import { setLocale } from '@/i18n'
import { createWebhook, fetchDeliveries, fetchWebhook, fetchWebhooks, pingWebhook, redeliver } from './webhookApi'
import WebhookCreatePage from './WebhookCreatePage.vue'
import WebhookDeliveriesPage from './WebhookDeliveriesPage.vue'
import WebhookListPage from './WebhookListPage.vue'
import { signInForTest } from '@/shared/auth/testSession'
import { mountInApp } from '@/app/testMount'

vi.mock('./webhookApi', async (original) => ({
  ...(await original<typeof import('./webhookApi')>()),
  fetchWebhooks: vi.fn(),
  fetchWebhook: vi.fn(),
  createWebhook: vi.fn(),
  fetchDeliveries: vi.fn(),
  pingWebhook: vi.fn(),
  redeliver: vi.fn(),
}))

const webhook: WebhookView = {
  id: 5,
  url: 'https://intranet.example.dk/samspil',
  description: null,
  eventTypes: ['library.created', 'library.updated', 'library.deleted', 'theme.updated'],
  enabled: true,
  disabledAt: null,
  disabledReason: null,
  failingSince: null,
  previousSecretValidUntil: null,
  createdAt: '2026-02-01T10:00:00Z',
  updatedAt: '2026-02-01T10:00:00Z',
  version: 0,
}

const delivery = (over: Partial<WebhookDelivery>): WebhookDelivery => ({
  id: 11,
  messageId: 'msg_40',
  eventType: 'library.updated',
  state: 'delivered',
  attempts: 1,
  lastStatus: 200,
  lastLatencyMs: 12,
  lastError: null,
  lastAttemptAt: '2026-03-01T10:00:01Z',
  nextAttemptAt: null,
  createdAt: '2026-03-01T10:00:00Z',
  finishedAt: '2026-03-01T10:00:01Z',
  ...over,
})

const page = <T>(items: T[]) => ({ items, page: 1, size: 20, totalItems: items.length, totalPages: 1 })

function mountAt(path: string, component: object, props: Record<string, unknown> = {}) {
  return mountInApp(path, component, { props, attach: true })
}

beforeEach(() => {
  resetSession()
  setLocale('da')
  signInForTest(['ADMIN'], { id: 1, email: 'admin@samspil.demo', displayName: 'Ada' })
})
afterEach(() => {
  vi.mocked(fetchWebhooks).mockReset()
  vi.mocked(fetchWebhook).mockReset()
  vi.mocked(createWebhook).mockReset()
  vi.mocked(fetchDeliveries).mockReset()
  vi.mocked(pingWebhook).mockReset()
  vi.mocked(redeliver).mockReset()
  document.body.innerHTML = ''
})

describe('WebhookListPage', () => {
  it('lists each subscription with its events by type, its status and its links', async () => {
    vi.mocked(fetchWebhooks).mockResolvedValue(
      page([
        webhook,
        { ...webhook, id: 6, description: 'Intranettet', eventTypes: ['*'], enabled: false, disabledReason: 'failing', disabledAt: '2026-03-06T10:00:00Z' },
      ]),
    )
    const { wrapper } = await mountAt('/admin/webhooks', WebhookListPage)

    expect(fetchWebhooks).toHaveBeenCalledWith({ page: 1, size: 20, sort: '-createdAt' }, expect.any(AbortSignal))
    const first = wrapper.get('[data-testid="webhook-row-5"]')
    expect(first.text()).toContain('https://intranet.example.dk/samspil')
    expect(first.findAll('li').map((li) => li.text())).toEqual(expect.arrayContaining(['Biblioteker: alle ændringer', 'Temaer: ændret']))
    expect(first.get('.badge').text()).toBe('Aktiv')
    // The link names the subscription for screen readers (in the sr-only part).
    expect(first.get('a[href="/admin/webhooks/5"]').text()).toMatch(/^Rediger\s*https:\/\/intranet\.example\.dk\/samspil$/)
    expect(first.get('a[href="/admin/webhooks/5/leverancer"]').text()).toContain('Leverancer')

    const second = wrapper.get('[data-testid="webhook-row-6"]')
    expect(second.text()).toContain('Intranettet')
    expect(second.text()).toContain('Alle hændelser')
    expect(second.get('.badge').text()).toBe('Slået fra automatisk')
    expect(second.text()).toContain('fordi alle forsøg var fejlet i 5 dage')
  })
})

describe('WebhookCreatePage', () => {
  it('subscribes the address to the chosen events and shows the secret once, instead of the form', async () => {
    vi.mocked(createWebhook).mockResolvedValue({ webhook: { ...webhook, eventTypes: ['library.created'] }, secret: 'whsec_c2VjcmV0' })
    const { wrapper } = await mountAt('/admin/webhooks/ny', WebhookCreatePage)

    await wrapper.get('#webhook-url').setValue(' https://intranet.example.dk/samspil ')
    await wrapper.get('#webhook-event-library-created').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(createWebhook).toHaveBeenCalledWith({
      url: 'https://intranet.example.dk/samspil',
      description: null,
      eventTypes: ['library.created'],
      enabled: true,
    })
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.get('[data-testid="webhook-secret"]').text()).toContain('Kopiér signeringshemmeligheden nu. Den bliver ikke vist igen.')
    expect((wrapper.get('[data-testid="webhook-secret-value"]').element as HTMLInputElement).value).toBe('whsec_c2VjcmV0')
    expect(wrapper.get('[data-testid="webhook-details"]').text()).toContain('Biblioteker: oprettet')
    expect(wrapper.get('[data-testid="secret-done"]').attributes('href')).toBe('/admin/webhooks/5')
  })

  it('asks for the address and an event before sending anything', async () => {
    const { wrapper } = await mountAt('/admin/webhooks/ny', WebhookCreatePage)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(createWebhook).not.toHaveBeenCalled()
    const summary = wrapper.get('.samspil-error-summary').text()
    expect(summary).toContain('Skriv den adresse, der skal modtage hændelserne.')
    expect(summary).toContain('Vælg mindst én hændelse.')
  })
})

describe('WebhookDeliveriesPage', () => {
  it('shows each delivery’s event, state, attempts, answer, time and next try, and redelivers one', async () => {
    vi.mocked(fetchWebhook).mockResolvedValue({ data: webhook, etag: '"v0"' })
    vi.mocked(fetchDeliveries).mockResolvedValue(
      page([
        delivery({}),
        delivery({
          id: 10,
          messageId: 'msg_39',
          eventType: 'webhook.ping',
          state: 'pending',
          attempts: 2,
          lastStatus: 503,
          lastLatencyMs: 1500,
          lastError: 'HTTP 503: nede',
          nextAttemptAt: '2026-03-01T11:00:00Z',
        }),
      ]),
    )
    vi.mocked(redeliver).mockResolvedValue(delivery({ id: 12, state: 'pending' }))
    const { wrapper } = await mountAt('/admin/webhooks/5/leverancer', WebhookDeliveriesPage, { id: '5' })

    expect(wrapper.get('h1').text()).toBe('Leverancer til intranet.example.dk/samspil')
    expect(fetchDeliveries).toHaveBeenCalledWith(5, { page: 1, size: 20, sort: '-createdAt' }, expect.any(AbortSignal))
    const delivered = wrapper.get('[data-testid="delivery-row-11"]')
    expect(delivered.text()).toContain('msg_40')
    expect(delivered.text()).toContain('Biblioteker: ændret')
    expect(delivered.get('.badge').text()).toBe('Leveret')
    expect(delivered.get('td[data-title="Sidste svar"]').text()).toBe('200')
    expect(delivered.get('td[data-title="Svartid"]').text()).toBe('12 ms')
    const retrying = wrapper.get('[data-testid="delivery-row-10"]')
    expect(retrying.text()).toContain('Test')
    expect(retrying.get('.badge').text()).toBe('Prøver igen')
    expect(retrying.get('td[data-title="Sidste svar"]').text()).toBe('503HTTP 503: nede')
    expect(retrying.get('td[data-title="Svartid"]').text()).toBe('1.500 ms')
    expect(retrying.get('td[data-title="Forsøg"]').text()).toBe('2')
    expect(retrying.get('td[data-title="Næste forsøg"]').text()).toMatch(/2026/)

    await retrying.get('button').trigger('click')
    await flushPromises()
    expect(redeliver).toHaveBeenCalledWith(5, 10)
    expect(fetchDeliveries).toHaveBeenCalledTimes(2)
    expect(wrapper.get('[data-testid="deliveries-message"]').text()).toBe('Hændelsen sendes igen som en ny leverance øverst i listen.')
  })

  it('says when the subscription is switched off, and that a test is still sent', async () => {
    vi.mocked(fetchWebhook).mockResolvedValue({ data: { ...webhook, enabled: false, disabledReason: 'admin', disabledAt: '2026-03-01T10:00:00Z' }, etag: '"v1"' })
    vi.mocked(fetchDeliveries).mockResolvedValue(page([]))
    vi.mocked(pingWebhook).mockResolvedValue(delivery({ state: 'pending' }))
    const { wrapper } = await mountAt('/admin/webhooks/5/leverancer', WebhookDeliveriesPage, { id: '5' })

    expect(wrapper.get('[data-testid="webhook-disabled-note"]').text()).toContain('en test eller en genlevering sendes stadig')
    expect(wrapper.get('[data-testid="delivery-empty"]').text()).toContain('Send en test')
    await wrapper.get('[data-testid="deliveries-ping"]').trigger('click')
    await flushPromises()
    expect(pingWebhook).toHaveBeenCalledWith(5)
    expect(wrapper.get('[data-testid="deliveries-message"]').text()).toContain('Testhændelsen er sat i kø.')
  })

  it('says the subscription is not found', async () => {
    const { ProblemError } = await import('@/api/client')
    vi.mocked(fetchWebhook).mockRejectedValue(new ProblemError({ type: 'about:blank', title: 'Ikke fundet', status: 404 }))
    vi.mocked(fetchDeliveries).mockRejectedValue(new ProblemError({ type: 'about:blank', title: 'Ikke fundet', status: 404 }))
    const { wrapper } = await mountAt('/admin/webhooks/99/leverancer', WebhookDeliveriesPage, { id: '99' })
    expect(wrapper.get('h1').text()).toBe('Abonnementet findes ikke')
    expect(wrapper.text()).toContain('Tilbage til webhooks')
  })
})
