import { describe, expect, it } from 'vitest'
import { setLocale, translate } from '@/i18n'
import { countdownText, peakWeeksText, themeWeeksLabel } from './homeFormat'

const t = translate

describe('home texts (Danish)', () => {
  setLocale('da')

  it('names a theme\'s weeks with the year', () => {
    expect(themeWeeksLabel({ year: 2026, week: 46 }, { year: 2026, week: 51 }, t)).toBe('Uge 46–51, 2026')
    expect(themeWeeksLabel({ year: 2026, week: 50 }, { year: 2027, week: 3 }, t)).toBe('Uge 50 2026 – uge 3 2027')
    expect(themeWeeksLabel({ year: 2027, week: 9 }, { year: 2027, week: 9 }, t)).toBe('Uge 9, 2027')
  })

  it('lists peak weeks in order', () => {
    const weeks = [
      { year: 2026, week: 49 },
      { year: 2026, week: 48 },
    ]
    expect(peakWeeksText(weeks, 'da', t)).toBe('Uge 48 og 49')
    expect(peakWeeksText([{ year: 2027, week: 1 }, { year: 2026, week: 53 }], 'da', t)).toBe('Uge 53 (2026) og 1 (2027)')
    expect(peakWeeksText([], 'da', t)).toBeNull()
  })

  it('says how many days are left, with today and tomorrow in words', () => {
    expect(countdownText({ kind: 'start', days: 8, date: '2026-11-09' }, t)).toBe('Temaet begynder om 8 dage.')
    expect(countdownText({ kind: 'start', days: 1, date: '2026-11-09' }, t)).toBe('Temaet begynder i morgen.')
    expect(
      countdownText({ kind: 'peak', days: 0, date: '2026-11-23', week: { year: 2026, week: 48 }, inPeak: true }, t),
    ).toBe('Spidsugerne begynder i dag (uge 48).')
    expect(countdownText({ kind: 'end', days: 26, date: '2026-12-20', inPeak: true }, t)).toBe('Temaet slutter om 26 dage.')
  })

  it('speaks English too', () => {
    setLocale('en')
    expect(themeWeeksLabel({ year: 2026, week: 46 }, { year: 2026, week: 51 }, t)).toBe('Weeks 46–51, 2026')
    expect(peakWeeksText([{ year: 2026, week: 48 }, { year: 2026, week: 49 }], 'en', t)).toBe('Weeks 48 and 49')
    expect(countdownText({ kind: 'end', days: 0, date: '2026-12-20', inPeak: false }, t)).toBe('The theme ends today.')
    setLocale('da')
  })
})
