#!/usr/bin/env node
// Fails when src/api/schema.d.ts is not what openapi-typescript generates from ../openapi.yaml.
// Regenerates into a temporary file with the same CLI invocation as `npm run api-types`
// and compares the two files byte for byte (line endings normalised).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const STALE_MESSAGE = 'API types are stale: run make api-types'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const spec = resolve(root, '..', 'openapi.yaml')
const committed = resolve(root, 'src', 'api', 'schema.d.ts')

const require = createRequire(import.meta.url)
const pkgJson = require.resolve('openapi-typescript/package.json')
const cli = join(dirname(pkgJson), require(pkgJson).bin['openapi-typescript'])

const normalise = (text) => text.replace(/\r\n/g, '\n')

if (!existsSync(spec)) {
  console.error(`Cannot find the API contract at ${spec}`)
  process.exit(1)
}
if (!existsSync(committed)) {
  console.error(`${committed} does not exist.`)
  console.error(STALE_MESSAGE)
  process.exit(1)
}

const dir = mkdtempSync(join(tmpdir(), 'samspil-api-types-'))
const generated = join(dir, 'schema.d.ts')
try {
  // Same relative arguments as the api-types script, run from the frontend folder.
  const run = spawnSync(process.execPath, [cli, '../openapi.yaml', '-o', generated], {
    cwd: root,
    encoding: 'utf8',
  })
  if (run.status !== 0) {
    process.stderr.write(run.stdout ?? '')
    process.stderr.write(run.stderr ?? '')
    console.error('openapi-typescript failed to generate types from ../openapi.yaml')
    process.exit(1)
  }
  if (normalise(readFileSync(generated, 'utf8')) !== normalise(readFileSync(committed, 'utf8'))) {
    console.error(STALE_MESSAGE)
    process.exit(1)
  }
  console.log('API types are up to date.')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
