// What each page makes a browser download before it can show anything, measured on the build
// (dist/.vite/manifest.json) and held to the budgets below: the entry chunk with everything it imports,
// the texts of one language, and the page's own chunk with everything that imports. Prints the sizes
// (gzipped, as sent) and fails the build when a public page goes past a budget. Run after `vite build`.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { measurePages } from './bundleSize.mjs'

/**
 * Gzipped kilobytes (1,000 bytes, as browsers and Lighthouse count them) that a public page may load
 * first. CSS meets the goal of issue 13 (20 kB). JavaScript is held at what it is now, so that it
 * can only shrink, on its way to the goal of 80 kB: lower `js` as pages get lighter.
 */
const BUDGET_KB = { js: 101, css: 20 }
const GOAL_KB = { js: 80, css: 20 }

/**
 * The pages anyone may open without signing in, by their source file; the staff pages are only
 * reported. A new public page belongs here.
 */
const PUBLIC_PAGES = [
  'src/app/pages/FrontPage.vue',
  'src/app/pages/ThemePage.vue',
  'src/app/pages/LibraryPage.vue',
  'src/app/pages/BuildPartnershipsPage.vue',
  'src/app/NotFoundPage.vue',
  'src/features/collaboration/themes/ThemeListPage.vue',
  'src/features/directory/libraries/LibraryListPage.vue',
  'src/features/collaboration/networkmeetings/NetworkMeetingListPage.vue',
  'src/features/collaboration/networkmeetings/NetworkMeetingDetailPage.vue',
  'src/features/access/auth/LoginPage.vue',
  'src/features/partnering/toolbox/ToolboxListPage.vue',
  'src/features/partnering/toolbox/ToolboxItemPage.vue',
  'src/features/partnering/guide/GuidePage.vue',
  'src/features/partnering/guide/GuideChapterPage.vue',
  'src/features/partnering/goodexamples/CaseListPage.vue',
  'src/features/partnering/goodexamples/CaseDetailPage.vue',
  'src/features/partnering/projects/ProjectListPage.vue',
  'src/features/partnering/projects/ProjectDetailPage.vue',
  'src/features/partnering/partnerships/PartnershipListPage.vue',
  'src/features/partnering/partnerships/PartnershipDetailPage.vue',
  'src/features/directory/partners/PartnerListPage.vue',
  'src/features/directory/partners/PartnerDetailPage.vue',
  'src/features/search/search/SearchPage.vue',
]
const LANGUAGES = ['src/i18n/da.ts', 'src/i18n/en.ts']

const dist = new URL('../dist/', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))
const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const kb = (bytes) => (bytes / 1000).toFixed(1)

const rows = measurePages(manifest, gzipped, {
  publicPages: PUBLIC_PAGES,
  languages: LANGUAGES,
  budget: { js: BUDGET_KB.js * 1000, css: BUDGET_KB.css * 1000 },
})

console.log(
  `What each page loads first, gzipped (public pages may load JS ${BUDGET_KB.js} kB, CSS ${BUDGET_KB.css} kB;` +
    ` the goal is JS ${GOAL_KB.js} kB, CSS ${GOAL_KB.css} kB):`,
)
for (const row of rows) {
  const label = row.public ? 'public' : 'staff '
  console.log(`  ${row.over ? 'OVER' : '    '} ${label} JS ${kb(row.js).padStart(6)} kB  CSS ${kb(row.css).padStart(5)} kB  ${row.page}`)
}
// The manifest is for this check only: it is not shipped.
rmSync(join(dist, '.vite'), { recursive: true, force: true })
const over = rows.filter((row) => row.over)
if (over.length > 0) {
  console.error(`\n${over.length} public page(s) load more than the budget. Make them load less (lazy parts, smaller texts).`)
  process.exit(1)
}
