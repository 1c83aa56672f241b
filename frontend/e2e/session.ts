import { expect, type Page } from '@playwright/test'

/** The demo accounts' password (README, Demo accounts). */
export const DEMO_PASSWORD = 'samspil-demo-2026'

/** Signs in on the login page as a demo account and waits until the app has moved on from it. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/log-ind')
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible()
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Adgangskode').fill(password)
  await page.getByRole('button', { name: 'Log ind', exact: true }).click()
  await expect(page).not.toHaveURL(/\/log-ind/)
}
