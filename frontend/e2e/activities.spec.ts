import { expect, test, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'
import { login } from './session'

// Activities, the library page's new sections and contact persons, against the demo data.
// Every test leaves the data as it found it: what it creates it deletes again (and a safety net
// removes leftovers through the API if a step fails). No library is created.

const EDITOR_AALBORG = 'redaktoer.aalborg@samspil.demo'
const COORDINATOR = 'koordinator@samspil.demo'
const AALBORG = 'Aalborg Bibliotekerne'

/** A Danish wall-clock time `days` from now, as a datetime-local value ("2026-11-20T19:00"). */
function danishLocal(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000)
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at)
  return `${text.replace(' ', 'T').slice(0, 11)}19:00`
}

/** Sends a write with the session's CSRF token and this site's Origin, as the SPA does. */
async function apiWrite(page: Page, method: 'DELETE', url: string, etag: string): Promise<number> {
  const session = await page.request.get('/api/auth/session')
  const { csrfToken } = (await session.json()) as { csrfToken: string }
  const origin = new URL(page.url()).origin
  const response = await page.request.fetch(url, {
    method,
    headers: { 'X-CSRF-Token': csrfToken, 'If-Match': etag, Origin: origin },
  })
  return response.status()
}

/** Safety net: deletes the sign-up's activities whose title starts with `prefix`. */
async function removeActivities(page: Page, participationId: number, prefix: string): Promise<void> {
  const response = await page.request.get(`/api/participations/${participationId}/activities?size=100`)
  if (!response.ok()) return
  const { items } = (await response.json()) as { items: { id: number; title: string; version: number }[] }
  for (const item of items.filter((a) => a.title.startsWith(prefix))) {
    await apiWrite(page, 'DELETE', `/api/activities/${item.id}`, `"v${item.version}"`)
  }
}

/**
 * A sign-up of the library (not withdrawn) whose theme began before today, and the theme's first day:
 * an activity there lies both in the past and in the theme's weeks, as the API requires.
 */
async function startedSignUp(page: Page, library: string): Promise<{ participationId: number; firstDay: string }> {
  const found = await page.request.get(`/api/libraries?q=${encodeURIComponent(library)}&size=100`)
  const { id } = ((await found.json()) as { items: { id: number; name: string }[] }).items.find((l) => l.name === library)!
  const signUps = await page.request.get(`/api/libraries/${id}/participations?size=100`)
  const { items } = (await signUps.json()) as { items: { id: number; state: string; theme: { id: number } }[] }
  const themes = await page.request.get('/api/themes?size=100')
  const starts = new Map(((await themes.json()) as { items: { id: number; startDate: string }[] }).items.map((t) => [t.id, t.startDate]))
  const today = danishLocal(0).slice(0, 10)
  const chosen = items.find((p) => p.state !== 'WITHDRAWN' && (starts.get(p.theme.id) ?? today) < today)!
  return { participationId: chosen.id, firstDay: starts.get(chosen.theme.id)! }
}

/** Safety net: deletes the contacts called `name`. */
async function removeContacts(page: Page, name: string): Promise<void> {
  const response = await page.request.get(`/api/contacts?q=${encodeURIComponent(name)}&size=100`)
  if (!response.ok()) return
  const { items } = (await response.json()) as { items: { id: number; name: string; version: number }[] }
  for (const item of items.filter((c) => c.name === name)) {
    await apiWrite(page, 'DELETE', `/api/contacts/${item.id}`, `"v${item.version}"`)
  }
}

test('an editor adds a past activity with attendance, edits and reports it, and deletes it', async ({ page }) => {
  test.setTimeout(90_000)
  await login(page, EDITOR_AALBORG)

  // Editors land on their own library's page.
  await expect(page.getByRole('heading', { level: 1, name: AALBORG })).toBeVisible()
  const themes = page.getByTestId('library-themes')
  await expect(themes.getByRole('heading', { name: 'Temaer' })).toBeVisible()
  await expect(page.getByTestId('library-activities').getByTestId('activity-table').locator('tbody tr').first()).toBeVisible()
  await expect(page.getByTestId('library-contacts').getByRole('link', { name: 'Administrér kontaktpersoner' })).toBeVisible()
  await expectNoA11yViolations(page)

  // A sign-up that is not withdrawn takes new activities.
  const signUp = themes.locator('tbody tr').filter({ hasNotText: 'Trukket tilbage' }).first()
  await signUp.getByRole('link', { name: /^Aktiviteter/ }).click()
  await expect(page).toHaveURL(/\/tilmeldinger\/\d+\/aktiviteter$/)
  // One whose theme has begun, so that the new activity can lie in the past.
  const { participationId, firstDay } = await startedSignUp(page, AALBORG)
  await page.goto(`/tilmeldinger/${participationId}/aktiviteter`)
  await expect(page.getByRole('heading', { level: 1, name: /^Aktiviteter: / })).toBeVisible()
  await expect(page.getByTestId('participation-details')).toContainText(AALBORG)
  await expectNoA11yViolations(page)

  const title = `E2E fortælleaften ${Date.now()}`
  try {
    const form = page.getByTestId('new-activity-form')
    const attendance = form.getByLabel('Fremmøde (frivilligt)', { exact: true })
    const hint = form.getByTestId('figures-hint')
    const start = form.getByLabel('Starter', { exact: true })
    const summary = page.getByTestId('error-summary')

    // An empty form says everything that is missing at once: the contract's rules (title) with the form's own.
    await form.getByLabel('Kanal', { exact: true }).selectOption({ label: 'Vælg kanal' })
    await form.getByRole('button', { name: 'Tilføj aktivitet' }).click()
    await expect(summary).toBeFocused()
    await expect(summary.getByRole('link')).toHaveText([/^Titel/, /^Starter/, /^Kanal/, /^Målgruppe/])
    await expect(form.locator('#new-activity-title-error')).toContainText('Skal udfyldes.')
    // A start outside the theme's weeks is refused before anything is sent; the field says which weeks.
    await expect(form.locator('#new-activity-startsAt-hint')).toContainText('på en dag i temaets uger: uge ')
    await start.fill('2001-01-01T19:00')
    await form.getByRole('button', { name: 'Tilføj aktivitet' }).click()
    await expect(summary.getByRole('link', { name: /^Starter: Vælg en dag i temaets uger: uge / })).toBeVisible()

    await form.getByLabel('Titel', { exact: true }).fill(title)
    // No start yet, then a future start: attendance cannot be reported, and the form says why.
    await start.fill('')
    await expect(attendance).toBeDisabled()
    await start.fill(danishLocal(30))
    await expect(attendance).toBeDisabled()
    await expect(hint).toHaveText('Fremmøde og rækkevidde kan først indberettes, når aktiviteten er gået i gang.')
    // A start in the past (the theme's first day) opens the figures.
    await start.fill(`${firstDay}T19:00`)
    await expect(attendance).toBeEnabled()
    await expect(hint).toHaveText('Aktiviteten er gået i gang, så fremmøde og rækkevidde kan indberettes.')
    await attendance.fill('37')
    await form.getByLabel('Sted (frivilligt)').fill('Hovedbiblioteket, salen')
    await form.getByLabel('Kanal', { exact: true }).selectOption({ label: 'Arrangementer' })
    await form.getByLabel('Målgruppe', { exact: true }).selectOption({ label: 'Voksne' })
    await form.getByRole('button', { name: 'Tilføj aktivitet' }).click()

    await expect(page.getByTestId('flash-message')).toHaveText(`»${title}« er tilføjet.`)
    const past = page.getByTestId('past-activities')
    let row = past.getByRole('row').filter({ hasText: title })
    await expect(row).toHaveCount(1)
    await expect(row.getByTestId('activity-attendance')).toHaveText('37')
    await expect(row).toContainText('Arrangementer')
    await expect(row).toContainText('Voksne')
    await expect(row).toContainText('Hovedbiblioteket, salen')
    await expect(row.getByRole('link', { name: `Ret indberetning ${title}` })).toBeVisible()
    // The form is empty again for the next one.
    await expect(form.getByLabel('Titel', { exact: true })).toHaveValue('')
    await expectNoA11yViolations(page)

    // Edit the whole activity.
    await row.getByRole('link', { name: `Ret ${title}` }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Rediger »${title}«` })).toBeVisible()
    await expect(page.getByLabel('Fremmøde (frivilligt)', { exact: true })).toHaveValue('37')
    await expectNoA11yViolations(page)
    await page.getByLabel('Titel', { exact: true }).fill(`${title} (rettet)`)
    await page.getByRole('button', { name: 'Gem ændringer' }).click()
    await expect(page).toHaveURL(new RegExp(`/tilmeldinger/${participationId}/aktiviteter$`))
    await expect(page.getByTestId('flash-message')).toHaveText(`Ændringerne af »${title} (rettet)« er gemt.`)
    row = past.getByRole('row').filter({ hasText: `${title} (rettet)` })
    await expect(row.getByTestId('activity-attendance')).toHaveText('37')

    // Report attendance and reach: only those two fields.
    await row.getByRole('link', { name: `Ret indberetning ${title} (rettet)` }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Indberet fremmøde/rækkevidde: ${title} (rettet)` })).toBeVisible()
    await expect(page.getByLabel('Titel', { exact: true })).toHaveCount(0)
    await expectNoA11yViolations(page)
    await page.getByLabel('Rækkevidde (frivilligt)', { exact: true }).fill('120')
    await page.getByRole('button', { name: 'Gem indberetning' }).click()
    await expect(page.getByTestId('flash-message')).toHaveText(`Fremmøde og rækkevidde for »${title} (rettet)« er gemt.`)
    row = past.getByRole('row').filter({ hasText: `${title} (rettet)` })
    await expect(row.getByTestId('activity-attendance')).toHaveText('37')
    await expect(row.getByTestId('activity-reach')).toHaveText('120')

    // Delete, after confirming.
    await row.getByRole('button', { name: `Slet ${title} (rettet)` }).click()
    const confirm = page.getByTestId('delete-confirm')
    await expect(confirm.getByRole('heading', { name: `Vil du slette »${title} (rettet)«?` })).toBeFocused()
    await expectNoA11yViolations(page)
    await confirm.getByRole('button', { name: 'Ja, slet aktiviteten' }).click()
    await expect(page.getByTestId('flash-message')).toHaveText(`»${title} (rettet)« er slettet.`)
    await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(0)
  } finally {
    await removeActivities(page, participationId, 'E2E fortælleaften ')
  }
})

test('a library page shows visitors its themes, activities and only the public contacts', async ({ page, request }) => {
  const libraries = await request.get(`/api/libraries?q=Aalborg&size=100`)
  const library = ((await libraries.json()) as { items: { id: number; name: string }[] }).items.find((l) => l.name === AALBORG)!
  const publicContacts = await request.get(`/api/contacts?libraryId=${library.id}&size=100`)
  const contacts = (await publicContacts.json()) as { items: { name: string; isPublic: boolean }[] }
  expect(contacts.items.length).toBeGreaterThan(0)
  expect(contacts.items.every((c) => c.isPublic)).toBe(true)

  await page.goto(`/biblioteker/${library.id}`)
  await expect(page.getByRole('heading', { level: 1, name: AALBORG })).toBeVisible()

  const themes = page.getByTestId('library-themes')
  await expect(themes.getByRole('heading', { name: 'Temaer' })).toBeVisible()
  await expect(themes.locator('tbody tr').first()).toBeVisible()
  await expect(themes.getByRole('link', { name: /^Tema \d+: / }).first()).toHaveAttribute('href', /^\/temaer\/[a-z0-9-]+$/)
  // Visitors get no administration links.
  await expect(themes.getByRole('link', { name: /^Aktiviteter/ })).toHaveCount(0)

  const activities = page.getByTestId('library-activities')
  await expect(activities.getByRole('heading', { name: 'Aktiviteter' })).toBeVisible()
  await expect(activities.getByTestId('activity-table').locator('tbody tr').first()).toBeVisible()
  await expect(activities.getByRole('link', { name: 'Abonnér på bibliotekets aktiviteter i din kalender' })).toHaveAttribute(
    'href',
    `/api/calendar/libraries/${library.id}/activities.ics`,
  )

  const contactSection = page.getByTestId('library-contacts')
  await expect(contactSection.getByRole('heading', { name: 'Kontaktpersoner' })).toBeVisible()
  const shown = contactSection.getByTestId('library-contact-list').locator('h3')
  await expect(shown).toHaveText(contacts.items.map((c) => c.name))
  // The library's network lead is private in the demo data: not shown to visitors.
  await expect(contactSection.getByText('Henrik Madsen')).toHaveCount(0)
  await expect(contactSection.getByTestId('contact-private')).toHaveCount(0)
  await expect(contactSection.getByRole('link', { name: 'Administrér kontaktpersoner' })).toHaveCount(0)

  await expectNoA11yViolations(page)
})

test('a coordinator creates a contact person for a library and deletes it; a network lead cannot be deleted', async ({ page }) => {
  test.setTimeout(90_000)
  await login(page, COORDINATOR)
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Kontaktpersoner' }).click()
  await expect(page).toHaveURL(/\/kontaktpersoner$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Kontaktpersoner' })).toBeVisible()
  await expect(page.getByTestId('contact-results')).toHaveAttribute('aria-busy', 'false')
  await expectNoA11yViolations(page)

  const name = `E2E Kontakt ${Date.now()}`
  try {
    await page.getByRole('link', { name: 'Opret kontaktperson' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Opret kontaktperson' })).toBeVisible()
    await page.getByLabel('Navn', { exact: true }).fill(name)
    await page.getByLabel('Titel (frivilligt)').fill('Formidler')
    await page.getByLabel('E-mail (frivilligt)').fill('e2e.kontakt@example.dk')
    await page.getByLabel('Telefon (frivilligt)').fill('+45 12 34 56 78')
    await expect(page.getByLabel('Et bibliotek')).toBeChecked()
    const librarySelect = page.getByLabel('Bibliotek', { exact: true })
    await expect(librarySelect.locator('option', { hasText: AALBORG })).toHaveCount(1)
    await librarySelect.selectOption({ label: AALBORG })
    await page.getByLabel('Vis for alle').check()
    await expectNoA11yViolations(page)
    await page.getByRole('button', { name: 'Opret kontaktperson' }).click()

    await expect(page).toHaveURL(/\/kontaktpersoner$/)
    await expect(page.getByTestId('flash-message')).toHaveText(`${name} er oprettet.`)
    await page.getByLabel('Søg', { exact: true }).fill(name)
    await page.getByRole('button', { name: 'Vis', exact: true }).click()
    await expect(page.getByTestId('contact-count')).toHaveText('1 kontaktperson')
    const row = page.getByTestId('contact-table').getByRole('row').filter({ hasText: name })
    await expect(row).toContainText('Formidler')
    await expect(row).toContainText(AALBORG)
    await expect(row).toContainText('Vises for alle')

    await row.getByRole('button', { name: `Slet ${name}` }).click()
    await expect(page.getByTestId('delete-confirm').getByRole('heading', { name: `Vil du slette ${name}?` })).toBeFocused()
    await page.getByRole('button', { name: 'Ja, slet kontaktpersonen' }).click()
    await expect(page.getByTestId('flash-message')).toHaveText(`${name} er slettet.`)
    await expect(page.getByTestId('contact-count')).toHaveText('0 kontaktpersoner')
  } finally {
    await removeContacts(page, name)
  }

  // Aalborg's network lead leads its sign-ups: deleting is refused with what still refers to them.
  const signUps = await page.request.get('/api/libraries?q=Aalborg')
  const aalborgId = ((await signUps.json()) as { items: { id: number; name: string }[] }).items.find((l) => l.name === AALBORG)!.id
  const leads = await page.request.get(`/api/libraries/${aalborgId}/participations?size=100`)
  const lead = ((await leads.json()) as { items: { networkLead?: { name: string } }[] }).items.find((p) => p.networkLead)?.networkLead
  expect(lead, 'a network lead in the demo data').toBeTruthy()
  await page.getByLabel('Søg', { exact: true }).fill(lead!.name)
  await page.getByRole('button', { name: 'Vis', exact: true }).click()
  const leadRow = page.getByTestId('contact-table').getByRole('row').filter({ hasText: lead!.name }).first()
  await leadRow.getByRole('button', { name: `Slet ${lead!.name}` }).click()
  await page.getByRole('button', { name: 'Ja, slet kontaktpersonen' }).click()
  const refused = page.getByTestId('delete-refused')
  await expect(refused.getByRole('heading', { name: 'Kontaktpersonen kan ikke slettes' })).toBeVisible()
  await expect(refused).toContainText(/Tilmeldinger: \d+/)
  await expect(page.getByTestId('contact-table').getByRole('row').filter({ hasText: lead!.name })).not.toHaveCount(0)
  await expectNoA11yViolations(page)
})
