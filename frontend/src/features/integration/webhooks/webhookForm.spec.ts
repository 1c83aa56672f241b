import { describe, expect, it } from 'vitest'
import type { WebhookView } from '@/api/types'
import { checkWebhookValues, inputOf, toWebhookInput, webhookName, webhookTitle, webhookValues } from './webhookForm'

const view: WebhookView = {
  id: 3,
  url: 'https://intranet.example.dk/samspil',
  description: 'Kommunens intranet',
  eventTypes: ['library.created', 'theme.updated'],
  enabled: false,
  disabledAt: '2026-03-01T10:00:00Z',
  disabledReason: 'admin',
  failingSince: null,
  previousSecretValidUntil: null,
  createdAt: '2026-02-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  version: 4,
}

describe('webhook form', () => {
  it('sends the trimmed address, no empty description, and the events in order', () => {
    expect(
      toWebhookInput({ url: '  https://x.example/hook ', description: '   ', eventTypes: ['theme.updated', 'library.created'] }),
    ).toEqual({ url: 'https://x.example/hook', description: null, eventTypes: ['library.created', 'theme.updated'], enabled: true })
  })

  it('keeps a subscription switched off when its fields are saved', () => {
    expect(toWebhookInput(webhookValues(view), view.enabled).enabled).toBe(false)
    expect(inputOf(view, true)).toEqual({
      url: view.url,
      description: 'Kommunens intranet',
      eventTypes: ['library.created', 'theme.updated'],
      enabled: true,
    })
  })

  it('asks for an address and at least one event before sending', () => {
    const message = (p: string) => p
    expect(checkWebhookValues({ url: ' ', description: '', eventTypes: [] }, message)).toEqual([
      { field: 'url', message: 'urlMissing' },
      { field: 'eventTypes', message: 'noEvents' },
    ])
    expect(checkWebhookValues({ url: 'https://x.example', description: '', eventTypes: ['*'] }, message)).toEqual([])
  })

  it('names a subscription by its description, else its address', () => {
    expect(webhookName(view)).toBe('Kommunens intranet')
    expect(webhookName({ ...view, description: null })).toBe('https://intranet.example.dk/samspil')
  })

  it('titles a page by the description, else by a short form of the address', () => {
    expect(webhookTitle(view)).toBe('Kommunens intranet')
    const titled = (url: string) => webhookTitle({ url, description: '  ' })
    expect(titled('https://intranet.example.dk/samspil?key=1')).toBe('intranet.example.dk/samspil')
    expect(titled('https://intranet.example.dk')).toBe('intranet.example.dk')
    expect(titled('http://127.0.0.1:9/a/very/long/path/for-the-receiving-system/samspil-events?tenant=x')).toBe('127.0.0.1:9/…/samspil-events')
    expect(titled('not a url')).toBe('not a url')
  })
})
