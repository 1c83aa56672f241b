import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WebhookView } from '@/api/types'
import { resetSession } from '@/shared/auth/session'
import { setLocale } from '@/i18n'
import { deleteWebhook, fetchWebhook, pingWebhook, rotateWebhookSecret, updateWebhook } from './webhookApi'
import WebhookEditPage from './WebhookEditPage.vue'
import { signInForTest } from '@/shared/auth/testSession'
import { mountInApp } from '@/app/testMount'

vi.mock('./webhookApi', async (original) => ({
  ...(await original<typeof import('./webhookApi')>()),
  fetchWebhook: vi.fn(),
  updateWebhook: vi.fn(),
  deleteWebhook: vi.fn(),
  rotateWebhookSecret: vi.fn(),
  pingWebhook: vi.fn(),
}))

/** Switched off by Samspil after 5 days of failures. */
const webhook: WebhookView = {
  id: 5,
  url: 'https://intranet.example.dk/samspil',
  description: 'Kommunens intranet',
  eventTypes: ['library.created', 'library.updated', 'library.deleted', 'theme.updated'],
  enabled: false,
  disabledAt: '2026-03-06T10:00:00Z',
  disabledReason: 'failing',
  failingSince: '2026-03-01T10:00:00Z',
  previousSecretValidUntil: null,
  createdAt: '2026-02-01T10:00:00Z',
  updatedAt: '2026-03-06T10:00:00Z',
  version: 7,
}

async function mountEdit() {
  return mountInApp('/admin/webhooks/5', WebhookEditPage, { props: { id: '5' }, attach: true })
}

const checkbox = (wrapper: Awaited<ReturnType<typeof mountEdit>>['wrapper'], id: string) => wrapper.get(`#${id}`).element as HTMLInputElement

beforeEach(() => {
  resetSession()
  setLocale('da')
  signInForTest(['ADMIN'], { id: 1, email: 'admin@samspil.demo', displayName: 'Ada' })
  vi.mocked(fetchWebhook).mockResolvedValue({ data: webhook, etag: '"v7"' })
})
afterEach(() => {
  vi.mocked(fetchWebhook).mockReset()
  vi.mocked(updateWebhook).mockReset()
  vi.mocked(deleteWebhook).mockReset()
  vi.mocked(rotateWebhookSecret).mockReset()
  vi.mocked(pingWebhook).mockReset()
  document.body.innerHTML = ''
})

describe('WebhookEditPage', () => {
  it('says it was switched off automatically, since when and why, and fills the form by type', async () => {
    const { wrapper } = await mountEdit()
    expect(wrapper.get('h1').text()).toBe('Rediger Kommunens intranet')
    const state = wrapper.get('[data-testid="webhook-state"]')
    expect(state.get('.badge').text()).toBe('Slået fra automatisk')
    expect(state.text()).toMatch(/Samspil slog abonnementet fra .*2026.*, fordi alle forsøg var fejlet i 5 dage\./)
    expect(state.get('[data-testid="webhook-toggle"]').text()).toBe('Slå abonnementet til igen')

    expect((wrapper.get('#webhook-url').element as HTMLInputElement).value).toBe(webhook.url)
    expect(checkbox(wrapper, 'webhook-event-library-deleted').checked).toBe(true)
    expect(checkbox(wrapper, 'webhook-event-theme-updated').checked).toBe(true)
    expect(checkbox(wrapper, 'webhook-event-theme-created').checked).toBe(false)
    expect(wrapper.find('#webhook-event-attachment-created').exists()).toBe(false)
  })

  it('switches it on again with If-Match, keeping what was typed in the form, and saves with the new ETag', async () => {
    vi.mocked(updateWebhook)
      .mockResolvedValueOnce({ data: { ...webhook, enabled: true, disabledAt: null, disabledReason: null, failingSince: null, version: 8 }, etag: '"v8"' })
      .mockResolvedValueOnce({ data: { ...webhook, version: 9 }, etag: '"v9"' })
    const { wrapper, router } = await mountEdit()
    await wrapper.get('#webhook-description').setValue('Intranettet')

    await wrapper.get('[data-testid="webhook-toggle"]').trigger('click')
    await flushPromises()

    expect(updateWebhook).toHaveBeenCalledWith(
      5,
      { url: webhook.url, description: 'Kommunens intranet', eventTypes: webhook.eventTypes, enabled: true },
      '"v7"',
    )
    const state = wrapper.get('[data-testid="webhook-state"]')
    expect(state.get('.badge').text()).toBe('Aktiv')
    expect(state.get('[role="status"]').text()).toBe('Abonnementet er slået til.')
    expect(state.get('[data-testid="webhook-toggle"]').text()).toBe('Slå abonnementet fra')
    expect((wrapper.get('#webhook-description').element as HTMLInputElement).value).toBe('Intranettet')

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(updateWebhook).toHaveBeenLastCalledWith(5, expect.objectContaining({ description: 'Intranettet', enabled: true }), '"v8"')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('admin-webhooks'))
  })

  it('sends only * when all events are ticked, and asks for an event when none is', async () => {
    vi.mocked(updateWebhook).mockResolvedValue({ data: webhook, etag: '"v8"' })
    const { wrapper } = await mountEdit()
    for (const id of ['library-created', 'library-updated', 'library-deleted', 'theme-updated']) {
      await wrapper.get(`#webhook-event-${id}`).setValue(false)
    }
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(updateWebhook).not.toHaveBeenCalled()
    expect(wrapper.get('.form-error-message').text()).toContain('Vælg mindst én hændelse.')

    await wrapper.get('#webhook-event-all').setValue(true)
    // The types' checkboxes no longer count (their fieldsets are disabled).
    expect(wrapper.findAll('[data-testid="webhook-event-groups"] fieldset').every((f) => f.attributes('disabled') !== undefined)).toBe(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(updateWebhook).toHaveBeenCalledWith(5, expect.objectContaining({ eventTypes: ['*'], enabled: false }), '"v7"')
  })

  it('makes a new secret after asking, shows it once, and keeps the new version for saving', async () => {
    vi.mocked(rotateWebhookSecret).mockResolvedValue({
      secret: 'whsec_bmV3LXNlY3JldA==',
      webhook: { data: { ...webhook, previousSecretValidUntil: '2026-03-08T10:00:00Z', version: 8 }, etag: '"v8"' },
    })
    vi.mocked(updateWebhook).mockResolvedValue({ data: webhook, etag: '"v9"' })
    const { wrapper } = await mountEdit()

    await wrapper.get('[data-testid="webhook-rotate"]').trigger('click')
    await flushPromises()
    const question = wrapper.get('[data-testid="rotate-confirm"]')
    expect(question.get('h2').text()).toBe('Vil du lave en ny hemmelighed til Kommunens intranet?')
    expect(rotateWebhookSecret).not.toHaveBeenCalled()

    await wrapper.get('[data-testid="rotate-confirm-button"]').trigger('click')
    await flushPromises()
    expect(rotateWebhookSecret).toHaveBeenCalledWith(5)
    const secret = wrapper.get('[data-testid="webhook-rotated-secret"]')
    expect(secret.text()).toContain('Den bliver ikke vist igen.')
    expect((wrapper.get('[data-testid="webhook-rotated-secret-value"]').element as HTMLInputElement).value).toBe('whsec_bmV3LXNlY3JldA==')
    expect(document.activeElement).toBe(wrapper.get('#webhook-rotated-secret-heading').element)
    expect(wrapper.get('[data-testid="webhook-previous-secret"]').text()).toContain('Den forrige hemmelighed signerer også leverancer indtil')

    await wrapper.get('[data-testid="rotated-secret-done"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="webhook-rotated-secret"]').exists()).toBe(false)
    expect(document.activeElement).toBe(wrapper.get('[data-testid="webhook-rotate"]').element)

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(updateWebhook).toHaveBeenCalledWith(5, expect.anything(), '"v8"')
  })

  it('sends a test and goes to the delivery log', async () => {
    vi.mocked(pingWebhook).mockResolvedValue({} as never)
    const { wrapper, router } = await mountEdit()
    await wrapper.get('[data-testid="webhook-ping"]').trigger('click')
    await flushPromises()
    expect(pingWebhook).toHaveBeenCalledWith(5)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/admin/webhooks/5/leverancer'))
  })

  it('deletes it after asking, with If-Match', async () => {
    vi.mocked(deleteWebhook).mockResolvedValue()
    const { wrapper, router } = await mountEdit()
    await wrapper.get('[data-testid="delete-start"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="delete-confirm"] h3').text()).toBe('Vil du slette abonnementet til Kommunens intranet?')
    await wrapper.get('[data-testid="delete-confirm-button"]').trigger('click')
    await flushPromises()
    expect(deleteWebhook).toHaveBeenCalledWith(5, '"v7"')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('admin-webhooks'))
  })
})
