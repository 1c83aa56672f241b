import { describe, expect, it } from 'vitest'
import { themeCountdown, type CountdownTheme } from './countdown'

// Like theme 13 of the demo data: weeks 46-51 2026 (9 Nov - 20 Dec), peak weeks 48 and 49.
const democracy: CountdownTheme = {
  startDate: '2026-11-09',
  endDate: '2026-12-20',
  peakWeeks: [
    { year: 2026, week: 48 },
    { year: 2026, week: 49 },
  ],
}

describe('themeCountdown', () => {
  it('counts the days until a theme that has not started yet', () => {
    expect(themeCountdown(democracy, '2026-11-01')).toEqual({ kind: 'start', days: 8, date: '2026-11-09' })
    expect(themeCountdown(democracy, '2025-11-09')).toEqual({ kind: 'start', days: 365, date: '2026-11-09' })
  })

  it('says the theme starts today on its first day', () => {
    expect(themeCountdown(democracy, '2026-11-09')).toEqual({ kind: 'start', days: 0, date: '2026-11-09' })
  })

  it('counts down to the Monday of the next peak week while the theme runs', () => {
    expect(themeCountdown(democracy, '2026-11-10')).toEqual({
      kind: 'peak',
      days: 13,
      date: '2026-11-23',
      week: { year: 2026, week: 48 },
      inPeak: false,
    })
    expect(themeCountdown(democracy, '2026-11-22')).toMatchObject({ kind: 'peak', days: 1 })
  })

  it('says the peak weeks start today on their Monday', () => {
    expect(themeCountdown(democracy, '2026-11-23')).toEqual({
      kind: 'peak',
      days: 0,
      date: '2026-11-23',
      week: { year: 2026, week: 48 },
      inPeak: true,
    })
  })

  it('treats consecutive peak weeks as one block and counts to the end inside it', () => {
    // Week 49 starts 30 November, but it continues the block that began in week 48.
    expect(themeCountdown(democracy, '2026-11-24')).toEqual({ kind: 'end', days: 26, date: '2026-12-20', inPeak: true })
    expect(themeCountdown(democracy, '2026-12-06')).toEqual({ kind: 'end', days: 14, date: '2026-12-20', inPeak: true })
  })

  it('counts down to the end after the peak weeks, and says 0 on the last day', () => {
    expect(themeCountdown(democracy, '2026-12-07')).toEqual({ kind: 'end', days: 13, date: '2026-12-20', inPeak: false })
    expect(themeCountdown(democracy, '2026-12-20')).toEqual({ kind: 'end', days: 0, date: '2026-12-20', inPeak: false })
  })

  it('has nothing to count once the theme has ended', () => {
    expect(themeCountdown(democracy, '2026-12-21')).toBeNull()
  })

  it('finds a later, separate peak week from inside an earlier one', () => {
    const split: CountdownTheme = {
      ...democracy,
      // Given out of order on purpose.
      peakWeeks: [
        { year: 2026, week: 50 },
        { year: 2026, week: 47 },
      ],
    }
    expect(themeCountdown(split, '2026-11-18')).toEqual({
      kind: 'peak',
      days: 19,
      date: '2026-12-07',
      week: { year: 2026, week: 50 },
      inPeak: true,
    })
  })

  it('counts straight to the end when a theme has no peak weeks', () => {
    expect(themeCountdown({ ...democracy, peakWeeks: [] }, '2026-11-09')).toMatchObject({ kind: 'start', days: 0 })
    expect(themeCountdown({ ...democracy, peakWeeks: [] }, '2026-11-10')).toEqual({
      kind: 'end',
      days: 40,
      date: '2026-12-20',
      inPeak: false,
    })
  })

  it('handles peak weeks that cross New Year (week 53 2026 and week 1 2027 are one block)', () => {
    const winter: CountdownTheme = {
      startDate: '2026-12-21',
      endDate: '2027-01-24',
      peakWeeks: [
        { year: 2027, week: 1 },
        { year: 2026, week: 53 },
      ],
    }
    expect(themeCountdown(winter, '2026-12-22')).toEqual({
      kind: 'peak',
      days: 6,
      date: '2026-12-28',
      week: { year: 2026, week: 53 },
      inPeak: false,
    })
    expect(themeCountdown(winter, '2027-01-05')).toEqual({ kind: 'end', days: 19, date: '2027-01-24', inPeak: true })
  })

  it('ignores a peak week outside the theme', () => {
    const odd: CountdownTheme = { ...democracy, peakWeeks: [{ year: 2027, week: 2 }] }
    expect(themeCountdown(odd, '2026-12-01')).toMatchObject({ kind: 'end', days: 19 })
  })

  it('gives null for dates it cannot read', () => {
    expect(themeCountdown(democracy, 'i morgen')).toBeNull()
    expect(themeCountdown({ ...democracy, endDate: '2026-02-30' }, '2026-11-10')).toBeNull()
    expect(themeCountdown({ ...democracy, endDate: '2026-11-01' }, '2026-10-01')).toBeNull()
  })
})
