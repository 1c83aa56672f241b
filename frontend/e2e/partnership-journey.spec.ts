import { expect, test, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './axe'
import { login } from './session'

// A library editor builds a partnership from idea to running, and the public sees it.
// Runs against the demo data (Aalborg's editor, the demo partner "Byens Museum"). Every run
// creates a partnership with a title of its own, so runs never collide.

const EDITOR_AALBORG = 'redaktoer.aalborg@samspil.demo'
const EDITOR_NAME = 'Rasmus Redaktør (Aalborg)'

/** A small PDF the server recognises by its content; the random line makes each upload new. */
function pdfBuffer(): Buffer {
  return Buffer.from(`%PDF-1.4\n% test ${Date.now()}-${Math.random()}\n`)
}

/** The form has loaded its choices (partners come from the API). */
async function expectPartnerChoices(page: Page): Promise<void> {
  await expect(page.locator('#partnership-partners-0-partnerId option', { hasText: 'Byens Museum' })).toHaveCount(1)
}

test('an editor builds a partnership from idea to running, and everyone can follow it', async ({ page, browser }) => {
  test.slow()
  const title = `Museumsnætter ${Date.now()}`

  await login(page, EDITOR_AALBORG)
  // The editor lands on their library's page, which offers a new partnership too.
  await expect(page.getByTestId('library-new-partnership')).toBeVisible()

  // The list offers a new partnership to a signed-in editor.
  await page.goto('/partnerskaber')
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerskaber' })).toBeVisible()
  await expect(page.getByTestId('partnership-results')).toHaveAttribute('aria-busy', 'false')
  await expectNoA11yViolations(page)
  await page.getByTestId('partnership-create-link').click()

  await expect(page).toHaveURL(/\/partnerskaber\/ny$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt partnerskab' })).toBeVisible()
  // The editor's own library is chosen and fixed.
  await expect(page.getByTestId('partnership-chosen-libraries')).toContainText('Aalborg Bibliotekerne')
  await expectPartnerChoices(page)
  await expectNoA11yViolations(page)

  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('Formål').fill('Aftenåbent på museet med bibliotekets fortællere.')
  await page.locator('#partnership-partners-0-partnerId').selectOption({ label: 'Byens Museum' })
  await page.locator('#partnership-partners-0-role').fill('Vært')
  // A partner that is not on the list yet is added from the form and chosen in a new row.
  const society = `Museumsforeningen ${Date.now()}`
  await page.getByText('Mangler partneren på listen?').click()
  await page.getByTestId('partner-quick-add-button').click()
  await expect(page.getByTestId('partner-quick-add')).toContainText('Skal udfyldes.')
  await page.getByLabel('Partnerens navn').fill(society)
  await page.locator('#partner-quick-type').selectOption({ label: 'Forening' })
  await page.getByTestId('partner-quick-add-button').click()
  await expect(page.getByTestId('partner-added')).toHaveText(`${society} er oprettet og valgt som partner 2.`)
  await expect(page.locator('#partnership-partners-1-partnerId option:checked')).toHaveText(society)
  await page.locator('#partnership-partners-1-role').fill('Medarrangør')
  await page.locator('#partnership-goals').fill('- 200 gæster\n- Et varigt samarbejde')
  await page.getByTestId('partnership-save').click()

  // The new partnership's page: an idea, with the editor's library and the museum.
  await expect(page).toHaveURL(/\/partnerskaber\/\d+$/)
  const id = /\/partnerskaber\/(\d+)$/.exec(page.url())![1]!
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByTestId('partnership-status-text')).toHaveText('Idé')
  await expect(page.getByTestId('partnership-partners')).toContainText('Byens Museum – Vært')
  await expect(page.getByTestId('partnership-partners')).toContainText(`${society} – Medarrangør`)
  await expect(page.getByTestId('partnership-goals')).toContainText('200 gæster')
  await expectNoA11yViolations(page)

  // The workbench: tick two steps and see who did it and when.
  await page.getByTestId('partnership-workbench-link').click()
  await expect(page).toHaveURL(new RegExp(`/partnerskaber/${id}/arbejdsbord$`))
  await expect(page.getByTestId('workbench-progress-text')).toHaveText(/^0 af \d+ trin udført$/)
  const steps = page.getByTestId('workbench-checklist').getByRole('checkbox')
  await steps.nth(0).check()
  await expect(page.getByTestId('workbench-progress-text')).toHaveText(/^1 af \d+ trin udført$/)
  await steps.nth(1).check()
  await expect(page.getByTestId('workbench-progress-text')).toHaveText(/^2 af \d+ trin udført$/)
  const done = page.getByTestId('step-done')
  await expect(done).toHaveCount(2)
  await expect(done.first()).toContainText(`Udført`)
  await expect(done.first()).toContainText(`af ${EDITOR_NAME}`)
  await expect(page.getByTestId('workbench-progress')).toHaveAttribute('value', '2')
  await expectNoA11yViolations(page)

  // The phase changes here; a phase of the next status offers to move the status along.
  const phaseChange = page.getByTestId('phase-change')
  await phaseChange.getByLabel('Ny fase').selectOption({ label: '4. Første kontakt (Idé)' })
  await expect(phaseChange.getByRole('checkbox')).toHaveCount(0)
  await phaseChange.getByLabel('Ny fase').selectOption({ label: '5. Forventningsafstemning (Planlægning)' })
  await expect(phaseChange.getByRole('checkbox', { name: 'Flyt også status til Planlægning' })).toBeChecked()
  await phaseChange.getByRole('button', { name: 'Skift fase' }).click()
  await expect(page.getByTestId('phase-change-done')).toHaveText('Partnerskabet er nu i fase 5: Forventningsafstemning, og status er Planlægning.')
  await expect(page.getByTestId('workbench-phase')).toHaveText('Fase 5: Forventningsafstemning')
  await expectNoA11yViolations(page)

  // The agreement and other files go on the workbench too; a row without a file is flagged, with its empty title.
  const files = page.getByTestId('partnership-files')
  await files.locator('#partnership-files-agreementAttachmentId').setInputFiles({ name: 'aftale.pdf', mimeType: 'application/pdf', buffer: pdfBuffer() })
  await expect(files.getByTestId('file-upload-current')).toContainText('aftale.pdf')
  await files.getByRole('button', { name: 'Tilføj fil' }).click()
  await expect(page.locator('#partnership-files-files-0-title')).toBeFocused()
  await page.getByTestId('partnership-files-save').click()
  const summary = files.getByTestId('error-summary')
  await expect(summary).toContainText('Fil 1, Fil: Vælg en fil, eller fjern rækken.')
  await expect(summary).toContainText('Fil 1, Titel: Skal udfyldes.')
  await page.locator('#partnership-files-files-0-title').fill('Referat af opstartsmødet')
  await page.locator('#partnership-files-files-0-attachmentId').setInputFiles({ name: 'referat.pdf', mimeType: 'application/pdf', buffer: pdfBuffer() })
  await expect(files.getByTestId('file-upload-current')).toHaveCount(2)
  await expect(files.getByTestId('file-upload-progress')).toHaveCount(0)
  await page.getByTestId('partnership-files-save').click()
  await expect(page.getByTestId('partnership-files-saved')).toHaveText('Aftale og filer er gemt.')
  await expect(files.getByTestId('error-summary')).toHaveCount(0)
  await expectNoA11yViolations(page)

  // Edit: the agreement is there, and saving the form keeps the files.
  await page.goto(`/partnerskaber/${id}/rediger`)
  await expect(page.getByRole('heading', { level: 1, name: `Rediger ${title}` })).toBeVisible()
  await expectPartnerChoices(page)
  await expect(page.locator('#partnership-partners-0-role')).toHaveValue('Vært')
  await expect(page.getByTestId('file-upload-current')).toContainText('aftale.pdf')
  await page.locator('#partnership-goals').fill('- 250 gæster\n- Et varigt samarbejde')
  await expectNoA11yViolations(page)
  await page.getByTestId('partnership-save').click()

  await expect(page).toHaveURL(new RegExp(`/partnerskaber/${id}$`))
  await expect(page.getByTestId('partnership-goals')).toContainText('250 gæster')
  await expect(page.getByTestId('partnership-agreement')).toContainText('aftale.pdf')
  await expect(page.getByTestId('partnership-files-list')).toHaveText('Referat af opstartsmødet (referat.pdf)')

  // Move it along the lifecycle with the offered buttons only.
  const transitions = page.getByTestId('partnership-transitions')
  // Each move takes the phase along to the new status's first phase, as the page says beforehand.
  for (const [from, to, label, phase] of [
    ['Planlægning', 'Aftalt', 'Videre til Aftalt', 'fase 7: Planlægning og organisering'],
    ['Aftalt', 'I gang', 'Videre til I gang', 'fase 9: Gennemførelse'],
  ] as const) {
    await expect(page.getByTestId('partnership-status-text')).toHaveText(from)
    // No button for a move the API does not offer (e.g. straight to "Afsluttet").
    await expect(transitions.getByRole('button', { name: 'Videre til Afsluttet' })).toHaveCount(0)
    await expect(page.getByTestId('partnership-phase-proposal')).toHaveText(`Flytter I til ${to}, går fasen med til ${phase}.`)
    await transitions.getByRole('button', { name: label }).click()
    await expect(page.getByTestId('partnership-status-text')).toHaveText(to)
    await expect(page.getByTestId('partnership-moved')).toHaveText(`Partnerskabet er flyttet til ${to} og ${phase}.`)
  }
  await expect(page.getByTestId('partnership-history')).toContainText('Aftalt → I gang')
  await expectNoA11yViolations(page)

  // Anonymously: the public list (filtered by status) shows it, and its page shows status and history.
  const anonymous = await browser.newContext()
  const visitor = await anonymous.newPage()
  await visitor.goto('/partnerskaber')
  await expect(visitor.getByTestId('partnership-results')).toHaveAttribute('aria-busy', 'false')
  await expect(visitor.getByTestId('partnership-create-link')).toHaveCount(0)
  await visitor.getByLabel('Status').selectOption({ label: 'I gang' })
  await expect(visitor).toHaveURL(/[?&]status=running/)
  await visitor.getByLabel('Søg i titel og formål').fill(title)
  await visitor.getByRole('main').getByRole('button', { name: 'Søg', exact: true }).click()
  const row = visitor.getByTestId(`partnership-row-${id}`)
  await expect(row).toBeVisible()
  await expect(row).toContainText('I gang')
  await expect(row).toContainText('Byens Museum – Vært')
  await expectNoA11yViolations(visitor)

  await row.getByRole('link', { name: title }).click()
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(visitor.getByTestId('partnership-status-text')).toHaveText('I gang')
  await expect(visitor.getByTestId('partnership-history')).toContainText('Idé → Planlægning')
  await expect(visitor.getByTestId('partnership-history')).toContainText(`Af ${EDITOR_NAME}`)
  // No management and no agreement for anonymous visitors.
  await expect(visitor.getByTestId('partnership-manage')).toHaveCount(0)
  await expect(visitor.getByTestId('partnership-agreement')).toHaveCount(0)
  await expect(visitor.getByTestId('partnership-files-list')).toHaveCount(0)
  await expect(visitor.locator('[aria-current="step"]')).toHaveCount(1)
  await expectNoA11yViolations(visitor)

  // The printable plan.
  await visitor.goto(`/partnerskaber/${id}/plan`)
  await expect(visitor.getByRole('heading', { level: 1, name: `Plan: ${title}` })).toBeVisible()
  await expect(visitor.getByTestId('plan-partners')).toContainText('Vært')
  await expect(visitor.getByTestId('plan-checklist')).toContainText('☑')
  await expect(visitor.getByTestId('plan-checklist')).toContainText('☐')
  await expect(visitor.getByRole('button', { name: 'Udskriv' })).toBeVisible()
  await expectNoA11yViolations(visitor)
  // Printing hides the site's header and the button.
  await visitor.emulateMedia({ media: 'print' })
  await expect(visitor.locator('header.header')).toBeHidden()
  await expect(visitor.getByRole('button', { name: 'Udskriv' })).toBeHidden()
  await anonymous.close()
})

test('a renamed executable is refused at the agreement field', async ({ page }) => {
  await login(page, EDITOR_AALBORG)
  await page.goto('/partnerskaber/ny')
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt partnerskab' })).toBeVisible()
  await page
    .locator('#partnership-agreement')
    .setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`MZ\u0090\u0000 not a pdf ${Date.now()}`) })
  const error = page.getByTestId('file-upload-error')
  await expect(error).toContainText('Den slags fil tages ikke imod')
  await expect(page.locator('#partnership-agreement')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('file-upload-current')).toHaveCount(0)
  await expectNoA11yViolations(page)
})
