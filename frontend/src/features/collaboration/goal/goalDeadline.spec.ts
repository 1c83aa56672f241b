import { describe, expect, it } from 'vitest'
import { goalOverdue } from './goalDeadline'

describe('goalOverdue', () => {
  it('is overdue from the day after its date, unless the goal was reached', () => {
    expect(goalOverdue({ targetDate: '2026-12-31' }, '2026-12-31')).toBe(false)
    expect(goalOverdue({ targetDate: '2026-12-31' }, '2027-01-01')).toBe(true)
    expect(goalOverdue({ targetDate: '2017-12-31', reached: true }, '2027-01-01')).toBe(false)
  })
})
