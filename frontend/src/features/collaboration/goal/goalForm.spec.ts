import { describe, expect, it } from 'vitest'
import { emptyGoalValues, goalValues, localGoalErrors, parseWholeNumber, toGoalInput } from './goalForm'

const message = (code: string) => `local:${code}`

describe('goal form', () => {
  it('shows the goal as text and sends it back as the same input', () => {
    const values = goalValues({ targetLibraries: 90, targetDate: '2017-12-31', updatedAt: '2026-01-01T00:00:00Z', version: 2 })
    expect(values).toEqual({ targetLibraries: '90', targetDate: '2017-12-31' })
    expect(toGoalInput(values)).toEqual({ targetLibraries: 90, targetDate: '2017-12-31' })
  })

  it('accepts a number typed with spaces or a thousands dot', () => {
    expect(parseWholeNumber(' 95 ')).toBe(95)
    expect(parseWholeNumber('1.000')).toBe(1000)
    expect(toGoalInput({ targetLibraries: ' 1 000', targetDate: ' 2030-12-31 ' })).toEqual({
      targetLibraries: 1000,
      targetDate: '2030-12-31',
    })
  })

  it('refuses what is not a whole number', () => {
    for (const text of ['', 'halvfems', '90,5', '-3', '1e3']) expect(parseWholeNumber(text), text).toBeNull()
  })

  it('asks for both fields before sending', () => {
    expect(localGoalErrors(emptyGoalValues(), message)).toEqual([
      { field: 'targetLibraries', message: 'local:required' },
      { field: 'targetDate', message: 'local:required' },
    ])
    expect(localGoalErrors({ targetLibraries: 'mange', targetDate: '31-12-2030' }, message)).toEqual([
      { field: 'targetLibraries', message: 'local:wholeNumber' },
      { field: 'targetDate', message: 'local:invalidDate' },
    ])
  })

  it('leaves the range to the API', () => {
    expect(localGoalErrors({ targetLibraries: '0', targetDate: '2030-12-31' }, message)).toEqual([])
  })
})
