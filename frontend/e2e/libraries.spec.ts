import { expect, test, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'

// Runs against the demo data: 98 libraries (one per municipality), 5 regions, 6 central libraries.
// Every test starts from a fresh browser context, so none depends on another.

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' })
const libraryTable = (page: Page) => page.getByRole('table')
const resultCount = (page: Page) => page.getByTestId('result-count')

/** The list is loaded when the count line shows and nothing is loading. */
async function expectListLoaded(page: Page): Promise<void> {
  await expect(page.getByTestId('library-results')).toHaveAttribute('aria-busy', 'false')
  await expect(resultCount(page)).toHaveText(/^Viser \d+-\d+ af \d+$/)
}

test('the front page introduces Samspil with live figures', async ({ page }) => {
  await page.goto('/')

  await expect(page).toHaveTitle('Forside – Samspil')
  await expect(page.locator('html')).toHaveAttribute('lang', 'da')
  await expect(page.getByRole('heading', { level: 1, name: 'Samspil' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Nationalt temasamarbejde' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Byg partnerskaber' })).toBeVisible()
  // What looks like a link is one: each way of working together leads to its section.
  const ways = page.getByRole('region', { name: 'To måder at arbejde sammen på' })
  await expect(ways.getByRole('link', { name: 'Nationalt temasamarbejde' })).toHaveAttribute('href', '/temaer')
  await expect(ways.getByRole('link', { name: 'Byg partnerskaber' })).toHaveAttribute('href', '/byg-partnerskaber')
  await expect(page.getByTestId('stat-libraries')).toContainText('98')
  await expect(page.getByTestId('stat-central')).toContainText('6')
  await expect(page.getByTestId('stat-regions')).toContainText('5')
  await expect(page.getByRole('link', { name: 'Se alle biblioteker' })).toHaveAttribute('href', '/biblioteker')

  await expectNoA11yViolations(page)
})

test('the main menu leads to the list of libraries', async ({ page }) => {
  await page.goto('/')
  await mainMenu(page).getByRole('link', { name: 'Biblioteker' }).click()

  await expect(page).toHaveURL(/\/biblioteker$/)
  await expect(page).toHaveTitle('Biblioteker – Samspil')
  await expect(page.getByRole('heading', { level: 1, name: 'Biblioteker' })).toBeVisible()
  await expectListLoaded(page)
  await expect(resultCount(page)).toHaveText('Viser 1-20 af 98')
  await expect(libraryTable(page).locator('tbody tr')).toHaveCount(20)
  await expect(mainMenu(page).getByRole('link', { name: 'Biblioteker' })).toHaveAttribute('aria-current', 'page')

  await expectNoA11yViolations(page)
})

test('region filter and search live in the URL, and back restores the previous state', async ({ page }) => {
  await page.goto('/biblioteker')
  await expectListLoaded(page)

  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Nordjylland' })
  await expect(page).toHaveURL(/[?&]region=1081(&|$)/)
  await expectListLoaded(page)
  const table = libraryTable(page)
  await expect(table.getByRole('link', { name: 'Aalborg Bibliotekerne' })).toBeVisible()
  await expect(table.getByRole('link', { name: /København/ })).toHaveCount(0)
  // Every row belongs to the chosen region (the second data cell of each row).
  const regionCells = await table.locator('tbody tr td:nth-of-type(2)').allInnerTexts()
  expect(regionCells.length).toBeGreaterThan(0)
  expect(new Set(regionCells)).toEqual(new Set(['Region Nordjylland']))
  const regionOnlyCount = await resultCount(page).innerText()

  const search = page.getByRole('searchbox', { name: 'Søg efter bibliotek' })
  await search.fill('Aal')
  await search.press('Enter')
  await expect(page).toHaveURL(/[?&]q=Aal(&|$)/)
  await expect(page).toHaveURL(/[?&]region=1081(&|$)/)
  await expectListLoaded(page)
  await expect(table.getByRole('link', { name: 'Aalborg Bibliotekerne' })).toBeVisible()
  await expect(table.getByRole('link', { name: /Hjørring/ })).toHaveCount(0)

  await page.goBack()
  await expect(page).not.toHaveURL(/[?&]q=/)
  await expect(page).toHaveURL(/[?&]region=1081(&|$)/)
  await expectListLoaded(page)
  await expect(search).toHaveValue('')
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('1081')
  await expect(resultCount(page)).toHaveText(regionOnlyCount)
  await expect(table.getByRole('link', { name: /Hjørring/ })).toBeVisible()

  // A reload keeps the state, because it is all in the URL.
  await page.reload()
  await expectListLoaded(page)
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('1081')
  await expect(resultCount(page)).toHaveText(regionOnlyCount)
})

test('paging moves through the list and a filter change starts at page 1', async ({ page }) => {
  await page.goto('/biblioteker')
  await expectListLoaded(page)

  const pagination = page.getByRole('navigation', { name: 'Sider i listen over biblioteker' })
  await pagination.getByRole('link', { name: 'Næste side' }).click()
  await expect(page).toHaveURL(/[?&]page=2(&|$)/)
  await expect(resultCount(page)).toHaveText('Viser 21-40 af 98')
  await expect(pagination.getByRole('link', { name: 'Side 2' })).toHaveAttribute('aria-current', 'page')

  await page.getByLabel('Sortering').selectOption({ label: 'Navn (Å-A)' })
  await expect(page).toHaveURL(/[?&]sort=-name(&|$)/)
  await expect(page).not.toHaveURL(/[?&]page=/)
  await expect(resultCount(page)).toHaveText('Viser 1-20 af 98')
  await expect(page.getByRole('columnheader', { name: 'Navn' })).toHaveAttribute('aria-sort', 'descending')
})

test('bad values in the URL do not break the list', async ({ page }) => {
  await page.goto('/biblioteker?page=abc&sort=nonsense&region=x')
  await expectListLoaded(page)
  await expect(resultCount(page)).toHaveText('Viser 1-20 af 98')
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('')
})

test('a search without matches shows the empty state', async ({ page }) => {
  await page.goto('/biblioteker?q=zzzz-findes-ikke')
  await expect(page.getByRole('heading', { name: 'Ingen biblioteker matcher' })).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)
  await expectNoA11yViolations(page)
})

test('a library opens from the list, and its URL works as a deep link', async ({ page }) => {
  await page.goto('/biblioteker?q=Aalborg')
  await libraryTable(page).getByRole('link', { name: 'Aalborg Bibliotekerne' }).click()

  await expect(page).toHaveURL(/\/biblioteker\/\d+$/)
  const heading = page.getByRole('heading', { level: 1, name: 'Aalborg Bibliotekerne' })
  await expect(heading).toBeVisible()
  await expect(page.locator('dt:text-is("ISIL") + dd')).toHaveText('DK-785100')
  await expect(page.locator('dt:text-is("Centralbibliotek") + dd')).toHaveText('Ja')
  await expect(page.locator('dt:text-is("Region") + dd')).toHaveText('Region Nordjylland')
  await expect(page).toHaveTitle('Aalborg Bibliotekerne – Samspil')
  const breadcrumbs = page.getByRole('navigation', { name: 'Brødkrumme' })
  await expect(breadcrumbs.getByRole('link', { name: 'Forside' })).toBeVisible()
  await expect(breadcrumbs.getByRole('link', { name: 'Biblioteker' })).toBeVisible()
  await expect(breadcrumbs.getByText('Aalborg Bibliotekerne')).toBeVisible()
  await expectNoA11yViolations(page)

  // Loading the URL directly (reload / shared link) renders the same page.
  await page.reload()
  await expect(heading).toBeVisible()
  await expect(page.locator('dt:text-is("ISIL") + dd')).toHaveText('DK-785100')
})

test('an unknown library shows a not-found message', async ({ page }) => {
  await page.goto('/biblioteker/987654321')
  await expect(page.getByRole('heading', { level: 1, name: 'Biblioteket findes ikke' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Tilbage til biblioteker' })).toBeVisible()
  await expectNoA11yViolations(page)
})

test('switching to English changes the texts and survives a reload', async ({ page }) => {
  await page.goto('/biblioteker')
  await expectListLoaded(page)

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Libraries' })).toBeVisible()
  const menu = page.getByRole('navigation', { name: 'Main menu' })
  await expect(menu.getByRole('link', { name: 'Home' })).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Search for a library' })).toBeVisible()
  await expect(resultCount(page)).toHaveText('Showing 1-20 of 98')
  await expect(page).toHaveTitle('Libraries – Samspil')
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Libraries' })).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem('samspil.locale'))).toBe('en')
  await expectNoA11yViolations(page)

  await page.getByRole('button', { name: 'Dansk' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Biblioteker' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'da')
})

test('an unknown address shows the 404 page with a way home', async ({ page }) => {
  await page.goto('/findes-ikke')
  await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible()
  await expect(page).toHaveTitle('Siden findes ikke – Samspil')
  await expectNoA11yViolations(page)

  await page.getByRole('link', { name: 'Gå til forsiden', exact: true }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Samspil' })).toBeVisible()
})

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/')
  // The first Tab once the page is there (the app shows after its texts and the session check).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Gå til sidens indhold' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main#main-content')).toBeFocused()
})

test('on a small screen the main menu opens in an accessible drawer', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto('/')

  const open = page.getByRole('button', { name: 'Menu' })
  await open.click()
  const drawer = page.getByRole('dialog', { name: 'Menu' })
  await expect(drawer).toBeVisible()
  await expect(drawer.getByRole('button', { name: 'Luk menu' })).toBeFocused()
  await expectNoA11yViolations(page)

  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(open).toBeFocused()

  await open.click()
  await drawer.getByRole('link', { name: 'Biblioteker' }).click()
  await expect(page).toHaveURL(/\/biblioteker$/)
  await expect(drawer).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Biblioteker' })).toBeVisible()
  // The table switches to stacked rows on small screens; it must stay accessible.
  await expectListLoaded(page)
  await expectNoA11yViolations(page)
})
