import { describe, expect, it } from 'vitest'
import { measurePages, type ManifestChunk } from './scripts/bundleSize.mjs'

// A small build: the entry imports a shared chunk; two pages, one public; a lazy part the public page
// loads only later; two languages of different weight.
const manifest: Record<string, ManifestChunk> = {
  'index.html': { file: 'entry.js', css: ['app.css'], imports: ['_shared.js'], isEntry: true },
  '_shared.js': { file: 'shared.js' },
  'src/PublicPage.vue': { file: 'public.js', css: ['public.css'], imports: ['_shared.js', '_list.js'], dynamicImports: ['src/Later.vue'] },
  '_list.js': { file: 'list.js' },
  'src/Later.vue': { file: 'later.js' },
  'src/StaffPage.vue': { file: 'staff.js' },
  'src/i18n/da.ts': { file: 'da.js' },
  'src/i18n/en.ts': { file: 'en.js' },
}
const sizes: Record<string, number> = {
  'entry.js': 50_000,
  'shared.js': 5_000,
  'public.js': 10_000,
  'list.js': 2_000,
  'later.js': 40_000,
  'staff.js': 90_000,
  'da.js': 14_000,
  'en.js': 13_000,
  'app.css': 9_000,
  'public.css': 1_000,
}
const measure = (budget: { js: number; css: number }) =>
  measurePages(manifest, (file) => sizes[file]!, {
    publicPages: ['src/PublicPage.vue'],
    languages: ['src/i18n/da.ts', 'src/i18n/en.ts'],
    budget,
  })

describe('what a page loads first', () => {
  it('counts the entry, what it imports, the heavier language and the page with its imports, once each', () => {
    const [publicPage] = measure({ js: 100_000, css: 20_000 })
    // 50 + 5 (shared once, though both import it) + 14 (Danish) + 10 + 2; not the part loaded later
    expect(publicPage).toEqual({ page: 'src/PublicPage.vue', public: true, js: 81_000, css: 10_000, over: false })
  })

  it('fails a public page past either budget, and only reports a staff page', () => {
    const rows = measure({ js: 80_000, css: 9_500 })
    expect(rows.map((row) => [row.page, row.over])).toEqual([
      ['src/PublicPage.vue', true],
      ['src/StaffPage.vue', false],
    ])
    expect(measure({ js: 81_000, css: 9_500 })[0]!.over).toBe(true)
    expect(measure({ js: 81_000, css: 10_000 })[0]!.over).toBe(false)
  })

  it('names a public page the build does not have', () => {
    expect(() =>
      measurePages(manifest, () => 1, { publicPages: ['src/Gone.vue'], languages: [], budget: { js: 1, css: 1 } }),
    ).toThrow('src/Gone.vue')
  })
})
