// The build's precompiled texts (vite-plugins.ts) must read exactly as vue-i18n's own compiler makes
// them read in development: every key of every text module, in both languages, with placeholders filled.
import { createI18n } from 'vue-i18n'
import { describe, expect, it } from 'vitest'
import da from './src/i18n/da'
import en from './src/i18n/en'
import staffDa from './src/i18n/staff/da'
import staffEn from './src/i18n/staff/en'
import { precompiledTexts } from './vite-plugins'

type Texts = { [key: string]: string | Texts }

function keys(texts: Texts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  )
}

/** Evaluates the module the build writes, as the browser would. */
async function load(code: string): Promise<Texts> {
  const module = await import(`data:text/javascript;base64,${Buffer.from(`export default ${code}`).toString('base64')}`)
  return module.default
}

/** Every placeholder the texts name gets a value of its own name, so a dropped or swapped one shows. */
const values = Object.fromEntries(
  [da, en, staffDa, staffEn]
    .flatMap((texts) => [...JSON.stringify(texts).matchAll(/\{(\w+)\}/g)])
    .map(([, name]) => [name, `«${name}»`]),
)

/** A text's key to what it reads, as vue-i18n shows it, with the placeholders filled. */
function translator(messages: Texts, options: object = {}): (key: string) => string {
  const { t } = createI18n({ legacy: false, locale: 'x', messages: { x: messages }, ...options }).global
  return (key) => t(key, values)
}

describe('precompiled texts', () => {
  for (const [name, texts] of Object.entries({ da, en, 'staff/da': staffDa, 'staff/en': staffEn })) {
    it(`read as vue-i18n's compiler reads them (${name})`, async () => {
      const precompiled = await load(precompiledTexts(texts))
      const asWritten = translator(texts as Texts)
      const asBuilt = translator(precompiled, { messageCompiler: (text: unknown) => () => text })
      const all = keys(texts as Texts)
      expect(all.length).toBeGreaterThan(100)
      for (const key of all) expect(asBuilt(key), key).toBe(asWritten(key))
      // The values do fill placeholders (else both would show them bare, and agree).
      expect(all.filter((key) => asWritten(key).includes('«')).length).toBeGreaterThan(10)
    })
  }

  it('turns texts with placeholders into functions and leaves plain text as it is', async () => {
    const precompiled = await load(precompiledTexts({ a: { plain: 'Uge 12', week: 'Uge {week}' } }))
    expect((precompiled.a as Texts).plain).toBe('Uge 12')
    expect(typeof (precompiled.a as Texts).week).toBe('function')
  })

  it('fails the build on a text that is not valid syntax, naming it', () => {
    expect(() => precompiledTexts({ contact: { mail: 'skriv til os@bib.dk' } })).toThrow(/contact\.mail/)
  })
})
