// Lighthouse (mobile preset: a mid-range phone on a slow 4G network, simulated) on every public route of
// the running app, in Debian's Chromium. Prints each route's four scores and fails when one is below
// its minimum. Usage: node scripts/lighthouse.mjs [base URL]   (default http://localhost:8080)
// LIGHTHOUSE_ROUTES=/,/temaer limits the routes; LIGHTHOUSE_REPORTS=dir keeps the HTML reports.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs'
import { detailPages, PUBLIC_PAGES } from './publicRoutes.mjs'

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '')

/** The minimum score (0-100) of each category on every route. */
const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 }

async function json(path) {
  const response = await fetch(base + path)
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return response.json()
}

const routes = process.env.LIGHTHOUSE_ROUTES ? process.env.LIGHTHOUSE_ROUTES.split(',') : [...PUBLIC_PAGES, ...(await detailPages(json))]
const reports = process.env.LIGHTHOUSE_REPORTS
if (reports) mkdirSync(reports, { recursive: true })

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS })

const failures = []
try {
  console.log(`Lighthouse, mobile preset, ${base} (minimum: ${JSON.stringify(MINIMUM)})`)
  for (const route of routes) {
    const measure = () =>
      lighthouse(base + route, {
        port: chrome.port,
        output: reports ? 'html' : 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(MINIMUM),
      })
    let result = await measure()
    // Now and then the first page of a fresh browser cannot be measured at all (every score 0): once more.
    if (result.lhr.runtimeError) {
      console.log(`         ${route}: Lighthouse could not measure it (${result.lhr.runtimeError.code}); once more`)
      result = await measure()
    }
    const { lhr } = result
    if (reports) writeFileSync(join(reports, `${route.replace(/\W+/g, '_') || '_'}.html`), result.report)
    const scores = Object.fromEntries(Object.keys(MINIMUM).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]))
    const low = Object.entries(scores).filter(([id, score]) => score < MINIMUM[id])
    const audits = lhr.audits
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']
      .map((id) => `${id.replace(/-/g, ' ').replace(/\b(\w)\w*/g, '$1').toUpperCase()} ${audits[id]?.displayValue ?? '-'}`)
      .join(', ')
    console.log(
      `  ${low.length ? 'LOW ' : '    '} ${Object.values(scores).map((s) => String(s).padStart(3)).join(' ')}  ${route}  (${metrics})`,
    )
    if (lhr.runtimeError) console.log(`         Lighthouse could not measure the page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    for (const [id] of low) {
      const failed = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && lhr.categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0))
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
      console.log(`         ${id}: ${failed.join(', ')}`)
      failures.push(`${route} ${id} ${scores[id]}`)
    }
  }
} finally {
  await chrome.kill()
}
if (failures.length > 0) {
  console.error(`\nBelow the minimum: ${failures.join('; ')}`)
  process.exit(1)
}
