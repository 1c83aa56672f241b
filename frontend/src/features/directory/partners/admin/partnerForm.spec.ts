import { describe, expect, it } from 'vitest'
import type { PartnerView } from '@/api/types'
import { PARTNER_TYPES } from '@/shared/reference/partnerTypes'
import { emptyPartnerValues, missingType, partnerValues, toPartnerInput } from './partnerForm'

const dr: PartnerView = {
  id: 1,
  name: 'DR',
  type: 'MEDIA',
  website: 'https://www.dr.dk',
  national: true,
  description: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 2,
}

describe('partner form values', () => {
  it('come from a partner and go back as the same input', () => {
    const values = partnerValues(dr)
    expect(values).toEqual({ name: 'DR', type: 'MEDIA', website: 'https://www.dr.dk', national: true, description: '' })
    expect(toPartnerInput(values)).toEqual({ name: 'DR', type: 'MEDIA', website: 'https://www.dr.dk', national: true, description: null })
  })

  it('trim texts and send empty optional ones as null', () => {
    const input = toPartnerInput({ name: '  Nationalmuseet ', type: 'MUSEUM', website: ' ', national: false, description: ' Museum ' })
    expect(input).toEqual({ name: 'Nationalmuseet', type: 'MUSEUM', website: null, national: false, description: 'Museum' })
  })

  it('need a type before anything is sent', () => {
    expect(missingType(emptyPartnerValues())).toBe(true)
    expect(missingType({ ...emptyPartnerValues(), type: 'NOPE' })).toBe(true)
    expect(missingType({ ...emptyPartnerValues(), type: 'THEATRE' })).toBe(false)
  })

  it('offer every partner type once', () => {
    expect(PARTNER_TYPES).toHaveLength(10)
    expect(new Set(PARTNER_TYPES).size).toBe(10)
    expect(PARTNER_TYPES[0]).toBe('MEDIA')
  })
})
