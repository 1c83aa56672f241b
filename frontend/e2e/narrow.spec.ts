import { expect, test, type Locator, type Page } from '@playwright/test'
import publicTexts from '../src/i18n/da'
import staffTexts from '../src/i18n/staff/da'
import { detailPages, PUBLIC_PAGES } from './pages'
import { login } from './session'

// Phones and tablets: no page may be wider than the screen (WCAG 1.4.10 Reflow), from the narrowest
// phones in use (320 px) through a common phone (390 px) to a tablet (768 px), signed out and in.

/** The staff's pages: the administration, its forms, and the pages outside /admin that staff use. */
const STAFF_PAGES = [
  '/admin',
  '/admin/biblioteker',
  '/admin/biblioteker/ny',
  '/admin/temaer',
  '/admin/temaer/ny',
  '/admin/partnere',
  '/admin/vaerktoejskassen',
  '/admin/vaerktoejskassen/ny',
  '/admin/guide',
  '/admin/gode-eksempler',
  '/admin/projekter',
  '/admin/projekter/ny',
  '/admin/netvaerksmoeder',
  '/admin/netvaerksmoeder/ny',
  '/admin/maal',
  '/admin/brugere',
  '/admin/brugere/ny',
  '/admin/tokens',
  '/admin/tokens/ny',
  '/admin/webhooks',
  '/admin/webhooks/ny',
  '/admin/log',
  '/kontaktpersoner',
  '/partnerskaber/ny',
]

const WIDTHS = [320, 390, 768]

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 when it fits). */
async function overflow(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle')
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

/**
 * The tables that neither stack into rows on a small screen (dkfds' responsive headers) nor scroll
 * inside a region a keyboard can reach and a screen reader names.
 */
async function tablesThatDoNotReflow(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main table'))
      .filter((table) => {
        if (table.classList.contains('table-md-responsive-headers')) return false
        const region = table.closest('.table--responsive-scroll')
        return !(region && region.getAttribute('tabindex') === '0' && region.getAttribute('role') === 'region' && region.getAttribute('aria-label'))
      })
      .map((table) => table.getAttribute('data-testid') ?? table.outerHTML.slice(0, 80)),
  )
}

/** A text key shown instead of its text (e.g. "themeAdmin.title"): the texts it belongs to were not loaded. */
const RAW_KEY = new RegExp(`\\b(${[...Object.keys(publicTexts), ...Object.keys(staffTexts)].join('|')})\\.[a-z][a-zA-Z.]*\\b`)

async function expectEachToFit(page: Page, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await page.goto(path)
    await expect(page.locator('h1').first(), path).toBeVisible()
    expect(await overflow(page), `${path} at ${page.viewportSize()?.width} px`).toBe(0)
    expect(await tablesThatDoNotReflow(page), path).toEqual([])
    expect((await page.locator('body').innerText()).match(RAW_KEY)?.[0] ?? null, path).toBeNull()
  }
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } })
    // About 30 pages a test, a second or two each: well inside the limit on a 2-core machine.
    test.setTimeout(120_000)

    test('every public page fits the screen', async ({ page, request }) => {
      await expectEachToFit(page, [...PUBLIC_PAGES, ...(await detailPages(request))])
    })

    test('every staff page fits the screen', async ({ page }) => {
      await login(page, 'admin@samspil.demo')
      await expectEachToFit(page, STAFF_PAGES)
    })
  })
}

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('signing in is in the menu', async ({ page }) => {
    await page.goto('/temaer')
    await expect(page.getByTestId('login-link')).toBeHidden()
    await page.getByRole('button', { name: 'Menu' }).click()
    await page.getByRole('dialog').getByRole('link', { name: 'Log ind' }).click()
    await expect(page).toHaveURL(/\/log-ind$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible()
  })

  test('the navigation is easy to hit: the header buttons and the menu links at least 44 by 44 px (WCAG 2.5.5)', async ({ page }) => {
    async function expectLargeEnough(target: Locator): Promise<void> {
      const box = await target.boundingBox()
      const name = (await target.textContent())?.trim() || (await target.getAttribute('aria-label'))
      expect(box, `${name}`).not.toBeNull()
      expect(box!.height, `${name}: height`).toBeGreaterThanOrEqual(44)
      expect(box!.width, `${name}: width`).toBeGreaterThanOrEqual(44)
    }
    await page.goto('/')
    const openMenu = page.getByRole('button', { name: 'Menu', exact: true })
    for (const target of [openMenu, page.getByRole('button', { name: 'Dansk' }), page.getByRole('button', { name: 'English' })]) {
      await expectLargeEnough(target)
    }
    await openMenu.click()
    const menu = page.getByRole('dialog')
    const links = await menu.getByRole('navigation').getByRole('link').all()
    expect(links.length).toBeGreaterThanOrEqual(5)
    for (const target of [...links, menu.getByRole('button', { name: 'Luk menu' })]) await expectLargeEnough(target)
  })
})

test.describe('the goal chart on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 800 } })

  test('keeps its labels at the body text size, and says the table has every theme', async ({ page }) => {
    await page.goto('/')
    const chart = page.getByTestId('goal-chart')
    await expect(chart).toBeVisible()
    // The size the labels are drawn at: their font size times the chart's scale on the screen.
    const drawn = await chart.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width
      const body = parseFloat(getComputedStyle(document.body).fontSize)
      const labels = Array.from(svg.querySelectorAll('text')).map((text) => parseFloat(getComputedStyle(text).fontSize) * scale)
      return { body, smallest: Math.min(...labels) }
    })
    expect(drawn.smallest).toBeGreaterThanOrEqual(drawn.body - 0.5)
    await expect(page.getByTestId('goal-chart-trimmed')).toContainText('tabellen har dem alle')
  })
})
