import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'
import { login } from './session'

// The public theme pages, against the demo data: eight themes from 2015 to 2027, among them
// "Historier om Danmark" (theme 5, spring 2017, weeks 9-14, peak weeks 11 and 12), with sign-ups
// from libraries in all five regions, and "Klima og hverdag" (2027), open for sign-up.
// Nothing here changes data.

const SLUG = 'historier-om-danmark'
/** "Klima og hverdag" (2027) is open for sign-up in the demo data. */
const OPEN_SLUG = 'klima-og-hverdag'
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' })
const themeTable = (page: Page) => page.getByTestId('theme-table')
const resultCount = (page: Page) => page.getByTestId('result-count')

/** The list is loaded when the count line shows and nothing is loading. */
async function expectListLoaded(page: Page, showing: string | RegExp = /^Viser \d+-\d+ af \d+$/): Promise<void> {
  await expect(page.getByTestId('theme-results')).toHaveAttribute('aria-busy', 'false')
  await expect(resultCount(page)).toHaveText(showing)
}

/** The participants are loaded when their block is no longer busy. */
async function expectParticipantsLoaded(page: Page): Promise<void> {
  await expect(page.getByTestId('theme-participants')).toHaveAttribute('aria-busy', 'false')
  await expect(page.getByTestId('participants-total')).toBeVisible()
}

/** The sign-ups the API reports for the demo theme that have not been withdrawn, by region name. */
async function participantsByRegion(request: APIRequestContext): Promise<Map<string, number>> {
  const theme = (await (await request.get(`/api/themes/by-slug/${SLUG}`)).json()) as { id: number }
  const response = await request.get(`/api/themes/${theme.id}/participations?size=100`)
  expect(response.ok()).toBe(true)
  const page = (await response.json()) as {
    totalPages: number
    items: { state: string; library: { region: { name: string } } }[]
  }
  expect(page.totalPages).toBeLessThanOrEqual(1)
  const counts = new Map<string, number>()
  for (const p of page.items) {
    if (p.state === 'WITHDRAWN') continue
    counts.set(p.library.region.name, (counts.get(p.library.region.name) ?? 0) + 1)
  }
  return counts
}

/** The API's coverage of the demo theme: "x af y kommuner" by region name. */
async function coverageByRegion(request: APIRequestContext): Promise<Map<string, string>> {
  const theme = (await (await request.get(`/api/themes/by-slug/${SLUG}`)).json()) as { id: number }
  const response = await request.get(`/api/stats/themes/${theme.id}/regions`)
  expect(response.ok()).toBe(true)
  const coverage = (await response.json()) as {
    regions: { region: { name: string }; participating: number; municipalities: number }[]
  }
  return new Map(coverage.regions.map((r) => [r.region.name, `${r.participating} af ${r.municipalities}`]))
}

test('the main menu leads to the themes, newest first', async ({ page }) => {
  await page.goto('/')
  await mainMenu(page).getByRole('link', { name: 'Temaer' }).click()

  await expect(page).toHaveURL(/\/temaer$/)
  await expect(page).toHaveTitle('Temaer – Samspil')
  await expect(page.getByRole('heading', { level: 1, name: 'Temaer' })).toBeVisible()
  await expectListLoaded(page)
  await expect(mainMenu(page).getByRole('link', { name: 'Temaer' })).toHaveAttribute('aria-current', 'page')

  // Each row: number, linked title, season and year, weeks and status.
  const row = themeTable(page).getByTestId(`theme-row-${SLUG}`)
  await expect(row.locator('td').first()).toHaveText('5')
  await expect(row.getByRole('link', { name: 'Historier om Danmark' })).toHaveAttribute('href', `/temaer/${SLUG}`)
  await expect(row).toContainText('Forår 2017')
  await expect(row).toContainText('Uge 9-14')
  await expect(row.getByTestId('theme-status')).toHaveText('Afsluttet')

  // Newest first: the 2027 theme before the 2026 one before the 2017 one.
  const titles = await themeTable(page).locator('tbody th a').allInnerTexts()
  const at = (title: string) => titles.indexOf(title)
  expect(at('Klima og hverdag')).toBeGreaterThanOrEqual(0)
  expect(at('Klima og hverdag')).toBeLessThan(at('Demokrati i hverdagen'))
  expect(at('Demokrati i hverdagen')).toBeLessThan(at('Historier om Danmark'))

  await expectNoA11yViolations(page)
})

test('status and year filters live in the URL, and back restores the previous state', async ({ page }) => {
  await page.goto('/temaer')
  await expectListLoaded(page)

  await page.getByLabel('Status').selectOption({ label: 'Afsluttet' })
  await expect(page).toHaveURL(/[?&]status=finished(&|$)/)
  await expectListLoaded(page)
  const statuses = await themeTable(page).getByTestId('theme-status').allInnerTexts()
  expect(statuses.length).toBeGreaterThan(1)
  expect(new Set(statuses)).toEqual(new Set(['Afsluttet']))
  await expect(themeTable(page).getByRole('link', { name: 'Klima og hverdag' })).toHaveCount(0)
  const finishedCount = await resultCount(page).innerText()

  await page.getByLabel('År').selectOption('2017')
  await expect(page).toHaveURL(/[?&]year=2017(&|$)/)
  await expect(page).toHaveURL(/[?&]status=finished(&|$)/)
  await expectListLoaded(page, 'Viser 1-1 af 1')
  await expect(themeTable(page).locator('tbody tr')).toHaveCount(1)
  await expect(themeTable(page).getByRole('link', { name: 'Historier om Danmark' })).toBeVisible()
  await expectNoA11yViolations(page)

  await page.goBack()
  await expect(page).not.toHaveURL(/[?&]year=/)
  await expectListLoaded(page)
  await expect(page.getByLabel('År')).toHaveValue('')
  await expect(page.getByLabel('Status')).toHaveValue('FINISHED')
  await expect(resultCount(page)).toHaveText(finishedCount)

  // A reload keeps the state, because it is all in the URL.
  await page.goto('/temaer?status=finished&year=2017')
  await expectListLoaded(page, 'Viser 1-1 af 1')
  await expect(page.getByLabel('År')).toHaveValue('2017')

  await page.getByRole('link', { name: 'Nulstil filtre' }).click()
  await expect(page).toHaveURL(/\/temaer$/)
  await expectListLoaded(page)
  await expect(page.getByLabel('Status')).toHaveValue('')
})

test('a theme opens from the list with its timeline and its libraries by region', async ({ page, request }) => {
  await page.goto('/temaer?year=2017')
  await expectListLoaded(page)
  await themeTable(page).getByRole('link', { name: 'Historier om Danmark' }).click()

  await expect(page).toHaveURL(new RegExp(`/temaer/${SLUG}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tema 5\s*:?\s*Historier om Danmark/)
  await expect(page).toHaveTitle('Historier om Danmark – Samspil')
  await expect(mainMenu(page).getByRole('link', { name: 'Temaer' })).toHaveAttribute('aria-current', 'true')
  const breadcrumbs = page.getByRole('navigation', { name: 'Brødkrumme' })
  await expect(breadcrumbs.getByRole('link', { name: 'Temaer' })).toHaveAttribute('href', '/temaer')

  await expect(page.getByTestId('theme-status').first()).toHaveText('Afsluttet')
  await expect(page.locator('dt:text-is("Periode") + dd')).toContainText('Uge 9-14 2017')
  await expect(page.locator('dt:text-is("Spidsuger") + dd')).toHaveText('Uge 11 og 12')
  await expect(page.locator('dt:text-is("Tilmeldingsfrist") + dd')).toHaveText('30. januar 2017')
  // The description is the API's rendered Markdown.
  await expect(page.getByTestId('theme-description').locator('em')).toHaveText('Demoindhold.')
  await expect(page.getByTestId('theme-partners')).toContainText('DR – Mediepartner')
  await expect(page.getByTestId('theme-milestones').locator('li').first()).toContainText('Idéværksted')

  // Timeline: weeks 9 to 14 in order, 11 and 12 named as peak weeks.
  const timeline = page.getByRole('list', { name: 'Temaets uger' })
  const weeks = timeline.getByRole('listitem')
  await expect(weeks).toHaveCount(6)
  await expect(weeks.locator('strong')).toHaveText(['Uge 9', 'Uge 10', 'Uge 11', 'Uge 12', 'Uge 13', 'Uge 14'])
  await expect(timeline.locator('li[data-peak="true"]')).toHaveCount(2)
  await expect(timeline.locator('li[data-peak="true"] strong')).toHaveText(['Uge 11', 'Uge 12'])
  await expect(weeks.nth(2)).toContainText('Spidsuge')
  await expect(weeks.nth(1)).not.toContainText('Spidsuge')

  // Participating libraries: one group per region, its counts in the heading, as the API says.
  await expectParticipantsLoaded(page)
  const expected = await participantsByRegion(request)
  const coverage = await coverageByRegion(request)
  const total = [...expected.values()].reduce((a, b) => a + b, 0)
  expect(expected.size).toBe(5)
  await expect(page.getByTestId('participants-total')).toHaveText(`${total} biblioteker deltager`)
  const participants = page.getByTestId('theme-participants')
  await expect(participants.getByRole('heading', { level: 3 })).toHaveCount(expected.size)
  for (const [region, count] of expected) {
    const group = participants.getByRole('region', { name: new RegExp(`^${region} \\(`) })
    await expect(group.getByRole('heading', { level: 3 })).toHaveText(
      `${region} (${count} ${count === 1 ? 'bibliotek' : 'biblioteker'}, ${coverage.get(region)} kommuner)`,
    )
    const coverageRow = page.getByRole('table', { name: 'Dækning pr. region' }).getByRole('row', { name: new RegExp(`^${region} `) })
    await expect(coverageRow.getByRole('cell').first()).toHaveText(coverage.get(region)!)
    await expect(group.getByRole('listitem')).toHaveCount(count)
  }
  const hovedstaden = participants.getByRole('region', { name: /^Region Hovedstaden/ })
  await expect(hovedstaden.getByRole('link', { name: 'Albertslund Bibliotekerne' })).toBeVisible()
  await expect(hovedstaden.getByRole('listitem').first()).toContainText('Bekræftet')

  await expectNoA11yViolations(page)

  // A library in the list leads to its own page.
  await hovedstaden.getByRole('link', { name: 'Albertslund Bibliotekerne' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Albertslund Bibliotekerne' })).toBeVisible()
})

test('the theme pages in English', async ({ page }) => {
  await page.goto(`/temaer/${SLUG}`)
  await expectParticipantsLoaded(page)
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Theme 5\s*:?\s*Historier om Danmark/)
  await expect(page.locator('dt:text-is("Peak weeks") + dd')).toHaveText('Weeks 11 and 12')
  await expect(page.locator('dt:text-is("Sign-up deadline") + dd')).toHaveText('30 January 2017')
  await expect(page.getByTestId('theme-focus-areas')).toContainText('Digital communication')
  await expect(page.getByRole('list', { name: 'Weeks of the theme' }).locator('li[data-peak="true"]').first()).toContainText(
    'Peak week',
  )
  await expect(page.getByRole('heading', { level: 2, name: 'Participating libraries' })).toBeVisible()
  await expect(page.getByTestId('participants-total')).toHaveText(/^\d+ libraries take part$/)
  await expectNoA11yViolations(page)

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Themes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Themes' })).toBeVisible()
  await expect(page.getByTestId('theme-results')).toHaveAttribute('aria-busy', 'false')
  await expect(resultCount(page)).toHaveText(/^Showing \d+-\d+ of \d+$/)
  await expect(themeTable(page).getByTestId(`theme-row-${SLUG}`)).toContainText('Spring 2017')
  await expect(themeTable(page).getByTestId(`theme-row-${SLUG}`)).toContainText('Weeks 9-14')
  await page.getByLabel('Status').selectOption({ label: 'Finished' })
  await expect(page).toHaveURL(/[?&]status=finished(&|$)/)
  await expect(page.getByTestId('theme-results')).toHaveAttribute('aria-busy', 'false')
  await expectNoA11yViolations(page)
})

test('signed-in editors and coordinators find the sign-up from the theme page', async ({ page }) => {
  const signupLink = page.getByRole('link', { name: 'Tilmelding til temaet' })

  // Visitors who are not signed in see no sign-up.
  await page.goto(`/temaer/${OPEN_SLUG}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Klima og hverdag')
  await expect(signupLink).toHaveCount(0)

  // A library's editor: while sign-up is open, not for a finished theme.
  await login(page, 'redaktoer.aalborg@samspil.demo')
  await page.goto(`/temaer/${SLUG}`)
  await expectParticipantsLoaded(page)
  await expect(signupLink).toHaveCount(0)
  await page.goto(`/temaer/${OPEN_SLUG}`)
  await expect(signupLink).toBeVisible()
  await signupLink.click()
  await expect(page).toHaveURL(new RegExp(`/temaer/${OPEN_SLUG}/[^/]+$`))
})

test('a coordinator finds the sign-up also for a finished theme', async ({ page }) => {
  await login(page, 'koordinator@samspil.demo')
  await page.goto(`/temaer/${SLUG}`)
  await expectParticipantsLoaded(page)
  const signupLink = page.getByRole('link', { name: 'Tilmelding til temaet' })
  await expect(signupLink).toBeVisible()
  await expectNoA11yViolations(page)
})

test('an unknown theme shows a not-found message', async ({ page }) => {
  await page.goto('/temaer/findes-ikke-9876')
  await expect(page.getByRole('heading', { level: 1, name: 'Temaet findes ikke' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Tilbage til temaer' })).toHaveAttribute('href', '/temaer')
  await expectNoA11yViolations(page)
})

test('on a small screen the theme page stays accessible', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto(`/temaer/${SLUG}`)
  await expect(page.getByRole('list', { name: 'Temaets uger' }).getByRole('listitem')).toHaveCount(6)
  await expectParticipantsLoaded(page)
  await expectNoA11yViolations(page)

  await page.goto('/temaer')
  await expectListLoaded(page)
  await expectNoA11yViolations(page)
})
