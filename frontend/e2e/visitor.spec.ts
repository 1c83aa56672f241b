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

// On a phone with a slow network, a page does not jump about while its content arrives (layout
// shift, as Lighthouse and Core Web Vitals count it: under 0.1 is "good"; Samspil keeps it near 0).
test('on a phone, no public page moves while its content arrives', async ({ page, request }) => {
  test.setTimeout(120_000)
  const paths = [...PUBLIC_PAGES, ...(await detailPages(request))]
  await page.setViewportSize({ width: 390, height: 844 })
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number }
    w.shifted = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.shifted += entry.value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  // Every API answer comes late, one after another, as on a slow phone network.
  await page.route('**/api/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 150))
    await route.continue()
  })
  const shifts: string[] = []
  for (const path of paths) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted)
    if (shifted >= 0.01) shifts.push(`${path}: ${shifted.toFixed(3)}`)
  }
  expect(shifts).toEqual([])
})
