import { expect, test, type Page } from '@playwright/test'
import { PUBLIC_PAGES } from './pages'
import { login } from './session'

// The narrowest phones in use are 320 px wide: no page may be wider than the screen (WCAG 1.4.10 Reflow).

test.use({ viewport: { width: 320, height: 640 } })


const ADMIN_PAGES = ['/admin', '/admin/webhooks', '/admin/webhooks/ny', '/admin/tokens', '/admin/brugere', '/admin/log']

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 when it fits). */
async function overflow(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle')
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

test('public pages fit a 320 px screen', async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    await page.goto(path)
    await expect(page.locator('h1').first()).toBeVisible()
    expect(await overflow(page), path).toBe(0)
  }
})

test('on a 320 px screen, signing in is in the menu', async ({ page }) => {
  await page.goto('/temaer')
  await expect(page.getByTestId('login-link')).toBeHidden()
  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('dialog').getByRole('link', { name: 'Log ind' }).click()
  await expect(page).toHaveURL(/\/log-ind$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible()
})

test('the administration fits a 320 px screen', async ({ page }) => {
  await login(page, 'admin@samspil.demo')
  for (const path of ADMIN_PAGES) {
    await page.goto(path)
    await expect(page.locator('h1').first()).toBeVisible()
    expect(await overflow(page), path).toBe(0)
  }
})
