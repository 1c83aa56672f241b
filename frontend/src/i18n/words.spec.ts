import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import da from './da'
import en from './en'

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

/** The API's words of one kind (label.<kind>.<CODE>), by code. */
function apiLabels(texts: Map<string, string>, kind: string): Record<string, string> {
  const prefix = `label.${kind}.`
  return Object.fromEntries([...texts].filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]))
}

describe('the words of the API and of the UI', () => {
  for (const [language, file, ui] of [
    ['Danish', 'messages_da.properties', da],
    ['English', 'messages.properties', en],
  ] as const) {
    it(`are the same in ${language}: a CSV export names channels, audiences and states as the pages do`, () => {
      const texts = apiTexts(file)
      expect(apiLabels(texts, 'channel')).toEqual(ui.signup.channels)
      expect(apiLabels(texts, 'participation-state')).toEqual(ui.signup.states)
      expect(apiLabels(texts, 'audience')).toEqual(ui.activities.audience)
    })
  }
})
