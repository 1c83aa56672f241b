import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import da from './da'
import en from './en'
import staffDa from './staff/da'
import staffEn from './staff/en'

/** The API's own texts (CSV exports, the audit log): backend/src/main/resources/messages*.properties. */
function apiTexts(file: string): Map<string, string> {
  const resources = resolve(dirname(fileURLToPath(import.meta.url)), '../../../backend/src/main/resources')
  const text = readFileSync(resolve(resources, file), 'utf8')
  const entries = text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const)
  return new Map(entries)
}

/** The API's words under a prefix (label.channel., audit.entity.), by what follows it. */
function apiLabels(texts: Map<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries([...texts].filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]))
}

describe('the words of the API and of the UI', () => {
  for (const [language, file, ui, staff] of [
    ['Danish', 'messages_da.properties', da, staffDa],
    ['English', 'messages.properties', en, staffEn],
  ] as const) {
    it(`are the same in ${language}: a CSV export names channels, audiences and states as the pages do`, () => {
      const texts = apiTexts(file)
      expect(apiLabels(texts, 'label.channel.')).toEqual(ui.signup.channels)
      expect(apiLabels(texts, 'label.participation-state.')).toEqual(ui.signup.states)
      expect(apiLabels(texts, 'label.audience.')).toEqual(ui.activities.audience)
      expect(apiLabels(texts, 'label.season.')).toEqual(ui.themes.season)
      expect(apiLabels(texts, 'label.partnership-status.')).toEqual(ui.partnerships.status)
      expect(apiLabels(texts, 'label.role.')).toEqual(ui.roles)
    })

    it(`are the same in ${language}: the audit log names kinds of item and a library's fields as the pages do`, () => {
      const texts = apiTexts(file)
      expect(apiLabels(texts, 'audit.entity.')).toEqual(staff.audit.entityTypes)
      const fields = apiLabels(texts, 'audit.field.')
      for (const [field, label] of Object.entries(staff.libraryForm.fields)) expect(fields[field], field).toBe(label)
      const scopes: Record<string, string> = staff.tokens.scopes
      for (const [scope, label] of Object.entries(apiLabels(texts, 'label.scope.'))) expect(label, scope).toBe(scopes[scope])
    })
  }
})
