#!/usr/bin/env node
// Writes src/api/rules.ts: the field rules of every request body in ../openapi.yaml (required, lengths,
// bounds, list sizes), so that forms flag on the first submit what the API would refuse, without the
// rules being typed a second time. `node scripts/api-rules.mjs --check` fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const spec = yaml.load(readFileSync(resolve(root, '..', 'openapi.yaml'), 'utf8'))
const target = resolve(root, 'src', 'api', 'rules.ts')
const schemas = spec.components?.schemas ?? {}

const refName = (ref) => ref.replace('#/components/schemas/', '')

/** The schemas sent as JSON request bodies, and the object schemas inside them, by name. */
function bodySchemas() {
  const names = new Set()
  const visit = (name) => {
    if (names.has(name) || schemas[name]?.type !== 'object') return
    names.add(name)
    for (const property of Object.values(schemas[name].properties ?? {})) {
      const nested = objectRef(property) ?? objectRef(property.items ?? {})
      if (nested) visit(nested)
    }
  }
  for (const item of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const schema = operation?.requestBody?.content?.['application/json']?.schema
      if (schema?.$ref) visit(refName(schema.$ref))
    }
  }
  return [...names].sort()
}

/** The object schema a property is (directly or through allOf), if it is one. */
function objectRef(property) {
  const ref = [property.$ref, ...(property.allOf ?? []).map((p) => p.$ref)].find(
    (r) => r && schemas[refName(r)]?.type === 'object',
  )
  return ref ? refName(ref) : null
}

/** A property's own constraints, looking through a single allOf/$ref to a plain (non-object) schema. */
function constraints(property) {
  const parts = [property]
  for (const ref of [property.$ref, ...(property.allOf ?? []).map((p) => p.$ref)]) {
    if (ref && schemas[refName(ref)]?.type !== 'object') parts.push(schemas[refName(ref)] ?? {})
  }
  const rule = {}
  for (const key of ['maxLength', 'minLength', 'minimum', 'maximum', 'minItems', 'maxItems']) {
    const value = parts.map((p) => p[key]).find((v) => typeof v === 'number' && Math.abs(v) <= Number.MAX_SAFE_INTEGER)
    if (value !== undefined) rule[key] = value
  }
  // A nested object, or a list of them, is checked by its own schema's rules.
  // A pattern, as JSON Schema means it (found anywhere in the text). "\\S" (not blank) says no more than
  // \`required\` does of trimmed text, so it is left out.
  const pattern = parts.map((p) => p.pattern).find((v) => typeof v === 'string' && v !== '\\S')
  if (pattern) rule.pattern = JSON.stringify(pattern)
  if (parts.some((p) => p.format === 'email')) rule.email = true
  const nested = objectRef(property)
  if (nested) rule.object = `'${nested}'`
  const items = objectRef(property.items ?? {})
  if (items) rule.items = `'${items}'`
  return rule
}

function rulesOf(name) {
  const schema = schemas[name]
  const required = new Set(schema.required ?? [])
  const rules = {}
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    const rule = { ...(required.has(field) && !property.nullable ? { required: true } : {}), ...constraints(property) }
    if (Object.keys(rule).length > 0) rules[field] = rule
  }
  return rules
}

const body = bodySchemas()
  .map((name) => [name, rulesOf(name)])
  .map(([name, rules]) => {
    const fields = Object.entries(rules).map(([field, rule]) => {
      const pairs = Object.entries(rule).map(([key, value]) => `${key}: ${value}`)
      return `    ${field}: { ${pairs.join(', ')} },`
    })
    return `  ${name}: {\n${fields.join('\n')}\n  },`
  })
  .join('\n')

const text = `// Generated from ../openapi.yaml by scripts/api-rules.mjs (npm run api-types): do not edit.

/** What the API requires of one field of a request body. */
export interface FieldRule {
  /** Must be given (and, for text, not blank). */
  required?: boolean
  maxLength?: number
  minLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  /** A regular expression the text must match somewhere (JSON Schema's pattern, unanchored). */
  pattern?: string
  /** An email address (format: email). */
  email?: boolean
  /** The schema (in INPUT_RULES) of a nested object. */
  object?: string
  /** The schema (in INPUT_RULES) of each item of a list of objects. */
  items?: string
}

/** The field rules of each request body, by schema name. */
export const INPUT_RULES = {
${body}
} as const satisfies Record<string, Readonly<Record<string, FieldRule>>>

export type InputSchema = keyof typeof INPUT_RULES
`

if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8').replace(/\r\n/g, '\n')
  if (committed !== text) {
    console.error('src/api/rules.ts is stale: run make api-types')
    process.exit(1)
  }
  console.log('API rules are up to date.')
} else {
  writeFileSync(target, text)
}
