import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'
import { login } from './session'

// The front page (current theme, the goal, milestones, the next network meeting, calendar feeds),
// the network meetings and their administration, against the demo data: a theme running now and
// one after it, a goal of 90 libraries, and network meetings twice a year 2015-2027 with minutes
// and ideas for the past ones. The figures are read from the API in the test, so they follow the
// demo data. Only the coordinator test changes data: it creates a meeting in 2099 and deletes it.

const COORDINATOR = 'koordinator@samspil.demo'

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' })
const adminMenu = (page: Page) => page.getByRole('navigation', { name: 'Administration' })

interface ThemeRef {
  id: number
  number: number
  title: string
  slug: string
}

interface GoalProgress {
  targetLibraries: number
  participatingNow: number
  themes: { theme: ThemeRef; participants: number }[]
}

async function getJson<T>(request: APIRequestContext, path: string): Promise<T | null> {
  const response = await request.get(path)
  if (response.status() === 404) return null
  expect(response.ok(), `GET ${path}`).toBe(true)
  return (await response.json()) as T
}

/** The meeting list is loaded when the count line shows and nothing is loading. */
async function expectMeetingsLoaded(page: Page): Promise<void> {
  await expect(page.getByTestId('meeting-results')).toHaveAttribute('aria-busy', 'false')
  await expect(page.getByTestId('result-count')).toHaveText(/^(Viser|Showing) \d+-\d+ (af|of) \d+$/)
}

test('the front page shows the current theme, the goal with a chart and a table, and the next meeting', async ({
  page,
  request,
}) => {
  const current = await getJson<ThemeRef>(request, '/api/themes/current')
  const theme = current ?? (await getJson<ThemeRef>(request, '/api/themes/next'))
  const goal = (await getJson<GoalProgress>(request, '/api/stats/goal'))!
  const meeting = await getJson<{ id: number; title: string }>(request, '/api/network-meetings/next')
  expect(theme, 'the demo data has a current or next theme').toBeTruthy()

  await page.goto('/')
  await expect(page).toHaveTitle('Forside – Samspil')

  // The theme running now (or the next one), with weeks, peak weeks, countdown and a link.
  const themeSection = page.getByTestId('home-theme')
  await expect(themeSection.getByRole('heading', { level: 2 })).toHaveText(current ? 'Tema lige nu' : 'Næste tema')
  await expect(page.getByTestId('home-theme-title')).toHaveText(`Tema ${theme!.number}: ${theme!.title}`)
  await expect(page.getByTestId('home-theme-weeks')).toHaveText(/^Uge \d+/)
  await expect(page.getByTestId('home-theme-peaks')).toHaveText(/^(Uge \d+|Ingen spidsuger)/)
  await expect(page.getByTestId('home-theme-countdown')).toHaveText(/(begynder|slutter) (i dag|i morgen|om \d+ dage)/)
  await expect(themeSection.getByRole('link', { name: /Læs mere om temaet/ })).toHaveAttribute('href', `/temaer/${theme!.slug}`)

  // The goal: the headline figure is the API's participatingNow, and the table has every theme.
  await expect(page.getByTestId('goal-headline')).toHaveText(
    `${goal.participatingNow} af ${goal.targetLibraries} biblioteker er med`,
  )
  await expect(page.getByLabel('Deltagende biblioteker i forhold til målet')).toHaveAttribute(
    'value',
    String(Math.min(goal.participatingNow, goal.targetLibraries)),
  )
  await expect(page.getByRole('img', { name: /^Søjlediagram: deltagende biblioteker pr\. tema/ })).toBeVisible()
  await expect(page.getByTestId('goal-chart-bar')).toHaveCount(goal.themes.length)
  const table = page.getByRole('table', { name: `Deltagende biblioteker pr. tema (målet er ${goal.targetLibraries})` })
  await expect(table.locator('tbody tr')).toHaveCount(goal.themes.length)
  await expect(table.getByRole('columnheader', { name: 'Deltagende biblioteker' })).toBeVisible()
  for (const entry of goal.themes) {
    const row = table.getByTestId(`goal-row-${entry.theme.slug}`)
    await expect(row.getByRole('rowheader')).toHaveText(`Tema ${entry.theme.number}: ${entry.theme.title}`)
    await expect(row.getByTestId('goal-row-participants')).toHaveText(String(entry.participants))
  }

  // The next network meeting links to its page.
  const meetingSection = page.getByTestId('home-meeting')
  if (meeting) {
    await expect(meetingSection.getByRole('link', { name: meeting.title })).toHaveAttribute(
      'href',
      `/netvaerksmoeder/${meeting.id}`,
    )
    await expect(page.getByTestId('home-meeting-time')).toHaveText(/\d{4} kl\. \d{2}\.\d{2}/)
  } else {
    await expect(meetingSection).toContainText('Der er ikke planlagt noget netværksmøde.')
  }

  // The calendar feeds are plain links.
  const feeds = page.getByTestId('home-calendar')
  await expect(feeds.getByRole('link', { name: 'Temaer som kalender (iCalendar)' })).toHaveAttribute(
    'href',
    '/api/calendar/themes.ics',
  )
  await expect(feeds.getByRole('link', { name: 'Milepæle som kalender (iCalendar)' })).toHaveAttribute(
    'href',
    '/api/calendar/milestones.ics',
  )
  await expect(feeds.getByRole('link', { name: 'Netværksmøder som kalender (iCalendar)' })).toHaveAttribute(
    'href',
    '/api/calendar/network-meetings.ics',
  )

  await expectNoA11yViolations(page)

  // In English too.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByTestId('goal-headline')).toHaveText(
    `${goal.participatingNow} of ${goal.targetLibraries} libraries take part`,
  )
  await expect(page.getByTestId('home-theme-title')).toHaveText(`Theme ${theme!.number}: ${theme!.title}`)
  await expectNoA11yViolations(page)
})

test('the network meetings are listed, filtered by year, and a past meeting shows minutes and ideas', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await mainMenu(page).getByRole('link', { name: 'Netværksmøder' }).click()
  await expect(page).toHaveURL(/\/netvaerksmoeder$/)
  await expect(page).toHaveTitle('Netværksmøder – Samspil')
  await expect(page.getByRole('heading', { level: 1, name: 'Netværksmøder' })).toBeVisible()
  await expectMeetingsLoaded(page)
  await expect(mainMenu(page).getByRole('link', { name: 'Netværksmøder' })).toHaveAttribute('aria-current', 'page')

  // Newest first by default.
  const table = page.getByTestId('meeting-table')
  const dates = await table.locator('tbody time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))
  expect(dates.length).toBeGreaterThan(1)
  expect([...dates].sort().reverse()).toEqual(dates)
  await expectNoA11yViolations(page)

  // Past meetings of 2016.
  await page.getByLabel('Vis').selectOption({ label: 'Afholdte møder' })
  await expect(page).toHaveURL(/[?&]vis=past(&|$)/)
  await expectMeetingsLoaded(page)
  await page.getByLabel('År').selectOption('2016')
  await expect(page).toHaveURL(/[?&]year=2016(&|$)/)
  await expectMeetingsLoaded(page)
  const list = (await getJson<{ items: { id: number; title: string; ideas: number; hasMinutes: boolean }[] }>(
    request,
    '/api/network-meetings?year=2016&upcoming=false&sort=-startsAt',
  ))!
  await expect(table.locator('tbody tr')).toHaveCount(list.items.length)
  const past = list.items.find((item) => item.hasMinutes && item.ideas > 0)
  expect(past, 'a 2016 meeting with minutes and ideas in the demo data').toBeTruthy()
  const row = table.getByTestId(`meeting-row-${past!.id}`)
  await expect(row.locator('td').last()).toHaveText('Ja')

  await row.getByRole('link', { name: past!.title }).click()
  await expect(page).toHaveURL(new RegExp(`/netvaerksmoeder/${past!.id}$`))
  await expect(page.getByRole('heading', { level: 1, name: past!.title })).toBeVisible()
  await expect(page).toHaveTitle(`${past!.title} – Samspil`)
  const detail = (await getJson<{
    minutesHtml: string
    ideas: { text: string; proposerLibrary?: { name: string }; theme?: ThemeRef }[]
    attendingLibraries: { id: number; name: string }[]
  }>(request, `/api/network-meetings/${past!.id}`))!
  const minutes = page.getByTestId('meeting-minutes')
  // (The demo minutes start with a heading of their own, also "Referat".)
  await expect(minutes.getByRole('heading', { level: 2, name: 'Referat' }).first()).toBeVisible()
  await expect(minutes.locator('.samspil-prose li').first()).toBeVisible()
  const ideas = page.getByTestId('meeting-idea')
  await expect(ideas).toHaveCount(detail.ideas.length)
  await expect(ideas.first()).toContainText(detail.ideas[0]!.text)
  const withTheme = detail.ideas.find((idea) => idea.theme)
  if (withTheme) {
    await expect(
      page.getByTestId('meeting-ideas').getByRole('link', { name: `Tema ${withTheme.theme!.number}: ${withTheme.theme!.title}` }).first(),
    ).toHaveAttribute('href', `/temaer/${withTheme.theme!.slug}`)
  }
  const attending = page.getByTestId('meeting-attending')
  await expect(attending.getByRole('heading')).toHaveText(`Deltagende biblioteker (${detail.attendingLibraries.length})`)
  const first = detail.attendingLibraries[0]!
  await expect(attending.getByRole('link', { name: first.name, exact: true })).toHaveAttribute('href', `/biblioteker/${first.id}`)
  await expectNoA11yViolations(page)

  // An unknown meeting.
  await page.goto('/netvaerksmoeder/987654321')
  await expect(page.getByRole('heading', { level: 1, name: 'Netværksmødet findes ikke' })).toBeVisible()
  await expectNoA11yViolations(page)
})

test('a coordinator plans a meeting in 2099, edits it and deletes it', async ({ page }) => {
  // Five pages, each checked with axe: more than the default 30 seconds on a busy CI machine.
  test.slow()
  const title = `E2E-netværksmøde ${Date.now()}`
  await login(page, COORDINATOR)

  await page.goto('/admin')
  await adminMenu(page).getByRole('link', { name: 'Netværksmøder' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Netværksmøder' })).toBeVisible()
  await expect(page.getByTestId('admin-meeting-table')).toBeVisible()
  await expectNoA11yViolations(page)

  await page.getByRole('link', { name: 'Planlæg netværksmøde' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Planlæg netværksmøde' })).toBeVisible()
  // Wait for the library list before using it.
  await expect(page.getByTestId('library-checklist-count')).toHaveText(/^0 af \d+ valgt$/)
  await expect(page.getByLabel('Værtsbibliotek (frivilligt)')).toContainText('Aalborg Bibliotekerne')

  // Saving without a title: the API's message is shown at the field and in the summary.
  await page.getByLabel('Starter').fill('2099-03-03T10:00')
  await page.getByLabel('Sted', { exact: true }).fill('Aalborg Hovedbibliotek, Rendsburggade 2')
  await page.getByRole('button', { name: 'Opret mødet' }).click()
  const summary = page.getByTestId('error-summary')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: /^Titel: / })).toBeVisible()
  await expect(page.locator('#meeting-title')).toHaveAttribute('aria-invalid', 'true')
  await expectNoA11yViolations(page)

  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('Slutter (frivilligt)').fill('2099-03-03T15:00')
  await page.getByLabel('Værtsbibliotek (frivilligt)').selectOption({ label: 'Aalborg Bibliotekerne' })
  await page.getByLabel('Dagsorden (frivilligt)').fill('1. Velkomst\n2. Næste tema')
  const checklist = page.getByTestId('library-checklist')
  await checklist.getByLabel('Søg blandt bibliotekerne').fill('aalborg')
  await checklist.getByLabel('Aalborg Bibliotekerne').check()
  await checklist.getByLabel('Søg blandt bibliotekerne').fill('odense')
  await checklist.getByLabel('Odense Bibliotekerne').check()
  await expect(page.getByTestId('library-checklist-count')).toHaveText(/^2 af \d+ valgt$/)
  await page.getByRole('button', { name: 'Tilføj idé' }).click()
  const idea = page.getByTestId('idea-row-0')
  await expect(idea.getByLabel('Idé', { exact: true })).toBeFocused()
  await idea.getByLabel('Idé', { exact: true }).fill('Fælles quiz på sociale medier')
  await idea.getByLabel('Foreslået af (frivilligt)').fill('Gruppe 1')
  await idea.getByLabel('Foreslået af bibliotek (frivilligt)').selectOption({ label: 'Odense Bibliotekerne' })
  await idea.getByLabel('Til tema (frivilligt)').selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Opret mødet' }).click()

  // The new meeting's page, in Danish time.
  await expect(page).toHaveURL(/\/netvaerksmoeder\/\d+$/)
  await expect(page.getByTestId('flash-message')).toHaveText(`Netværksmødet ${title} er oprettet.`)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByTestId('meeting-time')).toHaveText('tirsdag den 3. marts 2099 kl. 10.00–15.00')
  await expect(page.getByTestId('meeting-agenda').locator('ol li')).toHaveText(['Velkomst', 'Næste tema'])
  await expect(page.getByTestId('meeting-idea')).toHaveCount(1)
  await expect(page.getByTestId('meeting-idea')).toContainText('Gruppe 1, Odense Bibliotekerne')
  const attendees = page.getByTestId('meeting-attending').getByRole('link')
  await expect(attendees).toHaveCount(2)
  expect((await attendees.allInnerTexts()).sort()).toEqual(['Aalborg Bibliotekerne', 'Odense Bibliotekerne'])
  await expectNoA11yViolations(page)

  // Edit: a new title, and the idea removed.
  await page.getByTestId('edit-meeting').click()
  await expect(page.getByRole('heading', { level: 1, name: `Rediger ${title}` })).toBeVisible()
  await expect(page.getByLabel('Starter')).toHaveValue('2099-03-03T10:00')
  await expect(page.getByTestId('library-checklist-count')).toHaveText(/^2 af \d+ valgt$/)
  await expectNoA11yViolations(page)
  const edited = `${title} (rettet)`
  await page.getByLabel('Titel').fill(edited)
  await page.getByRole('button', { name: 'Fjern Idé 1' }).click()
  await page.getByRole('button', { name: 'Gem ændringer' }).click()
  await expect(page.getByTestId('flash-message')).toHaveText(`Ændringerne i ${edited} er gemt.`)
  await expect(page.getByRole('heading', { level: 1, name: edited })).toBeVisible()
  await expect(page.getByTestId('meeting-ideas')).toContainText('Der er ikke noteret idéer fra mødet.')

  // Delete, after confirming.
  await page.getByTestId('edit-meeting').click()
  await page.getByRole('button', { name: 'Slet netværksmødet' }).click()
  const confirm = page.getByTestId('delete-confirm')
  await expect(confirm.getByRole('heading', { name: `Vil du slette ${edited}?` })).toBeFocused()
  await confirm.getByRole('button', { name: 'Ja, slet mødet' }).click()
  await expect(page).toHaveURL(/\/admin\/netvaerksmoeder$/)
  await expect(page.getByTestId('flash-message')).toHaveText(`Netværksmødet ${edited} er slettet.`)
  await expect(page.getByTestId('admin-meeting-table').getByRole('link', { name: edited })).toHaveCount(0)
})

test('a coordinator sees the goal and saves it unchanged', async ({ page, request }) => {
  const goal = (await getJson<{ targetLibraries: number; targetDate: string }>(request, '/api/goal'))!
  await login(page, COORDINATOR)
  await page.goto('/admin')
  await adminMenu(page).getByRole('link', { name: 'Mål' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mål for temasamarbejdet' })).toBeVisible()
  await expect(page.getByLabel('Antal biblioteker')).toHaveValue(String(goal.targetLibraries))
  await expect(page.getByLabel('Nås senest')).toHaveValue(goal.targetDate)
  await expectNoA11yViolations(page)

  await page.getByRole('button', { name: 'Gem målet' }).click()
  await expect(page.getByTestId('flash-message')).toHaveText('Målet er gemt.')
  const after = (await getJson<{ targetLibraries: number; targetDate: string }>(request, '/api/goal'))!
  expect(after).toMatchObject({ targetLibraries: goal.targetLibraries, targetDate: goal.targetDate })
})
