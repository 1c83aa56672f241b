import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'
import { login } from './session'

// Webhooks in the administration, against a receiver this test starts on loopback (the app runs with
// SAMSPIL_WEBHOOKS_ALLOW_INSECURE_TARGETS=true and a secret key, see the Makefile's e2e target). The
// subscription it creates is deleted again, also when the test stops half-way.

const ADMIN = 'admin@samspil.demo'
const COORDINATOR = 'koordinator@samspil.demo'

const adminMenu = (page: Page) => page.getByRole('navigation', { name: 'Administration' })
const flash = (page: Page) => page.getByTestId('flash-message')

interface Received {
  headers: IncomingHttpHeaders
  body: string
}

/** An HTTP server on 127.0.0.1 (a free port) that answers 200 to every POST and keeps what came. */
async function startReceiver() {
  const received: Received[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/samspil-hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const header = (r: Received, name: string): string => {
  const value = r.headers[name]
  return Array.isArray(value) ? value.join(',') : (value ?? '')
}

/**
 * Standard Webhooks: HMAC-SHA256 keyed with the base64 part of the secret after "whsec_", over
 * "<webhook-id>.<webhook-timestamp>.<body>", in base64 after "v1,". The header may hold several
 * signatures separated by spaces; the message is genuine when one of them matches.
 */
function signedWith(secret: string, r: Received): boolean {
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/)
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64')
  const expected = createHmac('sha256', key)
    .update(`${header(r, 'webhook-id')}.${header(r, 'webhook-timestamp')}.${r.body}`, 'utf8')
    .digest()
  return header(r, 'webhook-signature')
    .split(' ')
    .some((signature) => {
      if (!signature.startsWith('v1,')) return false
      const given = Buffer.from(signature.slice(3), 'base64')
      return given.length === expected.length && timingSafeEqual(given, expected)
    })
}

/** What every delivery carries: the message id, a current timestamp, v1 signatures, and the event as JSON. */
function expectStandardHeaders(r: Received, eventType: string): void {
  expect(header(r, 'webhook-id')).toMatch(/^msg_\d+$/)
  expect(header(r, 'webhook-timestamp')).toMatch(/^\d+$/)
  expect(Math.abs(Date.now() / 1000 - Number(header(r, 'webhook-timestamp')))).toBeLessThan(300)
  expect(header(r, 'webhook-signature')).toMatch(/^v1,[A-Za-z0-9+/]+={0,2}( v1,[A-Za-z0-9+/]+={0,2})*$/)
  expect(header(r, 'content-type')).toContain('application/json')
  expect((JSON.parse(r.body) as { type: string }).type).toBe(eventType)
}

async function csrfToken(page: Page): Promise<string> {
  const session = await page.request.get('/api/auth/session')
  return ((await session.json()) as { csrfToken: string }).csrfToken
}

/** Deletes the test's subscription when the test stopped before deleting it (nothing is left behind). */
async function deleteWebhookIfLeft(page: Page, url: string): Promise<void> {
  const response = await page.request.get('/api/webhooks?size=100')
  if (response.status() !== 200) return
  const { items } = (await response.json()) as { items: { id: number; url: string; version: number }[] }
  for (const webhook of items.filter((w) => w.url === url)) {
    await page.request.delete(`/api/webhooks/${webhook.id}`, {
      headers: { 'If-Match': `"v${webhook.version}"`, 'X-CSRF-Token': await csrfToken(page) },
    })
  }
}

test('an admin subscribes a receiver, sees the secret once, tests, redelivers, switches it off and on, rotates the secret and deletes it', async ({
  page,
}) => {
  // The delivery worker runs every 5 s: a few rounds of waiting for it.
  test.setTimeout(150_000)
  const receiver = await startReceiver()
  const name = `E2E-webhook ${Date.now()}`
  await login(page, ADMIN)
  try {
    // The list, from the administration's menu.
    await adminMenu(page).getByRole('link', { name: 'Webhooks', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible()
    await expect(page.getByTestId('webhook-count').or(page.getByTestId('webhook-empty')).first()).toBeVisible()
    await expectNoA11yViolations(page)

    // Create: the address, a description and the events, by type.
    await page.getByRole('link', { name: 'Opret abonnement' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Opret webhook-abonnement' })).toBeVisible()
    await expectNoA11yViolations(page)
    await page.getByLabel('Adresse (URL)').fill(receiver.url)
    await page.getByLabel('Beskrivelse').fill(name)
    const libraries = page.getByRole('group', { name: 'Biblioteker' })
    await libraries.getByRole('checkbox', { name: 'Oprettet' }).check()
    await libraries.getByRole('checkbox', { name: 'Ændret' }).check()
    await page.getByRole('button', { name: 'Opret abonnement' }).click()

    // The signing secret, shown this once.
    const secretPanel = page.getByTestId('webhook-secret')
    await expect(secretPanel.getByRole('heading', { name: `Abonnementet til ${name} er oprettet` })).toBeFocused()
    await expect(secretPanel).toContainText('Den bliver ikke vist igen.')
    const secret = await page.getByTestId('webhook-secret-value').inputValue()
    expect(secret).toMatch(/^whsec_/)
    await expect(page.getByRole('button', { name: 'Kopiér hemmelighed' })).toBeVisible()
    await expect(page.getByTestId('webhook-details')).toContainText('Biblioteker: oprettet, ændret')
    await expectNoA11yViolations(page)

    await page.getByRole('link', { name: 'Jeg har kopieret hemmeligheden' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Rediger ${name}` })).toBeVisible()
    await expect(page.getByTestId('webhook-state').locator('.badge')).toHaveText('Aktiv')
    // Shown once: the subscription's page never shows it again.
    await expect(page.locator('body')).not.toContainText(secret)
    const editUrl = page.url()

    // Send test: the log shows the ping, and by itself its outcome once the worker has sent it.
    await page.getByRole('button', { name: 'Send test' }).click()
    await expect(page).toHaveURL(/\/admin\/webhooks\/\d+\/leverancer$/)
    await expect(page.getByRole('heading', { level: 1, name: `Leverancer til ${name}` })).toBeVisible()
    await expect(flash(page)).toContainText('Testhændelsen er sat i kø.')
    const table = page.getByTestId('delivery-table')
    const pingRow = table.getByRole('row').filter({ hasText: 'webhook.ping' })
    await expect(pingRow).toHaveCount(1)
    await expect(pingRow.locator('.badge')).toHaveText('Leveret', { timeout: 60_000 })
    await expect(pingRow.locator('td[data-title="Sidste svar"]')).toHaveText('200')
    await expect(pingRow.locator('td[data-title="Forsøg"]')).toHaveText('1')
    await expect(pingRow.locator('td[data-title="Svartid"]')).toHaveText(/^\d[\d.]* ms$/)
    await expectNoA11yViolations(page)

    // The receiver got it, signed with the secret shown once.
    await expect.poll(() => receiver.received.length).toBe(1)
    const ping = receiver.received[0]!
    expectStandardHeaders(ping, 'webhook.ping')
    expect(signedWith(secret, ping)).toBe(true)
    expect(signedWith(`whsec_${Buffer.from('not the secret at all, 32 bytes!').toString('base64')}`, ping)).toBe(false)
    const messageId = header(ping, 'webhook-id')
    await expect(pingRow.locator('th')).toContainText(messageId)

    // Redeliver: the same message (same webhook-id and body) as a new delivery on top.
    await pingRow.getByRole('button', { name: `Lever igen ${messageId}` }).click()
    await expect(page.getByTestId('deliveries-message')).toHaveText('Hændelsen sendes igen som en ny leverance øverst i listen.')
    await expect(pingRow).toHaveCount(2)
    await expect(pingRow.first().locator('.badge')).toHaveText('Leveret', { timeout: 60_000 })
    await expect.poll(() => receiver.received.length).toBe(2)
    const again = receiver.received[1]!
    expect(header(again, 'webhook-id')).toBe(messageId)
    expect(again.body).toBe(ping.body)
    expect(signedWith(secret, again)).toBe(true)

    // The list says how the last delivery went.
    await page.goto('/admin/webhooks')
    await expect(page.getByTestId('webhook-last-attempt').first()).toContainText('modtaget (200)')
    await page.goBack()
    await page.getByRole('button', { name: 'Genindlæs' }).click()
    await expect(page.getByTestId('delivery-count')).toHaveText('2 leverancer')

    // Switch it off, and on again.
    await page.getByRole('link', { name: 'Rediger abonnementet' }).click()
    await expect(page).toHaveURL(editUrl)
    const state = page.getByTestId('webhook-state')
    await state.getByRole('button', { name: 'Slå abonnementet fra' }).click()
    await expect(state.locator('.badge')).toHaveText('Slået fra')
    await expect(state.getByRole('status')).toHaveText('Abonnementet er slået fra.')
    await expect(state).toContainText('En administrator slog abonnementet fra')
    await expectNoA11yViolations(page)
    await state.getByRole('button', { name: 'Slå abonnementet til igen' }).click()
    await expect(state.locator('.badge')).toHaveText('Aktiv')
    await expect(state.getByRole('status')).toHaveText('Abonnementet er slået til.')

    // Edit its events, saved with the version it was read in.
    await page.getByRole('group', { name: 'Temaer' }).getByRole('checkbox', { name: 'Oprettet' }).check()
    await page.getByRole('button', { name: 'Gem ændringer' }).click()
    await expect(flash(page)).toContainText(`Ændringerne af abonnementet til ${name} er gemt.`)
    const listRow = page.getByTestId('webhook-table').getByRole('row').filter({ hasText: name })
    await expect(listRow).toContainText('Biblioteker: oprettet, ændret')
    await expect(listRow).toContainText('Temaer: oprettet')
    await expect(listRow.locator('.badge')).toHaveText('Aktiv')
    await listRow.getByRole('link', { name: /^Rediger/ }).click()

    // A new secret: asked first, shown once; for 24 hours deliveries carry both signatures.
    await page.getByRole('button', { name: 'Ny hemmelighed' }).click()
    const question = page.getByTestId('rotate-confirm')
    await expect(question.getByRole('heading', { name: `Vil du lave en ny hemmelighed til ${name}?` })).toBeFocused()
    await question.getByRole('button', { name: 'Ja, lav en ny hemmelighed' }).click()
    const rotated = page.getByTestId('webhook-rotated-secret')
    await expect(rotated.getByRole('heading', { name: 'Abonnementet har fået en ny hemmelighed' })).toBeFocused()
    await expect(rotated).toContainText('Den bliver ikke vist igen.')
    const newSecret = await page.getByTestId('webhook-rotated-secret-value').inputValue()
    expect(newSecret).toMatch(/^whsec_/)
    expect(newSecret).not.toBe(secret)
    await expect(page.getByTestId('webhook-previous-secret')).toContainText('Den forrige hemmelighed signerer også leverancer indtil')
    await expectNoA11yViolations(page)
    await page.getByRole('button', { name: 'Jeg har kopieret hemmeligheden' }).click()
    await expect(page.locator('body')).not.toContainText(newSecret)

    await page.getByRole('button', { name: 'Send test' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Leverancer til ${name}` })).toBeVisible()
    await expect(table.getByRole('row').filter({ hasText: 'webhook.ping' }).first().locator('.badge')).toHaveText('Leveret', {
      timeout: 60_000,
    })
    await expect.poll(() => receiver.received.length).toBe(3)
    const afterRotation = receiver.received[2]!
    expectStandardHeaders(afterRotation, 'webhook.ping')
    expect(header(afterRotation, 'webhook-signature').split(' ')).toHaveLength(2)
    expect(signedWith(newSecret, afterRotation)).toBe(true)
    expect(signedWith(secret, afterRotation)).toBe(true)

    // Delete, after asking.
    await page.getByRole('link', { name: 'Rediger abonnementet' }).click()
    await page.getByRole('button', { name: 'Slet abonnement' }).click()
    const confirm = page.getByTestId('delete-confirm')
    await expect(confirm.getByRole('heading', { name: `Vil du slette abonnementet til ${name}?` })).toBeFocused()
    await confirm.getByRole('button', { name: 'Ja, slet abonnementet' }).click()
    await expect(page).toHaveURL(/\/admin\/webhooks$/)
    await expect(flash(page)).toContainText(`Abonnementet til ${name} er slettet.`)
    await expect(page.getByTestId('webhook-table').getByRole('row').filter({ hasText: name })).toHaveCount(0)
    const gone = await page.request.get(editUrl.replace(/^.*\/admin\/webhooks\//, '/api/webhooks/'))
    expect(gone.status()).toBe(404)
  } finally {
    await deleteWebhookIfLeft(page, receiver.url)
    await receiver.close()
  }
})

test('a coordinator has no webhooks: neither the section nor the pages nor the API', async ({ page }) => {
  await login(page, COORDINATOR)
  await expect(page).toHaveURL(/\/admin$/)
  await expect(adminMenu(page).getByRole('link', { name: 'Biblioteker' })).toBeVisible()
  await expect(adminMenu(page).getByRole('link', { name: 'Webhooks' })).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('link', { name: 'Webhooks' })).toHaveCount(0)

  await page.goto('/admin/webhooks')
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible()
  await page.goto('/admin/webhooks/ny')
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible()
  const api = await page.request.get('/api/webhooks')
  expect(api.status()).toBe(403)
})
