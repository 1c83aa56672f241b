// Pre-compresses the built SPA's text assets (dist/assets/*.js, *.css, *.svg) as .br and .gz beside them,
// so the backend sends them compressed at the best level without compressing on every request
// (common/web/StaticFiles.java). Run after `vite build`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const ASSETS = new URL('../dist/assets/', import.meta.url).pathname
const TEXT = /\.(js|css|svg|json)$/
const MIN_BYTES = 1024

let files = 0
let before = 0
let after = 0
for (const name of readdirSync(ASSETS)) {
  const path = join(ASSETS, name)
  if (!TEXT.test(name) || statSync(path).size < MIN_BYTES) continue
  const content = readFileSync(path)
  const br = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  })
  writeFileSync(`${path}.br`, br)
  writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }))
  files += 1
  before += content.length
  after += br.length
}
console.log(`compress-assets: ${files} files, ${Math.round(before / 1024)} kB -> ${Math.round(after / 1024)} kB with brotli`)
