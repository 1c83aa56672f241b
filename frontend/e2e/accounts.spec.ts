import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'
import { login } from './session'

// Accounts people run themselves: an admin invites a colleague, who chooses a password from the mail,
// signs in, forgets it and gets a new one. The app under test writes its mails to its log (as `make run`
// does); `make e2e` says where that log is.
const APP_LOG = process.env.E2E_APP_LOG

/** The secrets of the links to this page in the mails to this address, oldest first. */
function linksInMails(to: string, page: '/velkommen' | '/ny-adgangskode'): string[] {
  if (!APP_LOG) throw new Error('E2E_APP_LOG must name the log of the app under test (make e2e sets it)')
  return readFileSync(APP_LOG, 'utf8')
    .split('Sending email ')
    .filter((mail) => mail.includes(`to [${to}]`))
    .flatMap((mail) => mail.match(new RegExp(`${page}#([A-Za-z0-9_-]+)`))?.[1] ?? [])
}

/** The link of the next mail to this address: waits for one more than there were. */
async function nextLink(to: string, page: '/velkommen' | '/ny-adgangskode', before: number): Promise<string> {
  await expect.poll(() => linksInMails(to, page).length, { message: `a mail to ${to}`, timeout: 10_000 }).toBeGreaterThan(before)
  return linksInMails(to, page).at(-1)!
}

async function choosePassword(page: Page, password: string): Promise<void> {
  await page.getByLabel('Adgangskode', { exact: true }).fill(password)
  await page.getByLabel('Gentag adgangskode').fill(password)
  await page.getByRole('button', { name: 'Gem adgangskode' }).click()
  await expect(page.getByTestId('new-password-done')).toContainText('Din adgangskode er gemt.')
}

test('a colleague is invited, chooses a password from the mail, signs in, forgets it and resets it', async ({ page }) => {
  test.slow()
  const stamp = Date.now().toString(36)
  const email = `kollega-${stamp}@samspil.test`
  const name = `Kim Kollega ${stamp}`

  // The admin creates the account without a password: that invites the colleague.
  await login(page, 'admin@samspil.demo')
  await page.goto('/admin/brugere/ny')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Navn').fill(name)
  await page.getByLabel('Koordinator').check()
  await page.getByRole('button', { name: 'Opret bruger' }).click()
  await expect(page.getByTestId('flash-message')).toHaveText(`Brugeren ${name} er oprettet og har fået en invitation på ${email}.`)
  await page.goto(`/admin/brugere?q=${encodeURIComponent(email)}`)
  await expect(page.getByTestId('user-invited')).toHaveText('Inviteret')
  const invitation = await nextLink(email, '/velkommen', 0)

  // The colleague opens the mail's link: the secret leaves the address bar at once.
  await page.context().clearCookies()
  await page.goto(`/velkommen#${invitation}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til Samspil' })).toBeVisible()
  await expect(page).toHaveURL(/\/velkommen$/)
  await expectNoA11yViolations(page)
  await choosePassword(page, 'min første adgangskode')
  await page.getByTestId('new-password-login').click()
  await login(page, email, 'min første adgangskode')
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible()

  // Forgotten: a link by mail, and a new password from it.
  await page.context().clearCookies()
  await page.goto('/log-ind')
  await page.getByRole('link', { name: 'Glemt adgangskode?' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Glemt adgangskode?' })).toBeVisible()
  await expectNoA11yViolations(page)
  const resetsBefore = linksInMails(email, '/ny-adgangskode').length
  await page.getByLabel('E-mail').fill(email)
  await page.getByRole('button', { name: 'Send link' }).click()
  await expect(page.getByTestId('forgot-sent')).toContainText(`Findes der en konto med ${email}`)
  const reset = await nextLink(email, '/ny-adgangskode', resetsBefore)

  await page.goto(`/ny-adgangskode#${reset}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Vælg en ny adgangskode' })).toBeVisible()
  await choosePassword(page, 'min nye adgangskode')
  await login(page, email, 'min nye adgangskode')
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible()

  // The link worked once.
  await page.context().clearCookies()
  await page.goto(`/ny-adgangskode#${reset}`)
  await page.getByLabel('Adgangskode', { exact: true }).fill('endnu en adgangskode')
  await page.getByLabel('Gentag adgangskode').fill('endnu en adgangskode')
  await page.getByRole('button', { name: 'Gem adgangskode' }).click()
  await expect(page.getByTestId('new-password-link-refused')).toContainText('Linket er udløbet eller allerede brugt.')
})
