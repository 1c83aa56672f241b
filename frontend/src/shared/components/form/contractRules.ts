import type { FieldError } from '@/api/client'
import { INPUT_RULES, type FieldRule, type InputSchema } from '@/api/rules'
import type { Translate } from '@/i18n'


interface Broken {
  key: string
  params?: Record<string, unknown>
}

/** Text as a number, the way people write it in Danish ("1 250", "1.250"); null when it is not one. */
function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return null
  const text = value.trim().replace(/[\s.]/g, '')
  return /^-?\d+$/.test(text) ? Number(text) : null
}

/** The first rule this value breaks, or null. Text is judged trimmed, as the forms send it. */
function broken(rule: FieldRule, value: unknown, field: string): Broken | null {
  if (Array.isArray(value)) {
    if (rule.minItems !== undefined && value.length < rule.minItems) return { key: 'validation.minItems', params: { min: rule.minItems } }
    if (rule.maxItems !== undefined && value.length > rule.maxItems) return { key: 'validation.maxItems', params: { max: rule.maxItems } }
    return null
  }
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return rule.required ? { key: 'validation.required' } : null
  }
  if (typeof value === 'string') {
    const length = value.trim().length
    if (rule.maxLength !== undefined && length > rule.maxLength) return { key: 'validation.maxLength', params: { max: rule.maxLength, length } }
    if (rule.minLength !== undefined && length < rule.minLength) return { key: 'validation.minLength', params: { min: rule.minLength } }
    if (rule.email && !/^[^\s@]+@[^\s@]+$/u.test(value.trim())) return { key: 'validation.email' }
    if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'u').test(value.trim())) return { key: `validation.patterns.${field}` }
  }
  const number = rule.minimum !== undefined || rule.maximum !== undefined ? numberOf(value) : null
  if (number !== null && rule.minimum !== undefined && number < rule.minimum) return { key: 'validation.minimum', params: { min: rule.minimum } }
  if (number !== null && rule.maximum !== undefined && number > rule.maximum) return { key: 'validation.maximum', params: { max: rule.maximum } }
  return null
}

function isSchema(name: string | undefined): name is InputSchema {
  return name !== undefined && Object.hasOwn(INPUT_RULES, name)
}

/**
 * What the API would refuse in this request body, by the contract's own rules (openapi.yaml, through
 * src/api/rules.ts): every field at once, named as the API names them ("partners[0].role"), so a form
 * flags all of it on the first submit instead of one round trip per rule.
 */
export function contractErrors(schema: InputSchema, body: object, translate: Translate, prefix = ''): FieldError[] {
  const errors: FieldError[] = []
  const rules: Readonly<Record<string, FieldRule>> = INPUT_RULES[schema]
  const values = body as Record<string, unknown>
  for (const [field, rule] of Object.entries(rules)) {
    const value = values[field]
    const problem = broken(rule, value, field)
    if (problem) {
      errors.push({ field: prefix + field, message: translate(problem.key, problem.params) })
      continue
    }
    if (isSchema(rule.object) && value && typeof value === 'object') {
      errors.push(...contractErrors(rule.object, value, translate, `${prefix}${field}.`))
    }
    if (isSchema(rule.items) && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item && typeof item === 'object') errors.push(...contractErrors(rule.items as InputSchema, item, translate, `${prefix}${field}[${i}].`))
      })
    }
  }
  return errors
}

/**
 * What a form says before sending when it cannot send: its own checks (what it must know to build a
 * request at all, in its words) and, beside them, the contract's rules on the body it would send, so
 * nothing waits for the next submit. When the form can send, it does: the API enforces the same rules
 * and the ones no contract spells out (a week in its year, a start within the theme's weeks), and answers with all of them.
 */
export function withContractErrors(local: readonly FieldError[], schema: InputSchema, body: object, translate: Translate): FieldError[] {
  if (local.length === 0) return []
  const flagged = new Set(local.map((e) => e.field))
  return [...local, ...contractErrors(schema, body, translate).filter((e) => !flagged.has(e.field))]
}
