import { describe, expect, it } from 'vitest'
import { mapContentErrors } from '@/shared/components/form/contentForm'
import type { CaseView } from './caseAdminApi'
import { CASE_FIELDS, CASE_ROW_FIELDS, STANDARD_QUESTIONS, caseValues, emptyCaseValues, toCaseInput } from './caseForm'

const view: CaseView = {
  id: 2,
  slug: 'sansefortaellingen',
  title: 'Sansefortællingen',
  summary: 'Kort',
  answers: [
    { question: 'Hvem var med?', answer: 'Biblioteket og museet' },
    { question: 'Formål?', answer: 'Formidling' },
  ],
  result: 'Godt',
  resultHtml: '<p>Godt</p>',
  startsOn: '2025-01-01',
  libraries: [{ id: 30, name: 'Roskilde Bibliotekerne' }],
  partners: [{ id: 10, name: 'Lokal-TV', type: 'MEDIA', national: false }],
  themes: [{ id: 8, number: 14, title: 'Klima', slug: 'klima' }],
  toolboxItems: [],
  updatedAt: '2026-11-23T10:00:00Z',
  version: 1,
}

describe('good example form values', () => {
  it('start with the five standard questions and empty answers', () => {
    const values = emptyCaseValues()
    expect(values.answers.map((a) => a.question)).toEqual([...STANDARD_QUESTIONS])
    expect(values.answers.every((a) => a.answer === '')).toBe(true)
  })

  it('always hold and send exactly five answers, questions as edited', () => {
    const values = caseValues(view)
    expect(values.answers).toHaveLength(5)
    expect(values.answers[0]).toEqual({ question: 'Hvem var med?', answer: 'Biblioteket og museet' })
    expect(values.answers[4]).toEqual({ question: STANDARD_QUESTIONS[4], answer: '' })
    values.answers[2] = { question: ' Hvad fik biblioteket? ', answer: ' Nye brugere ' }
    const input = toCaseInput(values)
    expect(input.answers).toHaveLength(5)
    expect(input.answers[2]).toEqual({ question: 'Hvad fik biblioteket?', answer: 'Nye brugere' })
  })

  it('send the chosen ids as numbers and empty dates as null', () => {
    const input = toCaseInput(caseValues(view))
    expect(input).toMatchObject({
      slug: 'sansefortaellingen',
      startsOn: '2025-01-01',
      endsOn: null,
      libraryIds: [30],
      partnerIds: [10],
      themeIds: [8],
      toolboxItemIds: [],
    })
  })

  it('show an answer error at the answer it is about', () => {
    const mapped = mapContentErrors(
      { type: '/problems/validation', title: 'x', status: 400, errors: [{ field: 'answers[2].answer', message: 'skal udfyldes' }] },
      CASE_FIELDS,
      CASE_ROW_FIELDS,
    )
    expect(mapped.fields).toEqual({ 'answers.2.answer': 'Skal udfyldes.' })
  })
})
