import { expect, test, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'
import { login } from './session'

// The coordinators' administration of "Byg partnerskaber": toolbox items (with an uploaded file and a
// link), good examples (the five questions), and the guide and project pages. Every test signs in on
// its own and deletes what it created, also when it stops half-way.

const COORDINATOR = 'koordinator@samspil.demo'

const flash = (page: Page) => page.getByTestId('flash-message')
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`

async function csrfToken(page: Page): Promise<string> {
  const session = await page.request.get('/api/auth/session')
  return ((await session.json()) as { csrfToken: string }).csrfToken
}

interface Found {
  id: number
  slug: string
  version: number
}

async function findOne(page: Page, collection: 'toolbox' | 'cases', q: string): Promise<Found | null> {
  const response = await page.request.get(`/api/${collection}?q=${encodeURIComponent(q)}&size=100`)
  expect(response.ok()).toBe(true)
  const items = ((await response.json()) as { items: (Found & { title: string })[] }).items
  const hit = items.find((i) => i.title === q)
  if (!hit) return null
  const one = await page.request.get(`/api/${collection}/${hit.id}`)
  return (await one.json()) as Found
}

/** Removes what the test created when it stopped before deleting it (nothing is left behind). */
async function deleteIfLeft(page: Page, collection: 'toolbox' | 'cases', title: string): Promise<void> {
  const found = await findOne(page, collection, title)
  if (!found) return
  await page.request.delete(`/api/${collection}/${found.id}`, {
    headers: { 'If-Match': `"v${found.version}"`, 'X-CSRF-Token': await csrfToken(page) },
  })
}

test.describe.configure({ timeout: 180_000 })

const pdf = () => Buffer.from(`%PDF-1.4\n% ${unique()} ${Math.random()}\n`)

test('a coordinator creates, shows, edits and deletes a toolbox item with a file and a link', async ({ page }) => {
  const title = `E2E-værktøj ${unique()}`
  await login(page, COORDINATOR)
  try {
    await page.goto('/admin/vaerktoejskassen')
    await expect(page.getByRole('heading', { level: 1, name: 'Værktøjskassen' })).toBeVisible()
    await expect(page.getByTestId('admin-toolbox-table')).toBeVisible()
    await expectNoA11yViolations(page)

    await page.getByTestId('create-toolbox-item').click()
    await expect(page.getByRole('heading', { level: 1, name: 'Opret værktøj' })).toBeVisible()
    await expect(page.getByLabel('Kapitel i guiden (frivilligt)').locator('option')).not.toHaveCount(1)
    await expectNoA11yViolations(page)

    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Skabelon' })
    await page.getByLabel('Titel', { exact: true }).first().fill(title)
    await page.getByLabel('Resumé').fill('Et værktøj, som end-to-end-testen opretter og sletter igen.')
    await page.getByLabel('Tekst (frivilligt)').fill('## Sådan bruges det\n\nUdfyld skabelonen.')
    await page.getByLabel('Overskrift i værktøjskassen').selectOption({ label: 'Vær strategisk' })
    await page.getByLabel('6. Aftale').check()
    await page.getByLabel('Emneord (frivilligt)').fill('E2E, Prøve, e2e')

    // A real PDF is uploaded at once and shown in its row.
    await page.getByRole('button', { name: 'Tilføj fil' }).click()
    const fileRow = page.getByTestId('attachment-row-0')
    await fileRow.getByLabel('Titel').fill('Skabelonen som PDF')
    await fileRow.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'skabelon.pdf', mimeType: 'application/pdf', buffer: pdf() })
    await expect(fileRow.getByTestId('file-upload-current')).toContainText('skabelon.pdf')

    // A renamed executable is refused by its content (415), at the field.
    await page.getByRole('button', { name: 'Tilføj fil' }).click()
    const badRow = page.getByTestId('attachment-row-1')
    await badRow.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'x.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256, 0x90)]),
    })
    await expect(badRow.getByTestId('file-upload-error')).toContainText('Den slags fil tages ikke imod')
    await expectNoA11yViolations(page)
    await badRow.getByRole('button', { name: 'Fjern Fil 2' }).click()
    await expect(page.getByTestId('attachment-row-1')).toHaveCount(0)

    await page.getByRole('button', { name: 'Tilføj link' }).click()
    const linkRow = page.getByTestId('link-row-0')
    await linkRow.getByLabel('Titel').fill('Danmarks Biblioteksforening')
    await linkRow.getByLabel('Adresse').fill('https://www.db.dk')

    await page.getByTestId('toolbox-save').click()
    await expect(flash(page)).toContainText(`${title} er oprettet.`)
    await expect(page).toHaveURL(/\/admin\/vaerktoejskassen$/)

    const created = await findOne(page, 'toolbox', title)
    expect(created, 'the new item').not.toBeNull()
    const stored = (await (await page.request.get(`/api/toolbox/${created!.id}`)).json()) as {
      tags: string[]
      phases: string[]
      attachments: { title: string }[]
      links: { url: string }[]
    }
    expect(stored.tags).toEqual(['e2e', 'prøve'])
    expect(stored.phases).toEqual(['AGREEMENT'])
    expect(stored.attachments.map((a) => a.title)).toEqual(['Skabelonen som PDF'])
    expect(stored.links.map((l) => l.url)).toEqual(['https://www.db.dk'])

    // The public page shows it, with its file and link.
    await page.goto(`/vaerktoejskassen/${created!.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.getByRole('link', { name: /Skabelonen som PDF/ })).toBeVisible()
    await expect(page.getByRole('link', { name: /Danmarks Biblioteksforening/ })).toBeVisible()

    // Edit it from the list (found by searching).
    await page.goto('/admin/vaerktoejskassen')
    await page.getByLabel('Søg i værktøjskassen').fill(title)
    await page.getByRole('main').getByRole('button', { name: 'Søg' }).click()
    await page.getByRole('link', { name: `Rediger ${title}` }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Rediger ${title}` })).toBeVisible()
    await expect(page.getByTestId('attachment-row-0').getByTestId('file-upload-current')).toContainText('skabelon.pdf')
    await expectNoA11yViolations(page)
    await page.getByLabel('Resumé').fill('Rettet af end-to-end-testen.')
    await page.getByTestId('toolbox-save').click()
    await expect(flash(page)).toContainText(`Ændringerne af ${title} er gemt.`)

    // Delete it.
    await page.getByLabel('Søg i værktøjskassen').fill(title)
    await page.getByRole('main').getByRole('button', { name: 'Søg' }).click()
    await page.getByRole('link', { name: `Rediger ${title}` }).click()
    await page.getByRole('button', { name: 'Slet værktøj' }).click()
    await page.getByRole('button', { name: 'Ja, slet værktøjet' }).click()
    await expect(flash(page)).toContainText(`${title} er slettet.`)
    expect(await findOne(page, 'toolbox', title)).toBeNull()
  } finally {
    await deleteIfLeft(page, 'toolbox', title)
  }
})

test('a coordinator creates and deletes a good example with the five questions', async ({ page }) => {
  const title = `E2E-eksempel ${unique()}`
  await login(page, COORDINATOR)
  try {
    await page.goto('/admin/gode-eksempler')
    await expect(page.getByRole('heading', { level: 1, name: 'Gode eksempler' })).toBeVisible()
    await expectNoA11yViolations(page)

    await page.getByTestId('create-case').click()
    await expect(page.getByRole('heading', { level: 1, name: 'Opret godt eksempel' })).toBeVisible()
    const questions = [
      'Hvem er med i partnerskabet?',
      'Hvad er formålet?',
      'Hvad får biblioteket ud af det?',
      'Hvad får partneren ud af det?',
      'Hvad er jeres bedste råd til andre?',
    ]
    for (const [i, question] of questions.entries()) {
      await expect(page.getByTestId(`answer-row-${i}`).getByLabel('Spørgsmål')).toHaveValue(question)
    }
    await expectNoA11yViolations(page)

    await page.getByLabel('Titel', { exact: true }).fill(title)
    await page.getByLabel('Resumé').fill('Et godt eksempel fra end-to-end-testen.')
    for (const i of questions.keys()) {
      await page.getByTestId(`answer-row-${i}`).getByLabel('Svar').fill(`Svar nummer ${i + 1}.`)
    }
    await page.getByLabel('Find i listen: Biblioteker').fill('Roskilde')
    await page.getByLabel('Roskilde Bibliotekerne').check()
    await page.getByTestId('case-save').click()
    await expect(flash(page)).toContainText(`${title} er oprettet.`)

    const created = await findOne(page, 'cases', title)
    expect(created).not.toBeNull()
    const stored = (await (await page.request.get(`/api/cases/${created!.id}`)).json()) as {
      answers: { question: string; answer: string }[]
      libraries: { name: string }[]
    }
    expect(stored.answers.map((a) => a.question)).toEqual(questions)
    expect(stored.answers[4]?.answer).toBe('Svar nummer 5.')
    expect(stored.libraries.map((l) => l.name)).toEqual(['Roskilde Bibliotekerne'])

    await page.goto(`/admin/gode-eksempler/${created!.id}`)
    await expect(page.getByRole('heading', { level: 1, name: `Rediger ${title}` })).toBeVisible()
    await expectNoA11yViolations(page)
    await page.getByRole('button', { name: 'Slet godt eksempel' }).click()
    await page.getByRole('button', { name: 'Ja, slet det gode eksempel' }).click()
    await expect(flash(page)).toContainText(`${title} er slettet.`)
    expect(await findOne(page, 'cases', title)).toBeNull()
  } finally {
    await deleteIfLeft(page, 'cases', title)
  }
})

test('the guide and project administration pages are accessible', async ({ page }) => {
  await login(page, COORDINATOR)
  await page.goto('/admin/guide')
  await expect(page.getByRole('heading', { level: 1, name: 'Guiden' })).toBeVisible()
  await expect(page.getByTestId('admin-guide-table')).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByTestId('admin-guide-table').getByRole('link', { name: /^Rediger/ }).first().click()
  await expect(page.getByTestId('guide-form')).toBeVisible()
  await expectNoA11yViolations(page)

  await page.goto('/admin/projekter')
  await expect(page.getByRole('heading', { level: 1, name: 'Projekter' })).toBeVisible()
  await expectNoA11yViolations(page)
  await page.goto('/admin/projekter/ny')
  await page.getByRole('button', { name: 'Tilføj dokument' }).click()
  await page.getByRole('button', { name: 'Tilføj partner' }).click()
  await expect(page.getByTestId('document-row-0')).toBeVisible()
  await expectNoA11yViolations(page)
})
