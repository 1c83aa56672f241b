import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'

// Runs against the demo content: the good example "Sansefortællingen", the 98 libraries.

const field = (page: Page) => page.getByRole('combobox', { name: 'Søg i Samspil' })
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Forslag' })
const hits = (page: Page) => page.getByTestId('search-hit')

async function expectResultsLoaded(page: Page): Promise<void> {
  await expect(page.getByTestId('search-results')).toHaveAttribute('aria-busy', 'false')
}

/** The option the field names as highlighted (aria-activedescendant). */
async function highlighted(page: Page): Promise<Locator> {
  const id = await field(page).getAttribute('aria-activedescendant')
  expect(id, 'an option is highlighted').toBeTruthy()
  return page.locator(`[id="${id}"]`)
}

/** Presses Tab until `target` has focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

test('by keyboard alone: a suggestion, the results, a kind, page 2 and back again', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Samspil' })).toBeVisible()

  // "/" from anywhere on the page focuses the search field.
  await page.keyboard.press('/')
  await expect(field(page)).toBeFocused()
  await expect(field(page)).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.type('sansefort')
  await expect(suggestions(page)).toBeVisible()
  await expect(field(page)).toHaveAttribute('aria-expanded', 'true')
  await expect(suggestions(page).getByRole('group', { name: 'Gode eksempler' }).getByRole('option', { name: 'Sansefortællingen' })).toBeVisible()
  await expect(page.getByTestId('site-search-status')).toHaveText(/^\d+ forslag$/)

  // Down until the good example is highlighted.
  const target = suggestions(page).getByRole('option', { name: 'Sansefortællingen', exact: true })
  for (let i = 0; i < 8 && (await target.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown')
  await expect(target).toHaveAttribute('aria-selected', 'true')
  await expect(await highlighted(page)).toHaveText('Sansefortællingen')
  await expectNoA11yViolations(page)

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/gode-eksempler\/sansefortaellingen$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Sansefortællingen' })).toBeVisible()
  await expect(field(page)).toHaveValue('')

  // Enter with nothing highlighted opens the results page.
  await page.keyboard.press('/')
  await expect(field(page)).toBeFocused()
  await page.keyboard.type('biblioteker')
  await expect(suggestions(page)).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/soeg\?q=biblioteker$/)
  await expect(page).toHaveTitle('Søgning efter »biblioteker« – Samspil')
  await expect(page.getByRole('heading', { level: 1, name: 'Søg' })).toBeVisible()
  await expectResultsLoaded(page)
  await expect(page.getByLabel('Søg efter')).toHaveValue('biblioteker')
  await expect(hits(page)).toHaveCount(10)
  const total = await page.getByTestId('result-count').textContent()
  // Over a type's first hits, the count is a lower bound ("Over 341 resultater", "Aktiviteter (50+)").
  expect(total).toMatch(/^(Over )?[\d.]+ resultater$/)
  const libraries = page.getByRole('checkbox', { name: /^Biblioteker \(\d+\+?\)$/ })
  await expect(libraries).not.toBeChecked()
  await expect(page.getByRole('checkbox', { name: /^Gode eksempler \(\d+\+?\)$/ })).toBeVisible()
  await expectNoA11yViolations(page)

  // Narrow to the libraries.
  await tabTo(page, libraries)
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\/soeg\?q=biblioteker&types=library$/)
  await expectResultsLoaded(page)
  await expect(libraries).toBeChecked()
  const libraryCount = (await page.getByTestId('search-kind-LIBRARY').textContent())!.match(/\((\d+)\)/)![1]
  await expect(page.getByTestId('result-count')).toHaveText(`${libraryCount} resultater`)
  await expect(page.getByTestId('search-hit-kind-LIBRARY')).toHaveCount(10)
  const firstOfPage1 = await hits(page).first().getByRole('link').textContent()

  // Page 2.
  const page2 = page.getByRole('navigation', { name: 'Sider med søgeresultater' }).getByRole('link', { name: 'Side 2', exact: true })
  await tabTo(page, page2)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/soeg\?q=biblioteker&types=library&page=2$/)
  await expectResultsLoaded(page)
  await expect(hits(page).first().getByRole('link')).not.toHaveText(firstOfPage1!)

  // Back restores each step: page 1 of the libraries, then every kind.
  await page.goBack()
  await expect(page).toHaveURL(/\/soeg\?q=biblioteker&types=library$/)
  await expectResultsLoaded(page)
  await expect(hits(page).first().getByRole('link')).toHaveText(firstOfPage1!)
  await expect(libraries).toBeChecked()
  await page.goBack()
  await expect(page).toHaveURL(/\/soeg\?q=biblioteker$/)
  await expectResultsLoaded(page)
  await expect(page.getByTestId('result-count')).toHaveText(total!)
  await expect(libraries).not.toBeChecked()
})

test('Escape closes the suggestions, a second Escape clears the field, and Tab leaves it', async ({ page }) => {
  await page.goto('/temaer')
  await field(page).click()
  await page.keyboard.type('sansefort')
  await expect(suggestions(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(suggestions(page)).toBeHidden()
  await expect(field(page)).toHaveValue('sansefort')
  await page.keyboard.press('Escape')
  await expect(field(page)).toHaveValue('')

  await page.keyboard.type('sansefort')
  await expect(suggestions(page)).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(field(page)).not.toBeFocused()
  await expect(suggestions(page)).toBeHidden()
  await expect(page).toHaveURL(/\/temaer$/)
})

test('a typo is corrected and said; nothing found offers where to look around', async ({ page }) => {
  await page.goto('/soeg?q=sansefort%C3%A6lingen')
  await expectResultsLoaded(page)
  await expect(page.getByTestId('search-corrected')).toHaveText('Ingen resultater for »sansefortælingen«. Viser resultater for »sansefortællingen«.')
  await expect(hits(page).first().getByRole('link', { name: 'Sansefortællingen' })).toBeVisible()
  await expectNoA11yViolations(page)

  await page.goto('/soeg?q=qxzvkwjh')
  await expectResultsLoaded(page)
  const empty = page.getByTestId('empty-state')
  await expect(empty.getByRole('heading', { name: 'Ingen resultater for »qxzvkwjh«' })).toBeVisible()
  await expect(page.getByTestId('search-corrected')).toHaveCount(0)
  for (const name of ['Biblioteker', 'Temaer', 'Værktøjskassen', 'Gode eksempler']) {
    await expect(empty.getByRole('link', { name, exact: true })).toBeVisible()
  }
  await expectNoA11yViolations(page)
})

for (const width of [320, 390, 1280]) {
  test(`at ${width} px the header's field fits and works, and the results page has no horizontal scrolling`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/soeg?q=biblioteker')
    await expectResultsLoaded(page)
    await page.waitForLoadState('networkidle')
    expect(await overflow(page)).toBe(0)
    await page.screenshot({ path: testInfo.outputPath(`results-${width}.png`), fullPage: false })

    const box = await field(page).boundingBox()
    expect(box, 'the field is shown').not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(width)

    await field(page).click()
    await page.keyboard.type('sansefort')
    await expect(suggestions(page)).toBeVisible()
    const list = await suggestions(page).boundingBox()
    expect(list!.x).toBeGreaterThanOrEqual(0)
    expect(list!.x + list!.width).toBeLessThanOrEqual(width)
    expect(await overflow(page)).toBe(0)
    await page.screenshot({ path: testInfo.outputPath(`suggestions-${width}.png`), fullPage: false })

    await suggestions(page).getByRole('option', { name: 'Sansefortællingen', exact: true }).click()
    await expect(page).toHaveURL(/\/gode-eksempler\/sansefortaellingen$/)
  })
}

test('the results page loads its code only when it is opened', async ({ page }) => {
  const scripts: string[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname)
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Samspil' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  const before = scripts.length
  expect(scripts.some((path) => /SearchPage/.test(path))).toBe(false)

  await page.keyboard.press('/')
  await page.keyboard.type('biblioteker')
  await page.keyboard.press('Enter')
  await expectResultsLoaded(page)
  expect(scripts.slice(before).some((path) => /SearchPage/.test(path))).toBe(true)
})
