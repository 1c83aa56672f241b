import { afterEach, describe, expect, it } from 'vitest'
import { setLocale, translate } from '@/i18n'
import { formatDateRange } from '@/shared/format/period'
import { peakWeeksLabel, seasonYearLabel, weekSpanLabel } from './themeFormat'

const t = translate

afterEach(() => setLocale('da'))

describe('weekSpanLabel', () => {
  it('names the weeks of a span within one year, with the year when asked', () => {
    setLocale('da')
    expect(weekSpanLabel({ year: 2017, week: 9 }, { year: 2017, week: 14 }, t)).toBe('Uge 9-14')
    expect(weekSpanLabel({ year: 2017, week: 9 }, { year: 2017, week: 14 }, t, true)).toBe('Uge 9-14 2017')
    expect(weekSpanLabel({ year: 2018, week: 41 }, { year: 2018, week: 41 }, t)).toBe('Uge 41')
  })

  it('names both years of a span across New Year, so "50-3" cannot be misread', () => {
    setLocale('da')
    expect(weekSpanLabel({ year: 2026, week: 50 }, { year: 2027, week: 3 }, t)).toBe('Uge 50 2026 - uge 3 2027')
    setLocale('en')
    expect(weekSpanLabel({ year: 2026, week: 50 }, { year: 2027, week: 3 }, t)).toBe('Week 50, 2026 to week 3, 2027')
    expect(weekSpanLabel({ year: 2017, week: 9 }, { year: 2017, week: 14 }, t, true)).toBe('Weeks 9-14, 2017')
  })
})

describe('peakWeeksLabel', () => {
  it('lists peak weeks in order with the language\'s "and"', () => {
    setLocale('da')
    const peaks = [
      { year: 2017, week: 12 },
      { year: 2017, week: 11 },
    ]
    expect(peakWeeksLabel(peaks, 'da', t)).toBe('Uge 11 og 12')
    setLocale('en')
    expect(peakWeeksLabel(peaks, 'en', t)).toBe('Weeks 11 and 12')
  })

  it('gives each week its year when the peak weeks cross New Year', () => {
    setLocale('da')
    const peaks = [
      { year: 2027, week: 1 },
      { year: 2026, week: 53 },
    ]
    expect(peakWeeksLabel(peaks, 'da', t)).toBe('Uge 53 2026 og uge 1 2027')
  })

  it('handles one peak week and none', () => {
    setLocale('da')
    expect(peakWeeksLabel([{ year: 2018, week: 41 }], 'da', t)).toBe('Uge 41')
    expect(peakWeeksLabel([], 'da', t)).toBeNull()
  })
})

describe('seasonYearLabel and formatDateRange', () => {
  it('names the season in the language', () => {
    setLocale('da')
    expect(seasonYearLabel('AUTUMN', 2026, t)).toBe('Efterår 2026')
    setLocale('en')
    expect(seasonYearLabel('SPRING', 2017, t)).toBe('Spring 2017')
  })

  it('formats a week\'s dates, also across New Year', () => {
    expect(formatDateRange('2017-03-13', '2017-03-19', 'da', 'short')).toMatch(/^13\.\s*[–-]\s*19\. mar\.$/)
    // A week across New Year names both years.
    expect(formatDateRange('2026-12-28', '2027-01-03', 'da', 'short')).toMatch(/^28\. dec\. 2026\s*[–-]\s*3\. jan\. 2027$/)
    expect(formatDateRange('2017-02-27', '2017-04-09', 'en', 'long')).toMatch(/^27 February\s*[–-]\s*9 April 2017$/)
    expect(formatDateRange('2017-02-30', '2017-04-09', 'en', 'long')).toBeNull()
  })
})
