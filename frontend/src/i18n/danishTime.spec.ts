import { describe, expect, it } from 'vitest'
import { danishLocalToEpoch, danishLocalToIso, danishOffsetMinutes, danishYear, isoToDanishLocal } from './danishTime'

describe('danishLocalToIso', () => {
  it('adds +01:00 in winter and +02:00 in summer', () => {
    expect(danishLocalToIso('2027-03-02T10:00')).toBe('2027-03-02T10:00:00+01:00')
    expect(danishLocalToIso('2026-09-08T10:00')).toBe('2026-09-08T10:00:00+02:00')
    expect(danishLocalToIso('2099-12-31T23:59')).toBe('2099-12-31T23:59:00+01:00')
  })

  it('keeps seconds when the input has them', () => {
    expect(danishLocalToIso('2027-06-01T09:15:30')).toBe('2027-06-01T09:15:30+02:00')
  })

  it('switches offset exactly at the change to and from summer time', () => {
    // 2027: summer time from Sunday 28 March 02:00 to Sunday 31 October 03:00.
    expect(danishLocalToIso('2027-03-28T01:59')).toBe('2027-03-28T01:59:00+01:00')
    expect(danishLocalToIso('2027-03-28T03:00')).toBe('2027-03-28T03:00:00+02:00')
    expect(danishLocalToIso('2027-10-31T01:59')).toBe('2027-10-31T01:59:00+02:00')
    expect(danishLocalToIso('2027-10-31T03:00')).toBe('2027-10-31T03:00:00+01:00')
  })

  it('moves a time in the hour skipped in spring an hour on', () => {
    expect(danishLocalToIso('2027-03-28T02:30')).toBe('2027-03-28T03:30:00+02:00')
  })

  it('takes the earlier of the two times in the hour repeated in autumn', () => {
    expect(danishLocalToIso('2027-10-31T02:30')).toBe('2027-10-31T02:30:00+02:00')
  })

  it('gives the same instant the API will store', () => {
    const iso = danishLocalToIso('2027-03-09T10:00')!
    expect(new Date(iso).toISOString()).toBe('2027-03-09T09:00:00.000Z')
  })

  it('gives null for empty and impossible values', () => {
    expect(danishLocalToIso('')).toBeNull()
    expect(danishLocalToIso('2027-03-09')).toBeNull()
    expect(danishLocalToIso('2027-02-30T10:00')).toBeNull()
    expect(danishLocalToIso('2027-03-09T24:00')).toBeNull()
    expect(danishLocalToIso('i morgen kl. 10')).toBeNull()
  })
})

describe('isoToDanishLocal', () => {
  it('shows an API time as Danish wall-clock time for a datetime-local input', () => {
    expect(isoToDanishLocal('2027-03-09T09:00:00Z')).toBe('2027-03-09T10:00')
    expect(isoToDanishLocal('2026-09-08T08:00:00Z')).toBe('2026-09-08T10:00')
    expect(isoToDanishLocal('2026-09-08T10:00:00+02:00')).toBe('2026-09-08T10:00')
    expect(isoToDanishLocal('2026-12-31T23:30:00Z')).toBe('2027-01-01T00:30')
  })

  it('keeps seconds only when there are some', () => {
    expect(isoToDanishLocal('2027-06-01T07:15:30Z')).toBe('2027-06-01T09:15:30')
  })

  it('round-trips with danishLocalToIso', () => {
    for (const local of ['2027-01-15T08:45', '2027-07-15T18:00', '2027-10-31T02:30', '2028-02-29T12:00']) {
      expect(isoToDanishLocal(danishLocalToIso(local))).toBe(local)
    }
  })

  it('gives an empty string for no value or an unreadable one', () => {
    expect(isoToDanishLocal(null)).toBe('')
    expect(isoToDanishLocal(undefined)).toBe('')
    expect(isoToDanishLocal('snart')).toBe('')
  })
})

describe('danishOffsetMinutes and danishYear', () => {
  it('knows winter and summer time', () => {
    expect(danishOffsetMinutes(Date.parse('2027-01-10T12:00:00Z'))).toBe(60)
    expect(danishOffsetMinutes(Date.parse('2027-07-10T12:00:00Z'))).toBe(120)
  })

  it('puts a meeting just after midnight on New Year in the new year', () => {
    expect(danishYear('2026-12-31T23:30:00Z')).toBe(2027)
    expect(danishYear('nonsense')).toBeNull()
  })
})

describe('danishLocalToEpoch', () => {
  it('gives the instant of a Danish wall-clock time', () => {
    expect(danishLocalToEpoch('2027-06-15T14:00')).toBe(Date.parse('2027-06-15T12:00:00Z'))
    expect(danishLocalToEpoch('2027-01-15T14:00')).toBe(Date.parse('2027-01-15T13:00:00Z'))
    expect(danishLocalToEpoch('')).toBeNull()
    expect(danishLocalToEpoch('2027-02-30T10:00')).toBeNull()
  })
})
