import { expect, test, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'

// Runs against the demo content of Byg partnerskaber: the toolbox items, the guide's chapters,
// the good examples, the project "Ud af boksen!" and the partners.

const localNav = (page: Page) => page.getByRole('navigation', { name: 'Byg partnerskaber' })

async function expectToolboxLoaded(page: Page): Promise<void> {
  await expect(page.getByTestId('toolbox-results')).toHaveAttribute('aria-busy', 'false')
  // '1 værktøj', '2 værktøjer': the count's noun in the form the number asks for.
  await expect(page.getByTestId('result-count')).toHaveText(/^(1 værktøj|(0|[2-9]|\d{2,}) værktøjer)$/)
}

test('the header menu leads to Byg partnerskaber, and on to the toolbox, grouped by the four headings', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Byg partnerskaber' }).click()

  // The menu item's name is the page's heading and title.
  await expect(page).toHaveURL(/\/byg-partnerskaber$/)
  await expect(page).toHaveTitle('Byg partnerskaber – Samspil')
  await expect(page.getByRole('heading', { level: 1, name: 'Byg partnerskaber' })).toBeVisible()
  const parts = page.getByTestId('build-partnerships-parts')
  for (const part of ['Værktøjskassen', 'Guide', 'Gode eksempler', 'Partnerskaber', 'Partnere', 'Projekter']) {
    await expect(parts.getByRole('link', { name: part, exact: true })).toBeVisible()
  }
  await expectNoA11yViolations(page)
  await parts.getByRole('link', { name: 'Værktøjskassen' }).click()

  await expect(page).toHaveURL(/\/vaerktoejskassen$/)
  await expect(page).toHaveTitle('Værktøjskassen – Samspil')
  await expect(page.getByRole('heading', { level: 1, name: 'Værktøjskassen' })).toBeVisible()
  await expectToolboxLoaded(page)
  for (const heading of ['Professionalisér!', 'Fokuser biblioteket!', 'Vær strategisk!', 'Vælg partnere med omhu!']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
  }
  await expect(localNav(page).getByRole('link', { name: 'Værktøjskassen' })).toHaveAttribute('aria-current', 'page')
  await expect(localNav(page).getByRole('link', { name: 'Guide' })).toBeVisible()
  await expect(localNav(page).getByRole('link', { name: 'Partnere' })).toBeVisible()

  await expectNoA11yViolations(page)
})

test('filters by heading and phase and searches, all in the URL', async ({ page }) => {
  await page.goto('/vaerktoejskassen')
  await expectToolboxLoaded(page)

  await page.getByLabel('Overskrift').selectOption({ label: 'Professionalisér!' })
  await expect(page).toHaveURL(/[?&]heading=professionalise(&|$)/)
  await expectToolboxLoaded(page)
  await expect(page.getByRole('heading', { level: 2, name: 'Professionalisér!' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Vær strategisk!' })).toHaveCount(0)

  await page.getByLabel('Fase').selectOption({ label: '10. Evaluering' })
  await expect(page).toHaveURL(/[?&]phase=evaluation(&|$)/)
  await expect(page).toHaveURL(/[?&]heading=professionalise(&|$)/)
  await expectToolboxLoaded(page)
  await expect(page.getByRole('link', { name: 'Evalueringsskema' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Kommunikationsplan' })).toHaveCount(0)

  await page.getByRole('link', { name: 'Nulstil filtre' }).click()
  await expect(page).toHaveURL(/\/vaerktoejskassen$/)
  await expectToolboxLoaded(page)

  await page.getByLabel('Søg i værktøjskassen').fill('kommunikation')
  await page.getByRole('main').getByRole('button', { name: 'Søg' }).click()
  await expect(page).toHaveURL(/[?&]q=kommunikation(&|$)/)
  await expectToolboxLoaded(page)
  await expect(page.getByRole('link', { name: 'Kommunikationsplan' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Evalueringsskema' })).toHaveCount(0)

  // A shared link restores the same filters.
  await page.goto('/vaerktoejskassen?kind=game')
  await expectToolboxLoaded(page)
  await expect(page.getByLabel('Type')).toHaveValue('GAME')
  await expect(page.getByRole('link', { name: 'Bibliotekets aktiver - kortspil' })).toBeVisible()
})

test('an item shows its facts and its file downloads as an attachment', async ({ page }) => {
  await page.goto('/vaerktoejskassen?q=kommunikationsplan')
  await expectToolboxLoaded(page)
  await page.getByRole('link', { name: 'Kommunikationsplan' }).click()

  await expect(page).toHaveURL(/\/vaerktoejskassen\/kommunikationsplan$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunikationsplan' })).toBeVisible()
  await expect(page).toHaveTitle('Kommunikationsplan – Samspil')
  const facts = page.getByTestId('toolbox-facts')
  await expect(facts).toContainText('Professionalisér!')
  await expect(facts).toContainText('Kommunikation')
  await expect(facts).toContainText('Gennemførelse')
  await expect(page.getByTestId('toolbox-files')).toContainText('PDF')
  await expectNoA11yViolations(page)

  const link = page.getByTestId('toolbox-files').getByRole('link', { name: 'Kommunikationsplan (PDF)' })
  const href = await link.getAttribute('href')
  expect(href).toMatch(/^\/api\/attachments\/\d+/)
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  expect(download.suggestedFilename()).toBe('kommunikationsplan.pdf')

  const response = await page.request.get(href!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/pdf')
  expect(response.headers()['content-disposition']).toMatch(/^attachment/)
})

test('an unknown item says so', async ({ page }) => {
  await page.goto('/vaerktoejskassen/findes-ikke')
  await expect(page.getByRole('heading', { level: 1, name: 'Værktøjet findes ikke' })).toBeVisible()
  await expect(page.getByTestId('not-found')).toBeVisible()
})

test('the guide is read from chapter 1 to 2 and back', async ({ page }) => {
  await page.goto('/vaerktoejskassen')
  await localNav(page).getByRole('link', { name: 'Guide' }).click()
  await expect(page).toHaveURL(/\/guide$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Guide til partnerskaber' })).toBeVisible()
  await expect(page.getByTestId('guide-checklist').locator('li')).not.toHaveCount(0)
  await expectNoA11yViolations(page)

  await page.getByRole('link', { name: '1. Intet bibliotek uden partnerskaber' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '1. Intet bibliotek uden partnerskaber' })).toBeVisible()
  const pager = page.getByRole('navigation', { name: 'Kapitler' })
  await expect(pager.getByRole('link', { name: /Forrige/ })).toHaveCount(0)
  await expectNoA11yViolations(page)

  await pager.getByRole('link', { name: /Næste: 2\. Hvad er partnerskaber\?/ }).click()
  await expect(page).toHaveURL(/\/guide\/hvad-er-partnerskaber$/)
  await expect(page.getByRole('heading', { level: 1, name: '2. Hvad er partnerskaber?' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Værktøjer til kapitlet' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Kapitler' }).getByRole('link', { name: /Forrige: 1\./ }).click()
  await expect(page.getByRole('heading', { level: 1, name: '1. Intet bibliotek uden partnerskaber' })).toBeVisible()
})

test('the good example Sansefortællingen answers the five questions', async ({ page }) => {
  await page.goto('/gode-eksempler')
  await expect(page.getByTestId('case-results')).toHaveAttribute('aria-busy', 'false')
  await expectNoA11yViolations(page)
  await page.getByRole('link', { name: 'Sansefortællingen' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Sansefortællingen' })).toBeVisible()
  const questions = page.getByTestId('case-questions')
  await expect(questions.locator('dt')).toHaveCount(5)
  await expect(questions.locator('dd')).toHaveCount(5)
  await expect(questions.locator('dt').first()).toHaveText('Hvem er med i partnerskabet?')
  await expect(page.getByRole('link', { name: 'Herning Bibliotekerne' })).toHaveAttribute('href', /\/biblioteker\/\d+$/)
  await expectNoA11yViolations(page)

  await page.getByRole('link', { name: 'Team Teatret' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Team Teatret' })).toBeVisible()
  await expect(page.getByTestId('partner-cases').getByRole('link', { name: 'Sansefortællingen' })).toBeVisible()
  await expect(page.getByTestId('partner-partnerships')).toContainText('Sansefortællinger på biblioteket')
  await expectNoA11yViolations(page)
})

test('the project Ud af boksen! lists its documents by kind, and they download', async ({ page }) => {
  await page.goto('/projekter')
  await expectNoA11yViolations(page)
  await page.getByRole('link', { name: 'Ud af boksen!' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Ud af boksen!' })).toBeVisible()
  await expect(page.getByTestId('project-facts')).toContainText('Kulturstyrelsen')
  const reports = page.getByTestId('project-documents-REPORT')
  await expect(reports.getByRole('heading', { name: 'Rapporter' })).toBeVisible()
  const report = reports.getByRole('link', { name: 'Afrapportering' })
  await expect(report).toHaveAttribute('download', '')
  const response = await page.request.get((await report.getAttribute('href'))!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-disposition']).toMatch(/^attachment/)
  await expect(page.getByTestId('project-contacts')).toContainText('Jane Kunze')
  await expect(page.getByTestId('project-partners').getByRole('link', { name: 'Dacapo Teatret' })).toBeVisible()
  await expectNoA11yViolations(page)
})

test('the partner directory filters by type and opens a partner', async ({ page }) => {
  await page.goto('/partnere')
  await expect(page.getByTestId('partner-results')).toHaveAttribute('aria-busy', 'false')
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Medie' })
  await expect(page).toHaveURL(/[?&]type=media(&|$)/)
  await expect(page.getByTestId('partner-list').getByRole('link', { name: 'DR' })).toBeVisible()
  await expect(page.getByTestId('partner-list').getByRole('link', { name: 'Nationalmuseet' })).toHaveCount(0)
  await expectNoA11yViolations(page)

  await page.getByTestId('partner-list').getByRole('link', { name: 'DR' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'DR' })).toBeVisible()
  await expect(page.getByTestId('partner-facts')).toContainText('Medie')
  await expectNoA11yViolations(page)
})

test('the toolbox works at a small viewport', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/vaerktoejskassen/skabelon-til-samarbejdsaftale')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByTestId('toolbox-files')).toBeVisible()
  await expectNoA11yViolations(page)
  await page.goto('/vaerktoejskassen')
  await expectToolboxLoaded(page)
  await expectNoA11yViolations(page)
})

test('every page of Byg partnerskaber keeps the section: its menu item highlighted and its own navigation', async ({ page }) => {
  const menuItem = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Byg partnerskaber' })
  for (const [path, part] of [
    ['/byg-partnerskaber', null],
    ['/vaerktoejskassen', 'Værktøjskassen'],
    ['/guide', 'Guide'],
    ['/gode-eksempler', 'Gode eksempler'],
    ['/partnerskaber', 'Partnerskaber'],
    ['/partnere', 'Partnere'],
    ['/projekter', 'Projekter'],
  ] as const) {
    await page.goto(path)
    await expect(page.locator('h1').first()).toBeVisible()
    await expect(menuItem, path).toHaveAttribute('aria-current', path === '/byg-partnerskaber' ? 'page' : 'true')
    await expect(localNav(page), path).toBeVisible()
    if (part) await expect(localNav(page).getByRole('link', { name: part, exact: true }), path).toHaveAttribute('aria-current', 'page')
  }
})
