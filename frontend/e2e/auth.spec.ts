import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'

// Sign-in, roles and the administration area, against the demo accounts and libraries.
// Every test signs in on its own (fresh browser context) and leaves no new records behind:
// edits change a phone number to a unique value, tokens are revoked, and no library is created.

const PASSWORD = 'samspil-demo-2026'
const ADMIN = { email: 'admin@samspil.demo', name: 'Ada Administrator' }
const COORDINATOR = { email: 'koordinator@samspil.demo', name: 'Karen Koordinator' }
const EDITOR_AALBORG = { email: 'redaktoer.aalborg@samspil.demo', name: 'Rasmus Redaktør (Aalborg)' }
const EDITOR_ODENSE = { email: 'redaktoer.odense@samspil.demo', name: 'Olivia Redaktør (Odense)' }

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' })
const adminMenu = (page: Page) => page.getByRole('navigation', { name: 'Administration' })
const userMenuButton = (page: Page, name: string) => page.getByRole('button', { name: `Logget ind som ${name}` })

/** A phone number no other run has used: 8 digits from the clock. */
function uniquePhone(): string {
  const digits = String(Date.now() * 1000 + Math.floor(Math.random() * 1000)).slice(-8)
  return `+45 ${digits}`
}

/** A library's id, looked up by name through the public API. */
async function libraryId(request: APIRequestContext, name: string): Promise<number> {
  const response = await request.get(`/api/libraries?q=${encodeURIComponent(name.split(' ')[0] ?? name)}&size=100`)
  expect(response.ok()).toBe(true)
  const page = (await response.json()) as { items: { id: number; name: string }[] }
  const library = page.items.find((item) => item.name === name)
  expect(library, `demo library ${name}`).toBeTruthy()
  return library!.id
}

/** The login page, asked to return to `path` afterwards (?tilbage=...). */
async function expectLoginReturningTo(page: Page, path: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === '/log-ind' && url.searchParams.get('tilbage') === path)
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible()
}

async function fillLogin(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Adgangskode').fill(password)
  await page.getByRole('button', { name: 'Log ind', exact: true }).click()
}

async function login(page: Page, email: string): Promise<void> {
  await page.goto('/log-ind')
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible()
  await fillLogin(page, email)
  await expect(page).not.toHaveURL(/\/log-ind/)
}

test.describe('signing in as each role shows the right navigation', () => {
  test('an editor lands on their library and has no administration', async ({ page }) => {
    await login(page, EDITOR_AALBORG.email)

    await expect(page).toHaveURL(/\/biblioteker\/\d+$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Aalborg Bibliotekerne' })).toBeVisible()
    await expect(userMenuButton(page, EDITOR_AALBORG.name)).toBeVisible()
    await expect(mainMenu(page).getByRole('link', { name: 'Biblioteker' })).toBeVisible()
    await expect(mainMenu(page).getByRole('link', { name: 'Administration' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Rediger' })).toBeVisible()
    // Editors do not read the audit trail.
    await expect(page.getByRole('heading', { name: 'Historik' })).toHaveCount(0)
    await expectNoA11yViolations(page)

    // The administration area is not for editors: "no access", the URL stays.
    await page.goto('/admin')
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible()
    await expect(page).toHaveURL(/\/admin$/)
    await expect(adminMenu(page)).toHaveCount(0)
    await expectNoA11yViolations(page)
  })

  test('a coordinator gets Administration with libraries only', async ({ page }) => {
    await login(page, COORDINATOR.email)

    await expect(page).toHaveURL(/\/admin$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible()
    await expect(mainMenu(page).getByRole('link', { name: 'Administration' })).toHaveAttribute('aria-current', 'page')
    await expect(adminMenu(page).getByRole('link', { name: 'Biblioteker' })).toBeVisible()
    for (const hidden of ['Brugere', 'Integrationer', 'Webhooks', 'Log']) {
      await expect(adminMenu(page).getByRole('link', { name: hidden })).toHaveCount(0)
    }
    await expectNoA11yViolations(page)

    await adminMenu(page).getByRole('link', { name: 'Biblioteker' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Biblioteker' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Opret bibliotek' })).toBeVisible()
    await expect(page.getByTestId('admin-library-table').getByRole('link', { name: /^Rediger / }).first()).toBeVisible()
    await expectNoA11yViolations(page)

    // Admin-only pages are refused to coordinators.
    await page.goto('/admin/brugere')
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible()
  })

  test('an admin sees the libraries and the four admin-only sections, and each page is accessible', async ({ page }) => {
    await login(page, ADMIN.email)

    await expect(page).toHaveURL(/\/admin$/)
    const menu = adminMenu(page)
    for (const section of ['Biblioteker', 'Brugere', 'Integrationer', 'Webhooks', 'Log']) {
      await expect(menu.getByRole('link', { name: section, exact: true })).toBeVisible()
    }
    await expectNoA11yViolations(page)

    await menu.getByRole('link', { name: 'Brugere' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Brugere' })).toBeVisible()
    await expect(page.getByTestId('user-table').getByRole('link', { name: COORDINATOR.name })).toBeVisible()
    await expectNoA11yViolations(page)

    await page.getByLabel('Rolle').selectOption({ label: 'Redaktør' })
    await page.getByRole('button', { name: 'Vis brugere' }).click()
    await expect(page).toHaveURL(/[?&]role=EDITOR/)
    await expect(page.getByTestId('user-table').getByRole('link', { name: EDITOR_AALBORG.name })).toBeVisible()
    await expect(page.getByTestId('user-table').getByRole('link', { name: COORDINATOR.name })).toHaveCount(0)

    await page.getByTestId('user-table').getByRole('link', { name: EDITOR_AALBORG.name }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Rediger ${EDITOR_AALBORG.name}` })).toBeVisible()
    await expect(page.getByRole('checkbox', { name: 'Redaktør' })).toBeChecked()
    await expect(page.getByLabel('Bibliotek', { exact: true })).toHaveValue(/\d+/)
    await expect(page.getByLabel('Bibliotek', { exact: true }).locator('option:checked')).toHaveText('Aalborg Bibliotekerne')
    await expectNoA11yViolations(page)

    await page.goto('/admin/brugere/ny')
    await expect(page.getByRole('heading', { level: 1, name: 'Opret bruger' })).toBeVisible()
    // The library select appears only for editors.
    await expect(page.getByLabel('Bibliotek', { exact: true })).toHaveCount(0)
    await page.getByRole('checkbox', { name: 'Redaktør' }).check()
    await expect(page.getByLabel('Bibliotek', { exact: true })).toBeVisible()
    await expectNoA11yViolations(page)

    await menu.getByRole('link', { name: 'Integrationer' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Integrationer' })).toBeVisible()
    await expectNoA11yViolations(page)

    await menu.getByRole('link', { name: 'Log' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Log' })).toBeVisible()
    await expect(page.getByTestId('audit-count')).toBeVisible()
    await page.getByLabel('Type').selectOption({ label: 'Bibliotek' })
    await page.getByRole('button', { name: 'Vis', exact: true }).click()
    await expect(page).toHaveURL(/[?&]entityType=library/)
    await expect(page.getByTestId('audit-count')).toBeVisible()
    await expectNoA11yViolations(page)
  })
})

test('a coordinator edits a library, and its history shows the change and who made it', async ({ page }) => {
  const phone = uniquePhone()
  await login(page, COORDINATOR.email)

  await page.goto('/biblioteker?q=Hj%C3%B8rring')
  await page.getByRole('table').getByRole('link', { name: 'Hjørring Bibliotekerne' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Hjørring Bibliotekerne' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Historik' })).toBeVisible()
  await page.getByRole('link', { name: 'Rediger' }).click()

  await expect(page).toHaveURL(/\/biblioteker\/\d+\/rediger$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger Hjørring Bibliotekerne' })).toBeVisible()
  await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Hjørring Bibliotekerne')
  await expectNoA11yViolations(page)

  // An invalid phone number: the API's message appears at the field and in the summary.
  const phoneField = page.getByLabel(/^Telefon/)
  await phoneField.fill('12')
  await page.getByRole('button', { name: 'Gem ændringer' }).click()
  const summary = page.getByTestId('error-summary')
  await expect(summary).toBeVisible()
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: /^Telefon:/ })).toBeVisible()
  await expect(phoneField).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#library-phone-error')).toContainText('telefonnummer')
  await expectNoA11yViolations(page)

  await phoneField.fill(phone)
  await page.getByRole('button', { name: 'Gem ændringer' }).click()

  await expect(page).toHaveURL(/\/biblioteker\/\d+$/)
  await expect(page.getByTestId('flash-message')).toContainText('Ændringerne af Hjørring Bibliotekerne er gemt.')
  await expect(page.locator('dt:text-is("Telefon") + dd')).toHaveText(phone)

  const history = page.getByTestId('library-history')
  const row = history.getByTestId('audit-row').filter({ hasText: phone }).first()
  await expect(row).toBeVisible()
  await expect(row).toContainText(COORDINATOR.name)
  await expect(row).toContainText('Ændret')
  await expect(row.getByTestId('audit-change').filter({ hasText: 'Telefon' })).toContainText(phone)
  // Newest first: the change just made is the first row.
  await expect(history.getByTestId('audit-row').first()).toContainText(phone)
  await expectNoA11yViolations(page)

  // An admin finds the change in the log by kind and person: the library named, linked, and the field in the form's words.
  await page.context().clearCookies()
  await login(page, ADMIN.email)
  await page.goto('/admin/log')
  await page.getByLabel('Type').selectOption({ label: 'Bibliotek' })
  // The person is looked up by part of the name and chosen from the list, with the keyboard.
  const coordinator = `${COORDINATOR.name} (${COORDINATOR.email})`
  const person = page.getByRole('combobox', { name: 'Person' })
  await person.fill(COORDINATOR.name.split(' ')[0])
  await expect(page.getByRole('option', { name: coordinator })).toBeVisible()
  await person.press('ArrowDown')
  while ((await page.locator('[role="option"][aria-selected="true"]').textContent())?.trim() !== coordinator) await person.press('ArrowDown')
  await person.press('Enter')
  await expect(person).toHaveValue(coordinator)
  await page.getByRole('button', { name: 'Vis', exact: true }).click()
  await expect(page).toHaveURL(/[?&]userId=\d+/)
  // Opened from the address, the field names the person.
  await page.reload()
  await expect(person).toHaveValue(coordinator)
  const logRow = page.getByTestId('audit-row').filter({ hasText: phone }).first()
  await expect(logRow.getByTestId('audit-item')).toHaveText('Bibliotek: Hjørring Bibliotekerne')
  await expect(logRow.getByRole('link', { name: 'Hjørring Bibliotekerne' })).toHaveAttribute('href', /\/biblioteker\/\d+$/)
  await expect(logRow.getByTestId('audit-change').filter({ hasText: 'Telefon' })).toContainText(phone)
  await expectNoA11yViolations(page)
})

test('an editor edits their own library but cannot edit another', async ({ page }) => {
  const phone = uniquePhone()
  const odense = await libraryId(page.request, 'Odense Bibliotekerne')
  await login(page, EDITOR_AALBORG.email)

  await expect(page.getByRole('heading', { level: 1, name: 'Aalborg Bibliotekerne' })).toBeVisible()
  await page.getByRole('link', { name: 'Rediger' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger Aalborg Bibliotekerne' })).toBeVisible()
  // Deleting is for coordinators and admins.
  await expect(page.getByRole('button', { name: 'Slet bibliotek' })).toHaveCount(0)
  await page.getByLabel(/^Telefon/).fill(phone)
  await page.getByRole('button', { name: 'Gem ændringer' }).click()
  await expect(page.getByTestId('flash-message')).toContainText('er gemt')
  await expect(page.locator('dt:text-is("Telefon") + dd')).toHaveText(phone)

  await page.goto(`/biblioteker/${odense}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Odense Bibliotekerne' })).toBeVisible()
  await expect(page.getByTestId('library-details')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Rediger' })).toHaveCount(0)

  await page.goto(`/biblioteker/${odense}/rediger`)
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Navn' })).toHaveCount(0)
})

test('a wrong password shows an error and keeps the user signed out', async ({ page }) => {
  await page.goto('/log-ind')
  await expectNoA11yViolations(page)

  await fillLogin(page, COORDINATOR.email, 'not-the-password')
  const alert = page.getByTestId('problem-alert')
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('Forkert e-mail eller adgangskode.')
  await expect(page).toHaveURL(/\/log-ind$/)
  await expect(page.getByLabel('Adgangskode')).toHaveValue('')
  await expectNoA11yViolations(page)

  await page.goto('/admin')
  await expectLoginReturningTo(page, '/admin')
})

test('logging out returns to the signed-out state, and admin pages then ask for a login', async ({ page }) => {
  await login(page, COORDINATOR.email)
  await expect(page).toHaveURL(/\/admin$/)

  await userMenuButton(page, COORDINATOR.name).click()
  await page.getByRole('button', { name: 'Log ud' }).click()

  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByTestId('flash-message')).toContainText('Du er logget ud.')
  await expect(page.getByRole('link', { name: 'Log ind' })).toBeVisible()
  await expect(mainMenu(page).getByRole('link', { name: 'Administration' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Logget ind som/ })).toHaveCount(0)
  // The server agrees: no one is signed in (204, no error).
  const session = await page.request.get('/api/auth/session')
  expect(session.status()).toBe(204)

  await page.goto('/admin/biblioteker')
  await expectLoginReturningTo(page, '/admin/biblioteker')
  await expect(page.getByTestId('login-notice')).toContainText('Du skal logge ind')
  await expectNoA11yViolations(page)

  // After signing in again the user comes back to where they were going.
  await fillLogin(page, COORDINATOR.email)
  await expect(page).toHaveURL(/\/admin\/biblioteker$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Biblioteker' })).toBeVisible()
})

test('the change-password page checks the repeat and shows the API error for a wrong current password', async ({ page }) => {
  // Nothing is changed: both attempts are refused, so the demo password stays.
  await login(page, EDITOR_ODENSE.email)
  await userMenuButton(page, EDITOR_ODENSE.name).click()
  await page.getByRole('link', { name: 'Skift adgangskode' }).click()
  await expect(page).toHaveURL(/\/min-konto\/adgangskode$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Skift adgangskode' })).toBeVisible()
  await expectNoA11yViolations(page)

  await page.getByLabel('Nuværende adgangskode').fill(PASSWORD)
  await page.getByLabel('Ny adgangskode', { exact: true }).fill('et-helt-nyt-kodeord-2026')
  await page.getByLabel('Gentag ny adgangskode').fill('et-andet-kodeord-2026')
  await page.getByRole('button', { name: 'Skift adgangskode' }).click()
  await expect(page.locator('#password-repeatPassword-error')).toContainText('De to nye adgangskoder er ikke ens.')

  await page.getByLabel('Nuværende adgangskode').fill('forkert-adgangskode')
  await page.getByLabel('Gentag ny adgangskode').fill('et-helt-nyt-kodeord-2026')
  await page.getByRole('button', { name: 'Skift adgangskode' }).click()
  await expect(page.locator('#password-currentPassword-error')).toBeVisible()
  await expect(page.getByLabel('Nuværende adgangskode')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('error-summary')).toContainText('Nuværende adgangskode')
  await expectNoA11yViolations(page)
})

test('an expired session sends the user to the login page and back again', async ({ page, context }) => {
  const hjorring = await libraryId(page.request, 'Hjørring Bibliotekerne')
  await login(page, COORDINATOR.email)
  await page.goto(`/biblioteker/${hjorring}/rediger`)
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger Hjørring Bibliotekerne' })).toBeVisible()

  // The server forgets the session (as after the idle timeout): the next save answers 401.
  await context.clearCookies()
  await page.getByRole('button', { name: 'Gem ændringer' }).click()

  await expectLoginReturningTo(page, `/biblioteker/${hjorring}/rediger`)
  await expect(page.getByTestId('login-notice')).toHaveText('Din session er udløbet. Log ind igen.')
  await expect(page.getByRole('link', { name: 'Log ind' })).toHaveCount(0)
  await expectNoA11yViolations(page)

  await fillLogin(page, COORDINATOR.email)
  await expect(page).toHaveURL(new RegExp(`/biblioteker/${hjorring}/rediger$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger Hjørring Bibliotekerne' })).toBeVisible()
})

test('creating a library shows the API validation next to each field (nothing is created)', async ({ page }) => {
  await login(page, COORDINATOR.email)
  await adminMenu(page).getByRole('link', { name: 'Biblioteker' }).click()
  await page.getByRole('link', { name: 'Opret bibliotek' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Opret bibliotek' })).toBeVisible()
  await expectNoA11yViolations(page)

  await page.getByLabel('Kommune').selectOption({ label: 'Aalborg (851)' })
  await expect(page.getByText('Hovedbiblioteket i Aalborg har nummer 785100.')).toBeVisible()
  await page.getByLabel('Biblioteksnummer').fill('123')
  await page.getByLabel(/^Hjemmeside/).fill('ikke en adresse')
  await page.getByRole('button', { name: 'Opret bibliotek' }).click()

  const summary = page.getByTestId('error-summary')
  await expect(summary).toBeFocused()
  for (const field of ['Navn', 'Biblioteksnummer', 'Hjemmeside']) {
    await expect(summary.getByRole('link', { name: new RegExp(`^${field}:`) })).toBeVisible()
  }
  await expect(page.locator('#library-name-error')).toBeVisible()
  await expect(page.locator('#library-libraryNumber-error')).toBeVisible()
  await expect(page.locator('#library-website-error')).toContainText('http')
  await expect(page).toHaveURL(/\/admin\/biblioteker\/ny$/)
  await expectNoA11yViolations(page)

  // The summary's links move focus to the field.
  await summary.getByRole('link', { name: /^Biblioteksnummer:/ }).click()
  await expect(page.getByLabel('Biblioteksnummer')).toBeFocused()
})

test('deleting a library that others refer to is refused with the reasons', async ({ page }) => {
  // Odense's demo editor refers to the library, so the delete is always refused (nothing is deleted).
  const odense = await libraryId(page.request, 'Odense Bibliotekerne')
  await login(page, COORDINATOR.email)
  await page.goto(`/biblioteker/${odense}/rediger`)
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger Odense Bibliotekerne' })).toBeVisible()

  await page.getByRole('button', { name: 'Slet bibliotek' }).click()
  const confirm = page.getByTestId('delete-confirm')
  await expect(confirm.getByRole('heading', { name: 'Vil du slette Odense Bibliotekerne?' })).toBeFocused()
  await expectNoA11yViolations(page)
  await confirm.getByRole('button', { name: 'Ja, slet biblioteket' }).click()

  const refused = page.getByTestId('delete-refused')
  await expect(refused).toContainText('Biblioteket kan ikke slettes')
  await expect(refused).toContainText('Brugere: 1')
  await expectNoA11yViolations(page)
  const stillThere = await page.request.get(`/api/libraries/${odense}`)
  expect(stillThere.status()).toBe(200)
})

test('an admin issues a token, sees the secret once, and revokes it', async ({ page }) => {
  const name = `E2E-token ${Date.now()}`
  await login(page, ADMIN.email)
  await adminMenu(page).getByRole('link', { name: 'Integrationer' }).click()
  await page.getByRole('link', { name: 'Udsted token' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Udsted token' })).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByLabel('Navn', { exact: true }).fill(name)
  await page.getByRole('checkbox', { name: 'Læse ikke-offentlige data' }).check()
  await page.getByRole('button', { name: 'Udsted token' }).click()

  const secretPanel = page.getByTestId('token-secret')
  await expect(secretPanel).toContainText('Det bliver ikke vist igen.')
  const secretField = page.getByTestId('token-secret-value')
  const secret = await secretField.inputValue()
  expect(secret.length).toBeGreaterThan(20)
  await expect(page.getByRole('button', { name: 'Kopiér token' })).toBeVisible()
  await expectNoA11yViolations(page)

  // The secret works as a bearer token (until it is revoked below).
  const withToken = await page.request.get('/api/libraries?size=1', { headers: { Authorization: `Bearer ${secret}` } })
  expect(withToken.status()).toBe(200)

  await page.getByRole('link', { name: 'Jeg har kopieret tokenet' }).click()
  await expect(page).toHaveURL(/\/admin\/tokens$/)
  const row = page.getByRole('row').filter({ hasText: name })
  await expect(row).toContainText('Aktiv')
  await expect(row).toContainText('Læse ikke-offentlige data')
  // Shown once: the list has only the prefix, never the secret.
  await expect(page.locator('body')).not.toContainText(secret)

  await row.getByRole('button', { name: `Tilbagekald ${name}` }).click()
  const confirm = page.getByTestId('revoke-confirm')
  await expect(confirm.getByRole('heading', { name: `Vil du tilbagekalde tokenet ${name}?` })).toBeFocused()
  await expectNoA11yViolations(page)
  await confirm.getByRole('button', { name: 'Ja, tilbagekald tokenet' }).click()

  await expect(page.getByTestId('flash-message')).toContainText(`Tokenet ${name} er tilbagekaldt.`)
  await expect(row).toContainText('Tilbagekaldt')
  await expect(row.getByRole('button', { name: /Tilbagekald/ })).toHaveCount(0)
  const afterRevoke = await page.request.get('/api/libraries?size=1', { headers: { Authorization: `Bearer ${secret}` } })
  expect(afterRevoke.status()).toBe(401)
})
