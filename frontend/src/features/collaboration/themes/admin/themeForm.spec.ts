import { describe, expect, it } from 'vitest'
import { parseFieldPath } from '@/shared/components/form/formErrors'
import type { ThemeView } from './themeAdminApi'
import {
  checkThemeValues,
  emptyThemeValues,
  mapThemeErrors,
  newMaterialRow,
  newMilestoneRow,
  newPartnerRow,
  peakWeekChoices,
  themeErrorKey,
  themeFieldId,
  type ThemeFormValues,
  themeValues,
  themeWeekSpan,
  toThemeInput,
  weekKey,
} from './themeForm'

const klima: ThemeView = {
  id: 8,
  number: 14,
  title: 'Klima og hverdag',
  slug: 'klima-og-hverdag',
  summary: 'Hvad kan vi selv gøre?',
  description: '## Klima\n\nTekst.',
  descriptionHtml: '<h2>Klima</h2>\n<p>Tekst.</p>\n',
  season: 'SPRING',
  year: 2027,
  startWeek: { year: 2027, week: 11 },
  endWeek: { year: 2027, week: 16 },
  startDate: '2027-03-15',
  endDate: '2027-04-25',
  peakWeeks: [
    { year: 2027, week: 15 },
    { year: 2027, week: 14 },
  ],
  signupOpensOn: null,
  signupDeadline: '2027-02-15',
  status: 'OPEN',
  focusAreas: [
    { code: 'PARTNERS', nameDa: 'Partnere', nameEn: 'Partners' },
    { code: 'LITERATURE', nameDa: 'Litteratur', nameEn: 'Literature' },
  ],
  partners: [{ partner: { id: 4, name: 'Danmarks Biblioteksforening', type: 'ASSOCIATION', national: true }, role: 'Partner' }],
  milestones: [
    { id: 22, kind: 'IDEA_WORKSHOP', title: 'Idéværksted', dueOn: '2026-11-23', week: { year: 2026, week: 48 }, description: null },
  ],
  materials: [{ id: 8, kind: 'LINK', title: 'Temaets side', url: 'https://www.db.dk', description: 'Et link' }],
  imageUrl: null,
  createdAt: '2026-11-23T03:42:30Z',
  updatedAt: '2026-11-23T03:42:30Z',
  version: 0,
}

const message = (problem: string) => `local:${problem}`

function validValues(): ThemeFormValues {
  return {
    ...emptyThemeValues(),
    number: '901',
    title: 'Prøvetema',
    summary: 'Et tema til prøve',
    season: 'AUTUMN',
    year: '2099',
    startWeek: '40',
    endWeek: '44',
    signupDeadline: '2099-09-01',
  }
}

describe('theme form values', () => {
  it('come from a theme and go back as the same input (a PUT without edits changes nothing)', () => {
    const values = themeValues(klima)
    expect(values.number).toBe('14')
    expect(values.peakWeeks).toEqual(['2027-W14', '2027-W15'])
    expect(values.focusAreas).toEqual(['PARTNERS', 'LITERATURE'])
    expect(values.partners.map(({ partnerId, role }) => ({ partnerId, role }))).toEqual([{ partnerId: '4', role: 'Partner' }])
    expect(checkThemeValues(values, message)).toEqual([])

    expect(toThemeInput(values)).toEqual({
      number: 14,
      title: 'Klima og hverdag',
      slug: 'klima-og-hverdag',
      summary: 'Hvad kan vi selv gøre?',
      description: '## Klima\n\nTekst.',
      season: 'SPRING',
      year: 2027,
      startWeek: { year: 2027, week: 11 },
      endWeek: { year: 2027, week: 16 },
      peakWeeks: [
        { year: 2027, week: 14 },
        { year: 2027, week: 15 },
      ],
      signupOpensOn: null,
      signupDeadline: '2027-02-15',
      focusAreas: ['PARTNERS', 'LITERATURE'],
      partners: [{ partnerId: 4, role: 'Partner' }],
      milestones: [{ kind: 'IDEA_WORKSHOP', title: 'Idéværksted', dueOn: '2026-11-23', description: null }],
      materials: [{ kind: 'LINK', title: 'Temaets side', url: 'https://www.db.dk', description: 'Et link' }],
      imageUrl: null,
    })
  })

  it('trims texts, sends empty optional texts as null and leaves an empty slug to the API', () => {
    const values = { ...validValues(), title: '  Prøvetema  ', slug: '  ', description: '   ', imageUrl: ' ', signupOpensOn: '' }
    const input = toThemeInput(values)
    expect(input.title).toBe('Prøvetema')
    expect(input.slug).toBeNull()
    expect(input.description).toBeNull()
    expect(input.imageUrl).toBeNull()
    expect(input.signupOpensOn).toBeNull()
  })

  it('keeps the Markdown description exactly as written', () => {
    const description = '## Overskrift\n\n- et punkt\n- et andet  \n'
    expect(toThemeInput({ ...validValues(), description }).description).toBe(description)
  })

  it('sends rows in their order, with numbers for partner ids', () => {
    const values = validValues()
    values.partners = [
      { ...newPartnerRow(), partnerId: '2', role: ' Mediepartner ' },
      { ...newPartnerRow(), partnerId: '1', role: 'Vært' },
    ]
    values.milestones = [{ ...newMilestoneRow(), kind: 'EVALUATION', title: 'Evaluering', dueOn: '2099-11-15', description: '' }]
    values.materials = [{ ...newMaterialRow(), kind: 'IDEA_CATALOGUE', title: 'Idékatalog', url: ' https://example.dk/katalog ', description: '' }]
    const input = toThemeInput(values)
    expect(input.partners).toEqual([
      { partnerId: 2, role: 'Mediepartner' },
      { partnerId: 1, role: 'Vært' },
    ])
    expect(input.milestones).toEqual([{ kind: 'EVALUATION', title: 'Evaluering', dueOn: '2099-11-15', description: null }])
    expect(input.materials).toEqual([{ kind: 'IDEA_CATALOGUE', title: 'Idékatalog', url: 'https://example.dk/katalog', description: null }])
  })

  it('gives every new row a key of its own', () => {
    const keys = [newPartnerRow(), newMilestoneRow(), newMaterialRow(), newPartnerRow()].map((r) => r.key)
    expect(new Set(keys).size).toBe(4)
  })
})

describe('checkThemeValues', () => {
  it('asks for what the request cannot be built without, named as the API names the fields', () => {
    const values = emptyThemeValues()
    values.partners = [newPartnerRow()]
    values.milestones = [newMilestoneRow()]
    values.materials = [newMaterialRow()]
    expect(checkThemeValues(values, message)).toEqual([
      { field: 'number', message: 'local:required' },
      { field: 'season', message: 'local:choose' },
      { field: 'year', message: 'local:required' },
      { field: 'startWeek', message: 'local:required' },
      { field: 'endWeek', message: 'local:required' },
      { field: 'signupDeadline', message: 'local:required' },
      { field: 'partners[0].partnerId', message: 'local:choose' },
      { field: 'milestones[0].kind', message: 'local:choose' },
      { field: 'milestones[0].dueOn', message: 'local:required' },
      { field: 'materials[0].kind', message: 'local:choose' },
    ])
  })

  it('refuses numbers that are not whole numbers, and leaves texts to the API', () => {
    const values = { ...validValues(), number: '9a', year: '20.99', title: '' }
    expect(checkThemeValues(values, message)).toEqual([
      { field: 'number', message: 'local:wholeNumber' },
      { field: 'year', message: 'local:wholeNumber' },
    ])
  })
})

describe('the weeks, entered once', () => {
  const form = (season: string, year: string, startWeek: string, endWeek: string) => ({ season, year, startWeek, endWeek })

  it("takes both weeks in the theme's year", () => {
    expect(themeWeekSpan(form('SPRING', '2027', '12', '17'))).toEqual({ start: { year: 2027, week: 12 }, end: { year: 2027, week: 17 } })
  })

  it('lets an autumn theme end after New Year, and a spring theme begin before it', () => {
    expect(themeWeekSpan(form('AUTUMN', '2026', '46', '3'))).toEqual({ start: { year: 2026, week: 46 }, end: { year: 2027, week: 3 } })
    expect(themeWeekSpan(form('SPRING', '2027', '50', '14'))).toEqual({ start: { year: 2026, week: 50 }, end: { year: 2027, week: 14 } })
  })

  it('has no span until the year and both weeks are numbers', () => {
    expect(themeWeekSpan(form('AUTUMN', '', '40', '44'))).toBeNull()
    expect(themeWeekSpan(form('AUTUMN', '2099', '40', 'x'))).toBeNull()
  })

  it('gives a theme back with the weeks it had, across New Year too', () => {
    const across = { ...klima, season: 'AUTUMN' as const, year: 2026, startWeek: { year: 2026, week: 50 }, endWeek: { year: 2027, week: 3 } }
    const input = toThemeInput(themeValues(across))
    expect([input.startWeek, input.endWeek]).toEqual([across.startWeek, across.endWeek])
  })

  it('offers the span as peak weeks, and keeps a chosen week outside it visible', () => {
    const values = { ...form('SPRING', '2027', '14', '15'), peakWeeks: ['2027-W20'] }
    expect(peakWeekChoices(values).map(weekKey)).toEqual(['2027-W14', '2027-W15', '2027-W20'])
    expect(peakWeekChoices({ ...values, endWeek: '', peakWeeks: [] })).toEqual([])
    expect(peakWeekChoices({ ...form('AUTUMN', '2026', '52', '1'), peakWeeks: [] }).map(weekKey)).toEqual(['2026-W52', '2026-W53', '2027-W01'])
  })
})

describe('theme field errors', () => {
  it('reads both ways the API writes a list item', () => {
    expect(parseFieldPath('milestones[0].dueOn')).toEqual({ root: 'milestones', index: 0, leaf: 'dueOn' })
    expect(parseFieldPath('materials.url[2]')).toEqual({ root: 'materials', index: 2, leaf: 'url' })
    expect(parseFieldPath('peakWeeks[1]')).toEqual({ root: 'peakWeeks', index: 1, leaf: null })
    expect(parseFieldPath('peakWeeks.week[0]')).toEqual({ root: 'peakWeeks', index: 0, leaf: 'week' })
    expect(parseFieldPath('startWeek.week')).toEqual({ root: 'startWeek', index: null, leaf: 'week' })
    expect(parseFieldPath('title')).toEqual({ root: 'title', index: null, leaf: null })
  })

  it('puts each error where the form shows it', () => {
    expect(themeErrorKey('title')).toBe('title')
    // A week's year follows from the theme's: its errors show at the week.
    expect(themeErrorKey('startWeek')).toBe('startWeek')
    expect(themeErrorKey('startWeek.year')).toBe('startWeek')
    expect(themeErrorKey('endWeek.week')).toBe('endWeek')
    expect(themeErrorKey('peakWeeks[1]')).toBe('peakWeeks')
    expect(themeErrorKey('focusAreas[0]')).toBe('focusAreas')
    expect(themeErrorKey('partners[0].partnerId')).toBe('partners.0.partnerId')
    expect(themeErrorKey('partners.role[3]')).toBe('partners.3.role')
    expect(themeErrorKey('milestones.dueOn[0]')).toBe('milestones.0.dueOn')
    expect(themeErrorKey('milestones')).toBe('milestones')
    expect(themeErrorKey('milestones[0]')).toBe('milestones')
    expect(themeErrorKey('somethingElse')).toBeNull()
    expect(themeFieldId('milestones.0.dueOn')).toBe('theme-milestones-0-dueOn')
    expect(themeFieldId('startWeek')).toBe('theme-startWeek')
  })

  it('maps a validation problem in form order, merges messages and keeps unknown fields apart', () => {
    const mapped = mapThemeErrors(
      {
        type: '/problems/validation',
        title: 'Ugyldige oplysninger',
        status: 400,
        errors: [
          { field: 'materials.url[0]', message: 'skal være en webadresse' },
          { field: 'milestones.dueOn[1]', message: 'må ikke være null' },
          { field: 'milestones.title[1]', message: 'må ikke være blank' },
          { field: 'milestones.title[0]', message: 'må ikke være blank' },
          { field: 'title', message: 'må ikke være blank' },
          { field: 'title', message: 'højst 200 tegn' },
          { field: 'peakWeeks[0]', message: 'skal være en af temaets uger' },
          { field: 'imageWidth', message: 'ukendt' },
        ],
      },
      (root, index) => (root === 'peakWeeks' ? `Uge ${index + 14}` : null),
    )
    expect(Object.keys(mapped.fields)).toEqual([
      'title',
      'peakWeeks',
      'milestones.0.title',
      'milestones.1.title',
      'milestones.1.dueOn',
      'materials.0.url',
    ])
    expect(mapped.fields.title).toBe('Må ikke være blank. Højst 200 tegn.')
    expect(mapped.fields.peakWeeks).toBe('Uge 14: skal være en af temaets uger.')
    expect(mapped.other).toEqual([{ field: 'imageWidth', message: 'ukendt' }])
  })

  it('shows a 409 for a number or an address in use at that field', () => {
    const mapped = mapThemeErrors({
      type: '/problems/conflict',
      title: 'Konflikt',
      status: 409,
      errors: [{ field: 'number', message: 'Et andet tema har allerede nummer 14.' }],
    })
    expect(mapped.fields).toEqual({ number: 'Et andet tema har allerede nummer 14.' })
  })

  it('maps nothing without a problem', () => {
    expect(mapThemeErrors(null)).toEqual({ fields: {}, other: [] })
  })
})
