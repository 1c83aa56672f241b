import { expect, test } from '@playwright/test'
import { detailPages, PUBLIC_PAGES } from './pages'

// A visitor's browser shows no error: no console error and no failed request on any public page
// (the session check answers "no one is signed in" with 204, not 401).
test('a visitor meets no console error and no failed request', async ({ page, request }) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`)
  })
  for (const path of [...PUBLIC_PAGES, ...(await detailPages(request))]) {
    await page.goto(path)
    await expect(page.locator('h1').first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(problems, path).toEqual([])
  }
})

test("the front page's data comes in two API calls: who is signed in, and the page itself", async ({ page }) => {
  const calls: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/api/')) calls.push(url.pathname)
  })
  await page.goto('/')
  await expect(page.getByTestId('goal-headline')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(calls.sort()).toEqual(['/api/auth/session', '/api/home'])
})
