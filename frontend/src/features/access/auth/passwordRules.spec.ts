import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PASSWORD_MIN_LENGTH } from './passwordRules'

/** A property's lines in a schema of openapi.yaml (components.schemas.<schema>.properties.<name>). */
function propertyOf(contract: string, schema: string, name: string): string {
  const lines = contract.split('\n')
  const start = lines.indexOf(`    ${schema}:`)
  const at = lines.indexOf(`        ${name}:`, start)
  const end = lines.findIndex((line, i) => i > at && !line.startsWith('          '))
  return lines.slice(at, end).join('\n')
}

describe('PASSWORD_MIN_LENGTH', () => {
  it('is the minimum the contract gives every new password', () => {
    const contract = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../openapi.yaml'), 'utf8')
    expect(propertyOf(contract, 'NewPasswordInput', 'password')).toContain(`minLength: ${PASSWORD_MIN_LENGTH}\n`)
    expect(propertyOf(contract, 'PasswordChangeInput', 'newPassword')).toContain(`minLength: ${PASSWORD_MIN_LENGTH}\n`)
  })
})
