// How much a page makes a browser download before it can show anything, from a Vite build manifest:
// the entry chunk with everything it imports statically, the texts of one language (the heavier), and
// the page's own chunk with everything that imports. Used by check-bundle-size.mjs; tested in
// bundleSize.spec.ts.

/**
 * @param {Record<string, {file: string, css?: string[], imports?: string[], isEntry?: boolean}>} manifest
 * @param {(file: string) => number} size the size of a built file as it is sent (gzipped)
 * @param {{publicPages: string[], languages: string[], budget: {js: number, css: number}}} rules (budget in bytes)
 * @returns {{page: string, public: boolean, js: number, css: number, over: boolean}[]} every page, public ones first, heaviest first
 */
export function measurePages(manifest, size, { publicPages, languages, budget }) {
  function closure(key, files = { js: new Set(), css: new Set() }) {
    const chunk = manifest[key]
    if (!chunk) throw new Error(`${key} is not in the build: update scripts/check-bundle-size.mjs`)
    if (files.js.has(chunk.file)) return files
    files.js.add(chunk.file)
    for (const css of chunk.css ?? []) files.css.add(css)
    for (const imported of chunk.imports ?? []) closure(imported, files)
    return files
  }
  const sum = (set) => [...set].reduce((total, file) => total + size(file), 0)
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)
  const missing = publicPages.filter((page) => !manifest[page])
  if (missing.length > 0) throw new Error(`Not in the build: ${missing.join(', ')}; update scripts/check-bundle-size.mjs`)
  const pages = Object.keys(manifest).filter((key) => /Page\.vue$/.test(key))
  const rows = pages.map((page) => {
    const worst = { js: 0, css: 0 }
    for (const language of languages) {
      const files = closure(language, closure(page, closure(entry)))
      worst.js = Math.max(worst.js, sum(files.js))
      worst.css = Math.max(worst.css, sum(files.css))
    }
    const isPublic = publicPages.includes(page)
    return { page, public: isPublic, ...worst, over: isPublic && (worst.js > budget.js || worst.css > budget.css) }
  })
  return rows.sort((a, b) => Number(b.public) - Number(a.public) || b.js - a.js)
}
