import { describe, expect, it } from 'vitest'
import { externalUrl, telHref } from './contactLinks'

describe('externalUrl', () => {
  it('keeps http(s) links', () => {
    expect(externalUrl('https://www.aalborgbibliotekerne.dk')).toEqual({
      href: 'https://www.aalborgbibliotekerne.dk/',
      label: 'https://www.aalborgbibliotekerne.dk',
    })
  })

  it('adds https to a bare host', () => {
    expect(externalUrl('vejlebib.dk')?.href).toBe('https://vejlebib.dk/')
  })

  it('refuses other schemes and nonsense', () => {
    expect(externalUrl('javascript:alert(1)')).toBeNull()
    expect(externalUrl('mailto:a@b.dk')).toBeNull()
    expect(externalUrl('not a url')).toBeNull()
    expect(externalUrl('  ')).toBeNull()
  })
})

describe('telHref', () => {
  it('compacts a Danish number', () => {
    expect(telHref('+45 99 31 44 00')).toBe('tel:+4599314400')
    expect(telHref('99-31-44-00')).toBe('tel:99314400')
  })

  it('gives null for text that is not a number', () => {
    expect(telHref('ring til os')).toBeNull()
    expect(telHref('12')).toBeNull()
  })
})
