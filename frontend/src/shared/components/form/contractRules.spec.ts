import { describe, expect, it } from 'vitest'
import { INPUT_RULES } from '@/api/rules'
import { contractErrors, withContractErrors } from './contractRules'

const t = (key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key)

describe('contractErrors', () => {
  it('reads the rules from the contract, nested schemas included', () => {
    expect(INPUT_RULES.ActivityInput.title).toEqual({ required: true, maxLength: 200 })
    expect(INPUT_RULES.PartnershipInput.partners).toMatchObject({ items: 'PartnerRole' })
    expect(INPUT_RULES.PartnerRole.role).toEqual({ required: true, maxLength: 200 })
    expect(INPUT_RULES.ThemeInput.startWeek).toEqual({ required: true, object: 'IsoWeek' })
  })

  it('flags every broken rule at once, named as the API names the fields', () => {
    const body = {
      number: 0,
      title: '  ',
      summary: 'Om temaet',
      season: 'SPRING',
      year: 2027,
      startWeek: { year: 2027, week: 54 },
      endWeek: { year: 2027, week: 17 },
      peakWeeks: [],
      signupDeadline: '2027-01-31',
      focusAreas: [],
      partners: [{ partnerId: 3, role: '' }],
      milestones: [],
      materials: [],
    }
    expect(contractErrors('ThemeInput', body, t)).toEqual([
      { field: 'number', message: 'validation.minimum {"min":1}' },
      { field: 'title', message: 'validation.required' },
      { field: 'startWeek.week', message: 'validation.maximum {"max":53}' },
      { field: 'partners[0].role', message: 'validation.required' },
    ])
  })

  it('reads numbers written as text the Danish way, and counts list items', () => {
    expect(contractErrors('GoalInput', { targetLibraries: '1.001', targetDate: '2027-12-31' }, t)).toEqual([
      { field: 'targetLibraries', message: 'validation.maximum {"max":1000}' },
    ])
    expect(contractErrors('ConfirmInput', { ids: [] }, t)).toEqual([{ field: 'ids', message: 'validation.minItems {"min":1}' }])
  })

  it('lets optional fields stay empty', () => {
    expect(contractErrors('ActivityInput', { title: 'A', startsAt: 'x', channel: 'EVENTS', audience: 'ADULTS', place: null }, t)).toEqual([])
  })
})

describe('withContractErrors', () => {
  it('lets a form the browser can send go to the API, which answers with every rule at once', () => {
    expect(withContractErrors([], 'ActivityInput', { title: '', startsAt: '2027-03-09T18:00:00Z', channel: 'EVENTS', audience: 'ADULTS' }, t)).toEqual([])
  })

  it("keeps the form's own message for a field it flags, and adds the rest", () => {
    const local = [{ field: 'startsAt', message: 'Angiv, hvornår aktiviteten starter.' }]
    expect(withContractErrors(local, 'ActivityInput', { title: '', startsAt: '', channel: 'EVENTS', audience: 'ADULTS' }, t)).toEqual([
      local[0],
      { field: 'title', message: 'validation.required' },
    ])
  })
})
