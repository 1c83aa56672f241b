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

  it('contain no unescaped vue-i18n special characters', () => {
    for (const [key, value] of [...daKeys, ...enKeys]) {
      expect(value, key).not.toMatch(/[@|$]/)
    }
  })
})
