import { describe, expect, it } from 'vitest'
import { emptyLibraryValues, libraryFormErrors } from './libraryForm'

const t = (key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key)

describe('libraryFormErrors', () => {
  it('names the missing municipality and, in the same go, the name and number the contract requires', () => {
    expect(libraryFormErrors(emptyLibraryValues(), t)).toEqual([
      { field: 'municipalityCode', message: 'libraryForm.municipalityRequired' },
      { field: 'name', message: 'validation.required' },
      { field: 'libraryNumber', message: 'validation.required' },
    ])
    // Too short a name, as the contract says (minLength 2).
    expect(libraryFormErrors({ ...emptyLibraryValues(), name: 'A' }, t)).toContainEqual({
      field: 'name',
      message: 'validation.minLength {"min":2}',
    })
  })

  it('leaves a form it can send to the API, which answers every rule at once', () => {
    expect(libraryFormErrors({ ...emptyLibraryValues(), municipalityCode: '851' }, t)).toEqual([])
  })
})
