import { describe, expect, it } from 'vitest'
import { checkGuideValues, emptyGuideValues, toGuideInput } from './guideForm'

describe('guide chapter form values', () => {
  it('need a whole number and send empty texts as null', () => {
    expect(checkGuideValues(emptyGuideValues(), (p) => p)).toEqual([{ field: 'number', message: 'required' }])
    expect(checkGuideValues({ ...emptyGuideValues(), number: '8a' }, (p) => p)).toEqual([{ field: 'number', message: 'wholeNumber' }])
    expect(toGuideInput({ ...emptyGuideValues(), number: ' 8 ', title: ' Støtte ' })).toEqual({
      number: 8,
      title: 'Støtte',
      slug: null,
      summary: null,
      body: null,
    })
  })
})
