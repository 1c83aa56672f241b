import { afterEach, describe, expect, it } from 'vitest'
import { setLocale, translate } from '@/i18n'
import { activitySummary, channelRows, NO_FIGURES, themeFigures } from './activityTotals'
import type { ActivityTotals } from './themeApi'

const t = translate

afterEach(() => setLocale('da'))

const totals: ActivityTotals = {
  byTheme: [
    {
      theme: { id: 7, number: 13, title: 'Demokrati i hverdagen', slug: 'demokrati-i-hverdagen' },
      figures: { activities: 142, reported: 51, attendance: 5942, reach: 123664 },
    },
  ],
  byChannel: [
    { channel: 'EVENTS', figures: { activities: 100, reported: 40, attendance: 5942, reach: 0 } },
    { channel: 'OTHER', figures: { activities: 0, reported: 0, attendance: 0, reach: 0 } },
    { channel: 'PRESS', figures: { activities: 42, reported: 11, attendance: 0, reach: 123664 } },
  ],
}

describe('themeFigures', () => {
  it("takes the theme's own row", () => {
    expect(themeFigures(totals, 7)).toEqual({ activities: 142, reported: 51, attendance: 5942, reach: 123664 })
  })

  it('gives zeros for a theme without activities (it has no row)', () => {
    expect(themeFigures({ byTheme: [], byChannel: [] }, 7)).toEqual(NO_FIGURES)
    expect(themeFigures(totals, 8)).toEqual(NO_FIGURES)
  })
})

describe('channelRows', () => {
  it('keeps the channels with activities, in the order given', () => {
    expect(channelRows(totals).map((row) => row.channel)).toEqual(['EVENTS', 'PRESS'])
  })
})

describe('activitySummary', () => {
  it('sums a theme up in Danish number format', () => {
    setLocale('da')
    expect(activitySummary(themeFigures(totals, 7), 'da', t)).toBe('142 aktiviteter, 5.942 fremmødte, rækkevidde 123.664')
  })

  it('uses the singular for one', () => {
    setLocale('da')
    expect(activitySummary({ activities: 1, reported: 1, attendance: 1, reach: 0 }, 'da', t)).toBe(
      '1 aktivitet, 1 fremmødt, rækkevidde 0',
    )
  })

  it('says the same in English', () => {
    setLocale('en')
    expect(activitySummary(themeFigures(totals, 7), 'en', t)).toBe('142 activities, 5,942 attendees, reach 123,664')
    expect(activitySummary({ activities: 1, reported: 0, attendance: 0, reach: 10 }, 'en', t)).toBe(
      '1 activity, 0 attendees, reach 10',
    )
  })
})
