import { describe, expect, it } from 'vitest'
import { setLocale, translate } from '@/i18n'
import { formatMeetingDate, formatMeetingTime } from './meetingFormat'

const t = translate

describe('formatMeetingTime', () => {
  it('gives the date and the time span in Danish time', () => {
    setLocale('da')
    // 08:00-13:30 UTC is 10:00-15:30 in Danish summer time.
    const text = formatMeetingTime('2026-09-08T08:00:00Z', '2026-09-08T13:30:00Z', 'da', t)
    expect(text).toMatch(/^tirsdag den 8\. september 2026 kl\. 10\.00–15\.30$/)
  })

  it('gives the start alone when there is no (sensible) end', () => {
    expect(formatMeetingTime('2027-03-09T09:00:00Z', null, 'da', t)).toMatch(/^tirsdag den 9\. marts 2027 kl\. 10\.00$/)
    expect(formatMeetingTime('2027-03-09T09:00:00Z', '2027-03-09T08:00:00Z', 'da', t)).toMatch(/kl\. 10\.00$/)
  })

  it('names both dates for a meeting over two days', () => {
    const text = formatMeetingTime('2027-03-09T09:00:00Z', '2027-03-10T14:00:00Z', 'da', t)
    expect(text).toContain('9')
    expect(text).toContain('10. marts 2027')
    expect(text).toContain('15.00')
  })

  it('writes English with the same Danish times', () => {
    setLocale('en')
    // ICU versions differ on the comma after the weekday.
    expect(formatMeetingTime('2026-09-08T08:00:00Z', '2026-09-08T13:30:00Z', 'en', t)).toMatch(
      /^Tuesday,? 8 September 2026, 10:00–15:30$/,
    )
    setLocale('da')
  })

  it('is empty for an unreadable start', () => {
    expect(formatMeetingTime('snart', null, 'da', t)).toBe('')
  })
})

describe('formatMeetingDate', () => {
  it('uses the Danish date even late in the evening UTC', () => {
    expect(formatMeetingDate('2026-12-31T23:30:00Z', 'da')).toBe('1. jan. 2027')
    expect(formatMeetingDate('', 'da')).toBe('')
  })
})
