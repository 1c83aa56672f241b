import { afterEach, describe, expect, it } from 'vitest'
import { setLocale, translate } from './index'
import { collator, countText, dateTimeFormat, formatDate, formatDateTime, formatNumber } from './format'

describe('formatDate', () => {
  it('formats a date per locale without shifting the day', () => {
    expect(formatDate('2019-03-01', 'da')).toBe('1. marts 2019')
    expect(formatDate('2019-03-01', 'en')).toBe('1 March 2019')
  })

  it('gives null for missing or malformed values', () => {
    expect(formatDate(null, 'da')).toBeNull()
    expect(formatDate('01-03-2019', 'da')).toBeNull()
  })
})

describe('formatDateTime', () => {
  it('formats a timestamp in the given time zone', () => {
    expect(formatDateTime('2025-01-15T09:30:00Z', 'en', 'UTC')).toBe('15 January 2025 at 09:30')
    expect(formatDateTime('2025-01-15T09:30:00Z', 'da', 'Europe/Copenhagen')).toContain('15. januar 2025')
  })

  it('gives null for an invalid timestamp', () => {
    expect(formatDateTime('yesterday', 'da')).toBeNull()
  })
})

describe('formatNumber', () => {
  it('uses the locale grouping', () => {
    expect(formatNumber(1234, 'da')).toBe('1.234')
    expect(formatNumber(1234, 'en')).toBe('1,234')
  })

  it('writes small whole numbers as Intl would, and the rest through Intl', () => {
    for (const value of [0, 7, 42, 999]) {
      for (const locale of ['da', 'en'] as const) {
        expect(formatNumber(value, locale)).toBe(new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB').format(value))
      }
    }
    expect(formatNumber(1.5, 'da')).toBe('1,5')
    expect(formatNumber(-3, 'da')).toBe(new Intl.NumberFormat('da-DK').format(-3))
  })
})

describe('Intl formatters', () => {
  it('are made once for each language and options, and kept (making one is slow on a phone)', () => {
    expect(dateTimeFormat('da-DK', { dateStyle: 'long' })).toBe(dateTimeFormat('da-DK', { dateStyle: 'long' }))
    expect(dateTimeFormat('da-DK', { dateStyle: 'long' })).not.toBe(dateTimeFormat('en-GB', { dateStyle: 'long' }))
    expect(dateTimeFormat('da-DK', { dateStyle: 'long' })).not.toBe(dateTimeFormat('da-DK', { dateStyle: 'short' }))
    expect(collator('da').compare('Ærø', 'Aabenraa')).toBeLessThan(0)
  })
})

describe('countText', () => {
  afterEach(() => setLocale('da'))

  it('writes the count with the form of the noun the number asks for, in each language', async () => {
    const key = 'signupAdmin.count'
    expect(countText(translate, key, 1, 'da')).toBe('1 tilmelding')
    expect(countText(translate, key, 0, 'da')).toBe('0 tilmeldinger')
    expect(countText(translate, key, 2, 'da')).toBe('2 tilmeldinger')
    expect(countText(translate, key, 1200, 'da')).toBe('1.200 tilmeldinger')
    await setLocale('en')
    expect(countText(translate, key, 1, 'en')).toBe('1 sign-up')
    expect(countText(translate, key, 1200, 'en')).toBe('1,200 sign-ups')
  })
})
