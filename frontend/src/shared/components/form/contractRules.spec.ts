import { describe, expect, it } from 'vitest'
import { INPUT_RULES, type FieldRule } from '@/api/rules'
import { i18n } from '@/i18n'
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

  it('names a pattern the API would refuse by what the field is, and lets an empty optional one be', () => {
    const library = { name: 'Bibliotek', municipalityCode: 851, libraryNumber: '785101', postalCode: '900', website: 'www.aalborg.dk', phone: '' }
    expect(contractErrors('LibraryInput', library, t)).toEqual([
      { field: 'postalCode', message: 'validation.patterns.postalCode' },
      { field: 'website', message: 'validation.patterns.website' },
    ])
    expect(contractErrors('LibraryInput', { ...library, postalCode: '9000', website: ' https://www.aalborgbibliotekerne.dk ', phone: '12 34' }, t)).toEqual([
      { field: 'phone', message: 'validation.patterns.phone' },
    ])
    expect(contractErrors('LibraryInput', { ...library, postalCode: '9000', website: 'https://www.aalborgbibliotekerne.dk' }, t)).toEqual([])
    expect(contractErrors('ContactInput', { name: 'Mette', email: 'mette.aalborg.dk', public: true, coordinator: false }, t)).toEqual([
      { field: 'email', message: 'validation.email' },
    ])
  })

  it('has a text for every field the contract gives a pattern, in both languages', () => {
    const fields = Object.values(INPUT_RULES).flatMap((rules) =>
      Object.entries(rules as Record<string, FieldRule>).filter(([, rule]) => rule.pattern !== undefined).map(([field]) => field),
    )
    expect(fields).toContain('website')
    for (const locale of ['da', 'en'] as const) {
      for (const field of fields) expect(i18n.global.te(`validation.patterns.${field}`, locale), `${locale}: ${field}`).toBe(true)
    }
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
