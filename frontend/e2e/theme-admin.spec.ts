import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'
import { login } from './session'

// Themes, partners and sign-ups in the administration, against the demo data. Every test signs in
// on its own and leaves the data as it found it: a theme and a partner it creates are deleted again
// (themes in 2099, so no list of current themes changes), a sign-up it changes is put back, and no
// library is created.

const COORDINATOR = 'koordinator@samspil.demo'
const EDITOR_AALBORG = 'redaktoer.aalborg@samspil.demo'

const adminMenu = (page: Page) => page.getByRole('navigation', { name: 'Administration' })
const flash = (page: Page) => page.getByTestId('flash-message')

interface ThemeRef {
  id: number
  number: number
  slug: string
  title: string
}

async function themeBySlug(request: APIRequestContext, slug: string): Promise<ThemeRef> {
  const response = await request.get(`/api/themes/by-slug/${slug}`)
  expect(response.status(), `theme ${slug}`).toBe(200)
  return (await response.json()) as ThemeRef
}

interface Participation {
  id: number
  state: string
  channels: string[]
  focusAreas: string[]
  version: number
  library: { id: number; name: string; region: { code: number } }
}

async function participations(request: APIRequestContext, themeId: number): Promise<Participation[]> {
  const response = await request.get(`/api/themes/${themeId}/participations?size=100`)
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { items: Participation[] }).items
}

async function csrfToken(page: Page): Promise<string> {
  const session = await page.request.get('/api/auth/session')
  return ((await session.json()) as { csrfToken: string }).csrfToken
}

/** Removes the test's theme when the test stopped before deleting it (nothing is left behind). */
async function deleteThemeIfLeft(page: Page, slug: string): Promise<void> {
  const response = await page.request.get(`/api/themes/by-slug/${slug}`)
  if (response.status() !== 200) return
  const { id, version } = (await response.json()) as { id: number; version: number }
  await page.request.delete(`/api/themes/${id}`, {
    headers: { 'If-Match': `"v${version}"`, 'X-CSRF-Token': await csrfToken(page) },
  })
}

/** A change made "by someone else" while the page is open: the session's own API call. */
async function changeBehindTheScenes(
  page: Page,
  p: Participation,
  change: { state?: string; channels?: string[] },
): Promise<Participation> {
  const response = await page.request.put(`/api/participations/${p.id}`, {
    headers: { 'If-Match': `"v${p.version}"`, 'X-CSRF-Token': await csrfToken(page) },
    data: { state: change.state ?? p.state, channels: change.channels ?? p.channels, focusAreas: p.focusAreas },
  })
  expect(response.status()).toBe(200)
  return (await response.json()) as Participation
}

test('a coordinator creates a theme with all its parts, edits it and deletes it', async ({ page }) => {
  // A long walk through three pages with an accessibility check on each.
  test.slow()
  const number = 900 + Math.floor(Math.random() * 9000)
  const stamp = Date.now().toString(36)
  const slug = `e2e-tema-${number}-${stamp}`
  const title = `E2E-tema ${number} ${stamp}`
  const renamed = `${title} (rettet)`

  await login(page, COORDINATOR)
  try {
    await createEditAndDelete(page, { number, slug, title, renamed })
  } finally {
    await deleteThemeIfLeft(page, slug)
  }
})

async function createEditAndDelete(
  page: Page,
  { number, slug, title, renamed }: { number: number; slug: string; title: string; renamed: string },
): Promise<void> {
  await expect(page).toHaveURL(/\/admin$/)
  await expect(adminMenu(page).getByRole('link', { name: 'Temaer' })).toBeVisible()
  await expect(adminMenu(page).getByRole('link', { name: 'Partnere' })).toBeVisible()
  await expectNoA11yViolations(page)

  await adminMenu(page).getByRole('link', { name: 'Temaer' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Temaer' })).toBeVisible()
  await expect(page.getByTestId('admin-theme-table').getByRole('row').filter({ hasText: 'Klima og hverdag' })).toBeVisible()
  await expectNoA11yViolations(page)

  await page.getByRole('link', { name: 'Opret tema' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Opret tema' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Debat' })).toBeVisible()
  await expectNoA11yViolations(page)

  // Nothing filled in: the fields the request needs are asked for before anything is sent.
  await page.getByRole('button', { name: 'Opret tema' }).click()
  const summary = page.getByTestId('error-summary')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: /^Nummer:/ })).toBeVisible()
  await expect(summary.getByRole('link', { name: /^Tilmeldingsfrist:/ })).toBeVisible()

  await page.locator('#theme-number').fill(String(number))
  await page.locator('#theme-title').fill(title)
  await page.locator('#theme-slug').fill(slug)
  await page.locator('#theme-summary').fill('Et tema, som en e2e-test opretter og sletter igen.')
  await page.locator('#theme-description').fill('## Om temaet\n\nLavet af en **test**.')
  await page.locator('#theme-season').selectOption({ label: 'Efterår' })
  await page.locator('#theme-year').fill('2099')
  // The weeks are entered once, as staff say them (uge 40-44, 2099), and shown as dates at once.
  await page.locator('#theme-startWeek').fill('40')
  await page.locator('#theme-endWeek').fill('44')
  await expect(page.getByTestId('theme-span')).toHaveText('Uge 40–44, 2099: 28. september 2099 – 1. november 2099 (5 uger).')
  await page.getByRole('checkbox', { name: 'Uge 42, 2099' }).check()
  await page.locator('#theme-signupDeadline').fill('2099-09-01')
  await page.getByRole('checkbox', { name: 'Debat' }).check()
  await page.getByRole('checkbox', { name: 'Litteratur' }).check()

  await page.getByRole('button', { name: 'Tilføj partner' }).click()
  await expect(page.locator('#theme-partners-0-partnerId')).toBeFocused()
  await page.locator('#theme-partners-0-partnerId').selectOption({ label: 'DR' })
  await page.locator('#theme-partners-0-role').fill('Mediepartner')

  await page.getByRole('button', { name: 'Tilføj milepæl' }).click()
  await page.locator('#theme-milestones-0-kind').selectOption({ label: 'Idéværksted' })
  await page.locator('#theme-milestones-0-dueOn').fill('2099-05-04')
  await page.locator('#theme-milestones-0-title').fill('Idéværksted for e2e')
  await page.getByRole('button', { name: 'Tilføj milepæl' }).click()
  await page.locator('#theme-milestones-1-kind').selectOption({ label: 'Evaluering' })
  await page.locator('#theme-milestones-1-dueOn').fill('2099-11-30')

  await page.getByRole('button', { name: 'Tilføj materiale' }).click()
  await page.locator('#theme-materials-0-kind').selectOption({ label: 'Link' })
  await page.locator('#theme-materials-0-title').fill('Temaets side')
  await page.locator('#theme-materials-0-url').fill('ikke en adresse')

  // The API's errors for one row's fields ("milestones.title[1]", "materials.url[0]") appear at them.
  await page.getByRole('button', { name: 'Opret tema' }).click()
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: /^Milepæl 2, Titel:/ })).toBeVisible()
  await expect(summary.getByRole('link', { name: /^Materiale 1, Webadresse:/ })).toBeVisible()
  await expect(page.locator('#theme-milestones-1-title')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#theme-materials-0-url-error')).toContainText('http')
  await expect(page.locator('#theme-milestones-0-title')).not.toHaveAttribute('aria-invalid', 'true')
  await expectNoA11yViolations(page)
  await summary.getByRole('link', { name: /^Materiale 1, Webadresse:/ }).click()
  await expect(page.locator('#theme-materials-0-url')).toBeFocused()

  await page.locator('#theme-materials-0-url').fill('https://example.org/e2e')
  await page.locator('#theme-milestones-1-title').fill('Evaluering')
  await page.getByRole('button', { name: 'Opret tema' }).click()

  await expect(page).toHaveURL(/\/admin\/temaer$/)
  await expect(flash(page)).toContainText(`Temaet ${title} er oprettet.`)
  const row = page.getByTestId('admin-theme-table').getByRole('row').filter({ hasText: title })
  await expect(row).toContainText('Uge 40–44, 2099')
  await expectNoA11yViolations(page)

  const created = (await themeBySlug(page.request, slug)) as unknown as {
    number: number
    peakWeeks: { year: number; week: number }[]
    focusAreas: { code: string }[]
    partners: { partner: { name: string }; role: string }[]
    milestones: { kind: string; title: string; dueOn: string }[]
    materials: { url: string }[]
    description: string
  }
  expect(created.number).toBe(number)
  expect(created.peakWeeks).toEqual([{ year: 2099, week: 42 }])
  expect(created.focusAreas.map((f) => f.code).sort()).toEqual(['DEBATE', 'LITERATURE'])
  expect(created.partners).toEqual([expect.objectContaining({ role: 'Mediepartner', partner: expect.objectContaining({ name: 'DR' }) })])
  expect(created.milestones.map((m) => [m.kind, m.dueOn])).toEqual([
    ['IDEA_WORKSHOP', '2099-05-04'],
    ['EVALUATION', '2099-11-30'],
  ])
  expect(created.materials[0]?.url).toBe('https://example.org/e2e')
  expect(created.description).toBe('## Om temaet\n\nLavet af en **test**.')

  // Edit: the form shows the theme as saved; a removed row is gone after saving.
  await row.getByRole('link', { name: `Rediger ${title}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Rediger ${title}` })).toBeVisible()
  await expect(page.locator('#theme-number')).toHaveValue(String(number))
  await expect(page.locator('#theme-partners-0-role')).toHaveValue('Mediepartner')
  await expect(page.getByRole('checkbox', { name: 'Uge 42, 2099' })).toBeChecked()
  await expectNoA11yViolations(page)

  // Another theme's number is refused (409) at the number field.
  await page.locator('#theme-number').fill('14')
  await page.getByRole('button', { name: 'Gem ændringer' }).click()
  await expect(page.locator('#theme-number-error')).toContainText('nummer 14')
  await page.locator('#theme-number').fill(String(number))

  await page.locator('#theme-title').fill(renamed)
  await page.getByRole('button', { name: 'Fjern Milepæl 2' }).click()
  await expect(page.getByRole('button', { name: 'Tilføj milepæl' })).toBeFocused()
  await page.getByRole('button', { name: 'Gem ændringer' }).click()
  await expect(page).toHaveURL(/\/admin\/temaer$/)
  await expect(flash(page)).toContainText(`Ændringerne af ${renamed} er gemt.`)
  const edited = (await themeBySlug(page.request, slug)) as unknown as { title: string; milestones: unknown[] }
  expect(edited.title).toBe(renamed)
  expect(edited.milestones).toHaveLength(1)

  // Delete: asked first, then gone.
  await page.getByTestId('admin-theme-table').getByRole('link', { name: `Rediger ${renamed}` }).click()
  await page.getByRole('button', { name: 'Slet tema' }).click()
  const confirm = page.getByTestId('delete-confirm')
  await expect(confirm.getByRole('heading', { name: `Vil du slette ${renamed}?` })).toBeFocused()
  await expectNoA11yViolations(page)
  await confirm.getByRole('button', { name: 'Ja, slet temaet' }).click()
  await expect(page).toHaveURL(/\/admin\/temaer$/)
  await expect(flash(page)).toContainText(`Temaet ${renamed} er slettet.`)
  expect((await page.request.get(`/api/themes/by-slug/${slug}`)).status()).toBe(404)
}

test('deleting a theme that libraries have signed up for is refused with the reasons', async ({ page }) => {
  const klima = await themeBySlug(page.request, 'klima-og-hverdag')
  await login(page, COORDINATOR)
  await page.goto(`/admin/temaer/${klima.id}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger Klima og hverdag' })).toBeVisible()

  await page.getByRole('button', { name: 'Slet tema' }).click()
  await page.getByTestId('delete-confirm').getByRole('button', { name: 'Ja, slet temaet' }).click()
  const refused = page.getByTestId('delete-refused')
  await expect(refused).toContainText('Temaet kan ikke slettes')
  await expect(refused).toContainText(/Tilmeldinger: \d+/)
  await expectNoA11yViolations(page)
  expect((await page.request.get(`/api/themes/${klima.id}`)).status()).toBe(200)
})

test('a coordinator confirms a sign-up, withdraws it and puts it back', async ({ page }) => {
  // Several pages, each checked for accessibility.
  test.slow()
  // The open demo theme, whose sign-ups all wait for confirmation. A library in Region Sjælland is
  // used (Aalborg's sign-up is another test's). It ends signed up again, as it started; only its
  // sign-up time is now (signing up again after a withdrawal counts from then).
  const theme = await themeBySlug(page.request, 'klima-og-hverdag')
  await login(page, COORDINATOR)
  await page.goto('/admin/temaer')
  await page
    .getByTestId('admin-theme-table')
    .getByRole('link', { name: `Tilmeldinger til ${theme.title}` })
    .click()

  await expect(page).toHaveURL(new RegExp(`/admin/temaer/${theme.id}/tilmeldinger$`))
  await expect(page.getByRole('heading', { level: 1, name: `Tilmeldinger til ${theme.title}` })).toBeVisible()
  await expect(adminMenu(page).getByRole('link', { name: 'Temaer' })).toHaveAttribute('aria-current', 'true')
  await expect(page.getByTestId('participation-count')).toContainText('tilmeldinger')
  await expectNoA11yViolations(page)

  await page.getByLabel('Status').selectOption({ label: 'Tilmeldt' })
  await page.getByLabel('Region').selectOption({ label: 'Region Sjælland' })
  await page.getByRole('button', { name: 'Vis', exact: true }).click()
  await expect(page).toHaveURL(/[?&]state=SIGNED_UP/)
  await expect(page).toHaveURL(/[?&]region=1085/)

  // The filtered list replaces the whole one: wait until no row of another region is left, or the
  // first row read below may still be the unfiltered list's.
  const rows = page.getByTestId('participation-table').locator('tbody tr')
  await expect(rows.filter({ hasNotText: 'Region Sjælland' })).toHaveCount(0)
  await expect(rows.first()).toBeVisible()
  const row = rows.first()
  const library = (await row.getByRole('rowheader').textContent())?.trim() ?? ''
  expect(library).not.toBe('')
  const state = row.getByTestId('participation-state')
  await expect(state).toHaveText('Tilmeldt')

  try {
    await row.getByRole('button', { name: `Bekræft ${library}` }).click()
    await expect(state).toHaveText('Bekræftet')
    await expect(page.getByTestId('participation-status')).toContainText(`Tilmeldingen fra ${library} er bekræftet.`)
    await expectNoA11yViolations(page)

    await row.getByRole('button', { name: `Træk tilbage ${library}` }).click()
    await expect(state).toHaveText('Trukket tilbage')
    await expect(page.getByTestId('participation-status')).toContainText(`Tilmeldingen fra ${library} er trukket tilbage.`)

    await row.getByRole('button', { name: `Genindsæt ${library}` }).click()
    await expect(state).toHaveText('Tilmeldt')
    await expect(page.getByTestId('participation-status')).toContainText(`${library} er tilmeldt igen.`)
  } finally {
    // Put it back even when a step above failed.
    const now = (await participations(page.request, theme.id)).find((p) => p.library.name === library)
    if (now && now.state !== 'SIGNED_UP') await changeBehindTheScenes(page, now, { state: 'SIGNED_UP' })
  }
  const after = (await participations(page.request, theme.id)).find((p) => p.library.name === library)
  expect(after?.state).toBe('SIGNED_UP')
})

test('a coordinator confirms the waiting sign-ups of a region in one go, and the log names each library', async ({ page }) => {
  test.slow()
  // The open demo theme's sign-ups in Region Syddanmark (other tests use Sjælland and Aalborg's);
  // they are put back to waiting at the end.
  const theme = await themeBySlug(page.request, 'klima-og-hverdag')
  await login(page, COORDINATOR)
  await page.goto(`/admin/temaer/${theme.id}/tilmeldinger?state=SIGNED_UP&region=1083`)
  const rows = page.getByTestId('participation-table').locator('tbody tr')
  await expect(rows.filter({ hasNotText: 'Region Syddanmark' })).toHaveCount(0)
  await expect(rows.first()).toBeVisible()
  const libraries = (await rows.getByRole('rowheader').allTextContents()).map((name) => name.trim())
  expect(libraries.length).toBeGreaterThan(1)

  try {
    await page.getByLabel(/^Vælg alle \d+ ventende tilmeldinger på siden$/).check()
    await page.getByRole('button', { name: `Bekræft valgte (${libraries.length})` }).click()
    await expect(page.getByTestId('participation-status')).toHaveText(`${libraries.length} tilmeldinger er bekræftet.`)
    // The list is read again: none of the region's is waiting any more.
    await expect(page.getByTestId('participation-table')).toHaveCount(0)
    await expectNoA11yViolations(page)

    // One event per sign-up in the log, each naming the library and the theme. They were written in
    // the list's order, so the last ones are the newest: the log's first page (25) shows them.
    await page.context().clearCookies()
    await login(page, 'admin@samspil.demo')
    await page.goto('/admin/log?entityType=participation')
    for (const library of libraries.slice(-20)) {
      const item = page.getByTestId('audit-row').filter({ hasText: `${library}, tema` }).filter({ hasText: 'Tilmeldt → Bekræftet' })
      await expect(item).toHaveCount(1)
    }
  } finally {
    const now = (await participations(page.request, theme.id)).filter((p) => libraries.includes(p.library.name))
    for (const p of now) if (p.state !== 'SIGNED_UP') await changeBehindTheScenes(page, p, { state: 'SIGNED_UP' })
  }
})

test('a coordinator sees the collaboration at a glance and confirms a waiting sign-up from the overview', async ({ page }) => {
  test.slow()
  // One waiting sign-up of the open demo theme in Region Midtjylland (other tests use other regions);
  // it is put back to waiting at the end.
  const theme = await themeBySlug(page.request, 'klima-og-hverdag')
  const before = await participations(page.request, theme.id)
  const waitingCount = before.filter((p) => p.state === 'SIGNED_UP').length
  const target = before.find((p) => p.state === 'SIGNED_UP' && p.library.region.code === 1082)!
  expect(target, 'a waiting sign-up in Region Midtjylland').toBeDefined()

  await login(page, COORDINATOR)
  await page.goto('/admin')
  const overview = page.getByTestId('coordinator-overview')
  await expect(overview.getByTestId('goal-headline')).toHaveText(/^\d+ af \d+ biblioteker er med$/)
  const themeRow = overview.getByTestId(`overview-theme-${theme.id}`)
  await expect(themeRow.getByTestId('overview-theme-waiting')).toHaveText(String(waitingCount))
  await expect(overview.getByTestId('overview-coverage').getByTestId('theme-coverage')).toBeVisible()

  const waiting = overview.getByTestId('overview-waiting')
  const themeChoice = waiting.getByLabel('Tema', { exact: true })
  if ((await themeChoice.count()) > 0) await themeChoice.selectOption(String(theme.id))
  await expect(waiting.locator('caption')).toHaveText(`Tilmeldinger til tema ${theme.number}, der venter på bekræftelse`)
  await expect(waiting.getByTestId(`participation-row-${target.id}`)).toBeVisible()
  await expectNoA11yViolations(page)

  try {
    await waiting.getByLabel(`Vælg ${target.library.name}`, { exact: true }).check()
    await waiting.getByRole('button', { name: 'Bekræft valgte (1)' }).click()
    await expect(page.getByTestId('participation-status')).toHaveText('1 tilmelding er bekræftet.')
    // The figures and the list are read again.
    await expect(themeRow.getByTestId('overview-theme-waiting')).toHaveText(String(waitingCount - 1))
    await expect(waiting.getByTestId(`participation-row-${target.id}`)).toHaveCount(0)
  } finally {
    const now = (await participations(page.request, theme.id)).find((p) => p.id === target.id)
    if (now && now.state !== 'SIGNED_UP') await changeBehindTheScenes(page, now, { state: 'SIGNED_UP' })
  }
})

test('a sign-up changed by someone else meanwhile is not overwritten (412)', async ({ page }) => {
  // A finished theme; the other change only adds a channel, and is undone at the end.
  const theme = await themeBySlug(page.request, 'ivaerksaetteri-og-innovation')
  const target = (await participations(page.request, theme.id)).find((p) => !p.channels.includes('OTHER'))!
  await login(page, COORDINATOR)
  await page.goto(`/admin/temaer/${theme.id}/tilmeldinger`)
  const row = page.getByTestId(`participation-row-${target.id}`)
  await expect(row.getByTestId('participation-state')).toHaveText('Bekræftet')
  await expect(row).not.toContainText('Andet')

  // Someone else changes its channels after the list was read.
  const changed = await changeBehindTheScenes(page, target, { channels: [...target.channels, 'OTHER'] })
  try {
    await row.getByRole('button', { name: `Fjern bekræftelse ${target.library.name}` }).click()
    const alert = page.getByTestId('problem-alert')
    await expect(alert).toContainText('Ændret af en anden')
    // Nothing was overwritten, and the list now shows the other change.
    await expect(row).toContainText('Andet')
    await expect(row.getByTestId('participation-state')).toHaveText('Bekræftet')
    await expectNoA11yViolations(page)
  } finally {
    await changeBehindTheScenes(page, changed, { channels: target.channels })
  }
})

test('a coordinator creates, edits and deletes a partner; one a theme lists cannot be deleted', async ({ page }) => {
  // Several pages, each checked for accessibility.
  test.slow()
  const name = `E2E-partner ${Date.now().toString(36)}`
  await login(page, COORDINATOR)
  await adminMenu(page).getByRole('link', { name: 'Partnere' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Partnere' })).toBeVisible()
  await expect(page.getByTestId('admin-partner-table').getByRole('row').filter({ hasText: 'DR' }).first()).toBeVisible()
  await expectNoA11yViolations(page)

  await page.getByRole('link', { name: 'Opret partner' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Opret partner' })).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByLabel('Navn', { exact: true }).fill(name)
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Teater' })
  await page.getByLabel(/^Hjemmeside/).fill('ikke en adresse')
  await page.getByRole('button', { name: 'Opret partner' }).click()
  await expect(page.getByTestId('error-summary').getByRole('link', { name: /^Hjemmeside:/ })).toBeVisible()
  await expect(page.locator('#partner-website-error')).toContainText('http')
  await expectNoA11yViolations(page)

  await page.getByLabel(/^Hjemmeside/).fill('https://example.org/teater')
  await page.getByRole('button', { name: 'Opret partner' }).click()
  await expect(page).toHaveURL(/\/admin\/partnere$/)
  await expect(flash(page)).toContainText(`${name} er oprettet.`)

  await page.getByLabel('Søg efter partner').fill(name)
  await page.getByRole('main').getByRole('button', { name: 'Søg' }).click()
  await page.getByRole('link', { name: `Rediger ${name}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Rediger ${name}` })).toBeVisible()
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('THEATRE')
  await page.getByRole('checkbox', { name: 'National partner' }).check()
  await page.getByRole('button', { name: 'Gem ændringer' }).click()
  await expect(flash(page)).toContainText(`Ændringerne af ${name} er gemt.`)

  await page.getByLabel('Søg efter partner').fill(name)
  await page.getByRole('main').getByRole('button', { name: 'Søg' }).click()
  const row = page.getByTestId('admin-partner-table').getByRole('row').filter({ hasText: name })
  await expect(row).toContainText('Teater')
  await expect(row).toContainText('Ja')
  await row.getByRole('link', { name: `Rediger ${name}` }).click()
  await page.getByRole('button', { name: 'Slet partner' }).click()
  await page.getByTestId('delete-confirm').getByRole('button', { name: 'Ja, slet partneren' }).click()
  await expect(flash(page)).toContainText(`${name} er slettet.`)

  // Danmarks Biblioteksforening is a partner of a demo theme: refused, with the reason.
  await page.getByLabel('Søg efter partner').fill('Danmarks Biblioteksforening')
  await page.getByRole('main').getByRole('button', { name: 'Søg' }).click()
  await page.getByRole('link', { name: 'Rediger Danmarks Biblioteksforening' }).click()
  await page.getByRole('button', { name: 'Slet partner' }).click()
  await page.getByTestId('delete-confirm').getByRole('button', { name: 'Ja, slet partneren' }).click()
  const refused = page.getByTestId('delete-refused')
  await expect(refused).toContainText('Partneren kan ikke slettes')
  await expect(refused).toContainText(/Temaer: \d+/)
  await expectNoA11yViolations(page)
})

test('signing up a library twice is refused plainly; an editor sees their sign-ups', async ({ page }) => {
  // Several pages, each checked for accessibility.
  test.slow()
  // Aalborg is signed up for the open demo theme, so both attempts below change nothing.
  await login(page, COORDINATOR)
  await page.goto('/temaer/klima-og-hverdag/tilmeld')
  await expect(page.getByRole('heading', { level: 1, name: 'Tilmeld til Klima og hverdag' })).toBeVisible()
  await expect(page.getByLabel('Bibliotek', { exact: true })).toBeVisible()
  await expectNoA11yViolations(page)

  await page.getByLabel('Bibliotek', { exact: true }).selectOption({ label: 'Aalborg Bibliotekerne' })
  await page.getByRole('checkbox', { name: 'Arrangementer' }).check()
  await page.getByRole('button', { name: 'Tilmeld biblioteket' }).click()
  const conflict = page.getByTestId('signup-conflict')
  await expect(conflict).toContainText('Biblioteket er allerede tilmeldt dette tema.')
  await expect(conflict.getByRole('link', { name: 'Se tilmeldingerne til temaet' })).toBeVisible()
  await expectNoA11yViolations(page)

  await page.context().clearCookies()
  await login(page, EDITOR_AALBORG)
  await page.goto('/temaer/klima-og-hverdag/tilmeld')
  await expect(page.getByTestId('signup-existing')).toContainText('Aalborg Bibliotekerne er tilmeldt temaet')
  await expectNoA11yViolations(page)

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Tilmeldinger' }).click()
  await expect(page).toHaveURL(/\/tilmeldinger$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Vores tilmeldinger' })).toBeVisible()
  const row = page.getByTestId('my-participation-table').getByRole('row').filter({ hasText: 'Klima og hverdag' })
  await expect(row).toContainText('Tilmeldt')
  await expectNoA11yViolations(page)

  await row.getByRole('link', { name: 'Ret Klima og hverdag' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tilmeldingen af Aalborg Bibliotekerne til Klima og hverdag' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Arrangementer' })).toBeVisible()
  await expectNoA11yViolations(page)
})
