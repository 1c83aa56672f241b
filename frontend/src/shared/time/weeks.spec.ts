import { describe, expect, it } from 'vitest'
import {
  MAX_TIMELINE_WEEKS,
  isoWeekOf,
  isoWeekSpan,
  isoWeeksInYear,
  mondayOfIsoWeek,
  parseIsoDate,
  themeTimeline,
  toIsoDate,
  todayInDenmark,
} from './weeks'

const day = (iso: string) => parseIsoDate(iso)!
const label = (weeks: { year: number; week: number }[]) => weeks.map((w) => `${w.year}-${w.week}`)

describe('isoWeekOf', () => {
  it.each([
    ['2026-11-23', 2026, 48],
    ['2017-02-27', 2017, 9],
    // Early January can belong to the previous year's last week ...
    ['2021-01-01', 2020, 53],
    ['2027-01-03', 2026, 53],
    ['2023-01-01', 2022, 52],
    // ... and late December to the next year's first.
    ['2024-12-30', 2025, 1],
    ['2019-12-31', 2020, 1],
  ])('puts %s in week %i-%i', (date, year, week) => {
    expect(isoWeekOf(day(date))).toEqual({ year, week })
  })
})

describe('isoWeeksInYear', () => {
  it('knows which years have a week 53', () => {
    // 53 weeks when the year starts on a Thursday, or is a leap year starting on a Wednesday.
    expect(isoWeeksInYear(2015)).toBe(53)
    expect(isoWeeksInYear(2020)).toBe(53)
    expect(isoWeeksInYear(2026)).toBe(53)
    expect(isoWeeksInYear(2017)).toBe(52)
    expect(isoWeeksInYear(2024)).toBe(52)
    expect(isoWeeksInYear(2027)).toBe(52)
  })
})

describe('mondayOfIsoWeek', () => {
  it('finds the Monday, also when it lies in the previous calendar year', () => {
    expect(toIsoDate(mondayOfIsoWeek({ year: 2017, week: 9 }))).toBe('2017-02-27')
    expect(toIsoDate(mondayOfIsoWeek({ year: 2026, week: 53 }))).toBe('2026-12-28')
    expect(toIsoDate(mondayOfIsoWeek({ year: 2027, week: 1 }))).toBe('2027-01-04')
    expect(toIsoDate(mondayOfIsoWeek({ year: 2025, week: 1 }))).toBe('2024-12-30')
  })
})

describe('isoWeekSpan', () => {
  it('lists the weeks of a span inside one year', () => {
    expect(label(isoWeekSpan({ year: 2017, week: 9 }, { year: 2017, week: 14 }))).toEqual([
      '2017-9',
      '2017-10',
      '2017-11',
      '2017-12',
      '2017-13',
      '2017-14',
    ])
  })

  it('crosses New Year through week 53 when the year has one', () => {
    expect(label(isoWeekSpan({ year: 2026, week: 50 }, { year: 2027, week: 3 }))).toEqual([
      '2026-50',
      '2026-51',
      '2026-52',
      '2026-53',
      '2027-1',
      '2027-2',
      '2027-3',
    ])
  })

  it('goes from week 52 straight to week 1 when the year has no week 53', () => {
    expect(label(isoWeekSpan({ year: 2027, week: 51 }, { year: 2028, week: 2 }))).toEqual([
      '2027-51',
      '2027-52',
      '2028-1',
      '2028-2',
    ])
  })

  it('gives one week for a one-week span', () => {
    expect(label(isoWeekSpan({ year: 2018, week: 41 }, { year: 2018, week: 41 }))).toEqual(['2018-41'])
  })

  it('gives nothing for a backwards span or a week the year does not have', () => {
    expect(isoWeekSpan({ year: 2027, week: 3 }, { year: 2026, week: 50 })).toEqual([])
    expect(isoWeekSpan({ year: 2027, week: 53 }, { year: 2028, week: 2 })).toEqual([])
    expect(isoWeekSpan({ year: 2026, week: 0 }, { year: 2026, week: 2 })).toEqual([])
  })

  it('stops at the longest span a timeline shows', () => {
    expect(isoWeekSpan({ year: 2000, week: 1 }, { year: 2100, week: 1 })).toHaveLength(MAX_TIMELINE_WEEKS)
  })
})

describe('themeTimeline', () => {
  const start = { year: 2026, week: 50 }
  const end = { year: 2027, week: 3 }
  const peaks = [
    { year: 2026, week: 53 },
    { year: 2027, week: 1 },
  ]

  it('gives each week its dates and marks the peak weeks across New Year', () => {
    const timeline = themeTimeline(start, end, peaks)
    expect(timeline).toHaveLength(7)
    expect(timeline[0]).toMatchObject({ year: 2026, week: 50, monday: '2026-12-07', sunday: '2026-12-13' })
    expect(timeline[3]).toMatchObject({ year: 2026, week: 53, monday: '2026-12-28', sunday: '2027-01-03', peak: true })
    expect(timeline[4]).toMatchObject({ year: 2027, week: 1, monday: '2027-01-04', sunday: '2027-01-10', peak: true })
    expect(timeline.filter((w) => w.peak).map((w) => w.week)).toEqual([53, 1])
  })

  it('marks where each year starts, for the year labels', () => {
    const timeline = themeTimeline(start, end, peaks)
    expect(timeline.filter((w) => w.startsYear).map((w) => `${w.year}-${w.week}`)).toEqual(['2026-50', '2027-1'])
  })

  it('marks the week that holds today, and none when today is outside the span', () => {
    // 2 January 2027 is a Saturday in week 53 of 2026.
    const timeline = themeTimeline(start, end, peaks, '2027-01-02')
    expect(timeline.filter((w) => w.current).map((w) => `${w.year}-${w.week}`)).toEqual(['2026-53'])
    expect(themeTimeline(start, end, peaks, '2027-06-01').some((w) => w.current)).toBe(false)
    expect(themeTimeline(start, end, peaks, 'not a date').some((w) => w.current)).toBe(false)
  })

  it('ignores peak weeks outside the span', () => {
    const timeline = themeTimeline(start, end, [{ year: 2027, week: 9 }])
    expect(timeline.some((w) => w.peak)).toBe(false)
  })
})

describe('parseIsoDate and todayInDenmark', () => {
  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2026-02-30')).toBeNull()
    expect(parseIsoDate('2026-2-3')).toBeNull()
    expect(parseIsoDate('2024-02-29')).not.toBeNull()
  })

  it("uses Danish time: late evening UTC on New Year's Eve is already next year in Denmark", () => {
    expect(todayInDenmark(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(todayInDenmark(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01')
  })
})
