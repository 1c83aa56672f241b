import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'

// One journey through the theme collaboration, as the people in it use the site:
//  1. the coordinator creates a theme that runs now (this ISO week and three more),
//  2. Aalborg's editor signs the library up and adds an activity held earlier today,
//  3. anyone can see Aalborg among the theme's libraries, the activity's attendance, and the
//     front page counting the library for the current theme.
// Every page on the way is checked with axe.
//
// The data stays: a theme with sign-ups cannot be deleted, and it becomes the current theme (a
// running theme that started later wins). The e2e database is fresh for every `make test`.
// No library is created.

const PASSWORD = 'samspil-demo-2026'
const COORDINATOR = 'koordinator@samspil.demo'
const EDITOR_AALBORG = 'redaktoer.aalborg@samspil.demo'
const AALBORG = 'Aalborg Bibliotekerne'
const DANISH_TIME = 'Europe/Copenhagen'

interface IsoWeek {
  year: number
  week: number
}

/** A date at UTC midnight, from its parts (month 1-12). */
const utcDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day))
/** yyyy-mm-dd of a UTC-midnight date. */
const isoDate = (date: Date) => date.toISOString().slice(0, 10)
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000)

/** Today's date and the time of day in Denmark, whatever time zone the test runs in. */
function danishNow(): { today: Date; hour: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: DANISH_TIME,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  )
  return {
    today: utcDate(Number(parts.year), Number(parts.month), Number(parts.day)),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  }
}

/** The ISO week of a date: the week with the date's Thursday decides the year. */
function isoWeekOf(date: Date): IsoWeek {
  const weekday = (date.getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  const thursday = addDays(date, 3 - weekday)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - utcDate(year, 1, 1).getTime()) / (7 * 86_400_000)) + 1
  return { year, week }
}

/** Monday of the week a date lies in. */
const mondayOf = (date: Date) => addDays(date, -((date.getUTCDay() + 6) % 7))

async function login(page: Page, email: string): Promise<void> {
  await page.goto('/log-ind')
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Adgangskode').fill(PASSWORD)
  await page.getByRole('button', { name: 'Log ind', exact: true }).click()
  await expect(page).not.toHaveURL(/\/log-ind/)
}

/** A browser of its own per person: nobody shares a session. */
async function personPage(browser: Browser, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext()
  contexts.push(context)
  return context.newPage()
}

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' })

/** The theme page is loaded when its participants, coverage and activities are. */
async function expectThemePageLoaded(page: Page): Promise<void> {
  await expect(page.getByTestId('theme-participants')).toHaveAttribute('aria-busy', 'false')
  await expect(page.getByTestId('theme-activities').locator('[aria-busy="true"]')).toHaveCount(0)
  await expect(page.getByTestId('theme-participants').locator('[aria-busy="true"]')).toHaveCount(0)
}

/** The front page's current theme and goal, once loaded. */
async function expectFrontPage(page: Page, theme: { number: number; title: string }, participants: number): Promise<void> {
  await page.goto('/')
  const themeSection = page.getByTestId('home-theme')
  await expect(themeSection.getByRole('heading', { level: 2 })).toHaveText('Tema lige nu')
  await expect(page.getByTestId('home-theme-title')).toHaveText(`Tema ${theme.number}: ${theme.title}`)
  // The headline counts the libraries signed up for the current theme: this one.
  await expect(page.getByTestId('goal-headline')).toHaveText(new RegExp(`^${participants} af \\d+ biblioteker er med$`))
  await expect(page.getByTestId('home-goal')).toContainText(
    `Tallet er bibliotekerne tilmeldt tema ${theme.number}: ${theme.title}.`,
  )
  const row = page.getByTestId('goal-table').getByRole('row').filter({ hasText: theme.title })
  await expect(row.getByTestId('goal-row-participants')).toHaveText(String(participants))
  await expectNoA11yViolations(page)
}

test('a theme from creation to sign-up, activity and the front page', async ({ browser }) => {
  // Three people, about fifteen pages, each checked with axe.
  test.slow()
  const contexts: BrowserContext[] = []
  try {
    await journey(browser, contexts)
  } finally {
    for (const context of contexts) await context.close()
  }
})

async function journey(browser: Browser, contexts: BrowserContext[]): Promise<void> {
  const { today, hour } = danishNow()
  const start = isoWeekOf(today)
  const lastDay = addDays(mondayOf(today), 3 * 7 + 6) // Sunday of the third week after this one
  const end = isoWeekOf(lastDay)
  const number = 800 + Math.floor(Math.random() * 9000)
  const stamp = Date.now().toString(36)
  const title = `Fortællinger i fællesskab ${number}-${stamp}`
  const slug = `faelles-fortaellinger-${number}-${stamp}`
  const theme = { number, title }
  // Spring is the first half of the year, autumn the second.
  const season = today.getUTCMonth() < 6 ? 'Forår' : 'Efterår'

  // 1. The coordinator creates the theme in the administration.
  const coordinator = await personPage(browser, contexts)
  await login(coordinator, COORDINATOR)
  await expect(coordinator).toHaveURL(/\/admin$/)
  await expectNoA11yViolations(coordinator)
  await coordinator.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Temaer' }).click()
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Temaer' })).toBeVisible()
  await expectNoA11yViolations(coordinator)
  await coordinator.getByRole('link', { name: 'Opret tema' }).click()
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Opret tema' })).toBeVisible()
  await expect(coordinator.getByRole('checkbox', { name: 'Debat' })).toBeVisible()
  await expectNoA11yViolations(coordinator)

  await coordinator.locator('#theme-number').fill(String(number))
  await coordinator.locator('#theme-title').fill(title)
  await coordinator.locator('#theme-slug').fill(slug)
  await coordinator.locator('#theme-summary').fill('Bibliotekerne samler fortællinger fra lokalsamfundet i fire uger.')
  await coordinator.locator('#theme-description').fill('## Om temaet\n\nVi **fortæller** sammen.')
  await coordinator.locator('#theme-season').selectOption({ label: season })
  // The theme's year: across New Year, an autumn theme is the year it begins, a spring theme the year it ends.
  await coordinator.locator('#theme-year').fill(String(season === 'Forår' ? end.year : start.year))
  await coordinator.locator('#theme-startWeek').fill(String(start.week))
  await coordinator.locator('#theme-endWeek').fill(String(end.week))
  // Libraries can sign up until the theme's last day.
  await coordinator.locator('#theme-signupDeadline').fill(isoDate(lastDay))
  await coordinator.getByRole('checkbox', { name: 'Litteratur' }).check()
  await coordinator.getByRole('button', { name: 'Opret tema' }).click()

  await expect(coordinator).toHaveURL(/\/admin\/temaer$/)
  await expect(coordinator.getByTestId('flash-message')).toContainText(`Temaet ${title} er oprettet.`)
  await expect(coordinator.getByTestId('admin-theme-table').getByRole('row').filter({ hasText: title })).toBeVisible()
  await expectNoA11yViolations(coordinator)

  // The front page shows the new theme as the current one, with no library yet.
  const anonymous = await personPage(browser, contexts)
  await expectFrontPage(anonymous, theme, 0)

  // 2. Aalborg's editor finds the theme and signs the library up.
  const editor = await personPage(browser, contexts)
  await login(editor, EDITOR_AALBORG)
  await expect(editor.getByRole('heading', { level: 1, name: AALBORG })).toBeVisible()
  await expectNoA11yViolations(editor)

  await mainMenu(editor).getByRole('link', { name: 'Temaer' }).click()
  await expect(editor.getByRole('heading', { level: 1, name: 'Temaer' })).toBeVisible()
  await expect(editor.getByTestId('theme-results')).toHaveAttribute('aria-busy', 'false')
  await expectNoA11yViolations(editor)
  await editor.getByTestId('theme-table').getByRole('link', { name: title }).click()

  await expect(editor).toHaveURL(new RegExp(`/temaer/${slug}$`))
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`Tema ${number}\\s*:?\\s*${title}`))
  await expect(editor.getByTestId('theme-status').first()).toHaveText('I gang')
  await expectThemePageLoaded(editor)
  await expect(editor.getByTestId('participants-empty')).toHaveText('Ingen biblioteker har tilmeldt sig temaet endnu.')
  await expectNoA11yViolations(editor)

  await editor.getByTestId('theme-signup-link').click()
  await expect(editor).toHaveURL(new RegExp(`/temaer/${slug}/tilmeld$`))
  await expect(editor.getByTestId('signup-form')).toContainText(AALBORG)
  await expectNoA11yViolations(editor)
  await editor.getByRole('checkbox', { name: 'Arrangementer' }).check()
  await editor.getByRole('checkbox', { name: 'Litteratur' }).check()
  await editor.getByRole('button', { name: 'Tilmeld biblioteket' }).click()

  await expect(editor).toHaveURL(new RegExp(`/temaer/${slug}$`))
  await expect(editor.getByTestId('flash-message')).toContainText(`${AALBORG} er tilmeldt ${title}.`)
  await expectThemePageLoaded(editor)
  const nordjylland = editor.getByTestId('participants-region-1081')
  await expect(nordjylland.getByRole('link', { name: AALBORG })).toBeVisible()
  await expectNoA11yViolations(editor)

  // From the list of libraries to the library's page, and on to the sign-up's activities.
  await nordjylland.getByRole('link', { name: AALBORG }).click()
  await expect(editor.getByRole('heading', { level: 1, name: AALBORG })).toBeVisible()
  const signUp = editor.getByTestId('library-themes').getByRole('row').filter({ hasText: title })
  await expect(signUp).toContainText('Tilmeldt')
  await expectNoA11yViolations(editor)
  await signUp.getByRole('link', { name: `Aktiviteter ${title}` }).click()

  await expect(editor).toHaveURL(/\/tilmeldinger\/\d+\/aktiviteter$/)
  await expect(editor.getByRole('heading', { level: 1, name: /^Aktiviteter: / })).toBeVisible()
  await expect(editor.getByTestId('participation-details')).toContainText(AALBORG)
  await expectNoA11yViolations(editor)

  // Held earlier today: 00:30, or midnight in the first half hour of the day. The theme started
  // on Monday, so today is always one of its days.
  const startsAt = `${isoDate(today)}T${hour >= 1 ? '00:30' : '00:00'}`
  const activityTitle = `Fortællecafé ${number}`
  const form = editor.getByTestId('new-activity-form')
  await form.getByLabel('Titel', { exact: true }).fill(activityTitle)
  await form.getByLabel('Starter', { exact: true }).fill(startsAt)
  const attendance = form.getByLabel('Fremmøde (frivilligt)', { exact: true })
  await expect(attendance).toBeEnabled()
  await attendance.fill('55')
  await form.getByLabel('Sted (frivilligt)').fill('Hovedbiblioteket, salen')
  await form.getByLabel('Kanal', { exact: true }).selectOption({ label: 'Arrangementer' })
  await form.getByLabel('Målgruppe', { exact: true }).selectOption({ label: 'Voksne' })
  await form.getByRole('button', { name: 'Tilføj aktivitet' }).click()

  await expect(editor.getByTestId('flash-message')).toHaveText(`»${activityTitle}« er tilføjet.`)
  const added = editor.getByTestId('past-activities').getByRole('row').filter({ hasText: activityTitle })
  await expect(added.getByTestId('activity-attendance')).toHaveText('55')
  await expectNoA11yViolations(editor)

  // 3. Anyone sees Aalborg among the theme's libraries and the activity with its attendance.
  await anonymous.goto(`/temaer/${slug}`)
  await expectThemePageLoaded(anonymous)
  await expect(anonymous.getByTestId('theme-signup-link')).toHaveCount(0)
  await expect(anonymous.getByTestId('participants-total')).toHaveText('1 bibliotek deltager')
  const group = anonymous.getByTestId('theme-participants').getByRole('region', { name: /^Region Nordjylland/ })
  await expect(group.getByRole('heading', { level: 3 })).toHaveText('Region Nordjylland (1 bibliotek, 1 af 11 kommuner)')
  await expect(group.getByRole('listitem')).toHaveText([new RegExp(`^${AALBORG}\\s*Tilmeldt$`)])
  const coverage = anonymous.getByRole('table', { name: 'Dækning pr. region' })
  const coverageRow = coverage.getByRole('row', { name: /^Region Nordjylland / })
  await expect(coverageRow.getByRole('cell')).toHaveText(['1 af 11', '1', /^9\s%$/])

  const activities = anonymous.getByTestId('theme-activities')
  await expect(activities.getByTestId('activity-summary')).toHaveText('1 aktivitet, 55 fremmødte, rækkevidde 0')
  const channels = anonymous.getByRole('table', { name: 'Aktiviteter pr. kanal' })
  await expect(channels.getByRole('row', { name: /^Arrangementer / }).getByRole('cell')).toHaveText(['1', '1', '55', '0'])
  const activityRow = activities.getByTestId('activity-table').getByRole('row').filter({ hasText: activityTitle })
  await expect(activityRow).toContainText(AALBORG)
  await expect(activityRow.getByTestId('activity-attendance')).toHaveText('55')
  await expect(activities.getByRole('link', { name: 'Hent aktiviteter som CSV' })).toHaveAttribute(
    'href',
    /^\/api\/themes\/\d+\/export\/activities\.csv$/,
  )
  await expectNoA11yViolations(anonymous)

  // The front page now counts Aalborg for the current theme.
  await expectFrontPage(anonymous, theme, 1)
}
