import { describe, expect, it } from 'vitest'
import publicDa from './da'
import publicEn from './en'
import staffDa from './staff/da'
import staffEn from './staff/en'

const da = { ...publicDa, ...staffDa }
const en = { ...publicEn, ...staffEn }

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('locale files', () => {
  const daKeys = flatten(da)
  const enKeys = flatten(en)

  it('have exactly the same keys', () => {
    expect([...enKeys.keys()].sort()).toEqual([...daKeys.keys()].sort())
  })

  it('keep the staff texts apart from what visitors load', () => {
    const shared = Object.keys(staffDa).filter((key) => key in publicDa)
    expect(shared).toEqual([])
  })

  it('have no empty texts', () => {
    for (const [key, value] of [...daKeys, ...enKeys]) {
      expect(value.trim(), key).not.toBe('')
    }
  })

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of daKeys) {
      expect(placeholders(enKeys.get(key) ?? ''), key).toEqual(placeholders(value))
    }
  })

  it('contain no unescaped vue-i18n special characters, and | only between the forms of a count', () => {
    for (const [key, value] of [...daKeys, ...enKeys]) {
      expect(value, key).not.toMatch(/[@$]/)
      const forms = value.split(' | ')
      expect(forms.length, key).toBeLessThanOrEqual(2)
      for (const form of forms) expect(form, key).not.toMatch(/\||^\s|\s$/)
      const [one = '', other] = forms
      if (other !== undefined) expect(placeholders(other), key).toEqual(placeholders(one))
    }
  })

  it('spell each Danish verb one way: "Rediger" everywhere, never also "Redigér"', () => {
    const words = new Set([...daKeys.values()].flatMap((text) => text.toLowerCase().match(/\p{L}+/gu) ?? []))
    const both = [...words].filter((word) => word.endsWith('ér') && words.has(`${word.slice(0, -2)}er`))
    expect(both).toEqual([])
  })

  it('give a count one form for 1 and one for more, in both languages ("1 tilmelding", "2 tilmeldinger")', () => {
    const counts = [...daKeys.keys()].filter((key) => /(^|\.)count$/.test(key))
    expect(counts.length).toBeGreaterThanOrEqual(20)
    for (const key of counts) {
      for (const texts of [daKeys, enKeys]) {
        const forms = (texts.get(key) ?? '').split(' | ')
        expect(forms, key).toHaveLength(2)
        for (const form of forms) expect(form, key).toContain('{count}')
      }
    }
    for (const [key, value] of daKeys) {
      expect((enKeys.get(key) ?? '').split(' | ').length, key).toBe(value.split(' | ').length)
    }
  })
})
