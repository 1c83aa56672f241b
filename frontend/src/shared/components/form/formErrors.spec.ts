import { describe, expect, it } from 'vitest'
import type { Problem } from '@/api/client'
import { ref } from 'vue'
import { fieldKey, hasFieldErrors, mapFieldErrors, summaryItems, useFieldErrors } from './formErrors'

const FIELDS = ['name', 'libraryNumber', 'roles', 'phone'] as const

function validation(errors: { field: string; message: string }[]): Problem {
  return { type: '/problems/validation', title: 'Ugyldige oplysninger', status: 400, errors }
}

describe('fieldKey', () => {
  it('reduces API paths to the form field', () => {
    expect(fieldKey('phone')).toBe('phone')
    expect(fieldKey('roles[0]')).toBe('roles')
    expect(fieldKey('address.street')).toBe('address')
    expect(fieldKey('roles[]')).toBe('roles')
  })
})

describe('mapFieldErrors', () => {
  it('puts each message at its field, in form order, joining several messages', () => {
    const mapped = mapFieldErrors(
      validation([
        { field: 'phone', message: 'skal være et telefonnummer' },
        { field: 'name', message: 'må ikke være blank' },
        { field: 'name', message: 'størrelse skal være mellem 2 og 200' },
        { field: 'name', message: 'må ikke være blank' },
        { field: 'roles[0]', message: 'ukendt rolle' },
      ]),
      FIELDS,
    )
    expect(Object.keys(mapped.fields)).toEqual(['name', 'roles', 'phone'])
    expect(mapped.fields.name).toBe('Må ikke være blank. Størrelse skal være mellem 2 og 200.')
    expect(mapped.fields.roles).toBe('Ukendt rolle.')
    expect(mapped.other).toEqual([])
  })

  it('keeps errors for fields the form does not show apart', () => {
    const mapped = mapFieldErrors(validation([{ field: 'secretField', message: 'nope' }]), FIELDS)
    expect(mapped.fields).toEqual({})
    expect(mapped.other).toEqual([{ field: 'secretField', message: 'nope' }])
  })

  it('gives nothing for no problem or a problem without field errors', () => {
    expect(mapFieldErrors(null, FIELDS)).toEqual({ fields: {}, other: [] })
    expect(mapFieldErrors({ type: '/problems/conflict', title: 'Konflikt', status: 409 }, FIELDS)).toEqual({
      fields: {},
      other: [],
    })
  })
})

describe('summaryItems', () => {
  it('links known fields to their inputs and lists the rest without a link', () => {
    const mapped = mapFieldErrors(
      validation([
        { field: 'libraryNumber', message: 'skal være 6 cifre' },
        { field: 'other', message: 'forkert' },
      ]),
      FIELDS,
    )
    const items = summaryItems(mapped, (f) => (f === 'libraryNumber' ? 'Biblioteksnummer' : f), (f) => `library-${f}`)
    expect(items).toEqual([
      { targetId: 'library-libraryNumber', label: 'Biblioteksnummer', message: 'Skal være 6 cifre.' },
      { targetId: null, label: 'other', message: 'Forkert.' },
    ])
  })
})

describe('hasFieldErrors', () => {
  it('is true only for a 400 with field errors', () => {
    expect(hasFieldErrors(validation([{ field: 'name', message: 'x' }]))).toBe(true)
    expect(hasFieldErrors(validation([]))).toBe(false)
    expect(hasFieldErrors({ type: 'x', title: 'y', status: 409 })).toBe(false)
    expect(hasFieldErrors(null)).toBe(false)
  })
})

describe('useFieldErrors', () => {
  it('binds each field to its id, label, message and (when given) hint, as the problem changes', () => {
    const problem = ref<Problem | null>(null)
    const labels: Record<string, string> = { name: 'Navn', phone: 'Telefon' }
    const { field, items } = useFieldErrors(() => problem.value, FIELDS, (f) => labels[f] ?? f, (f) => `library-${f}`)
    expect(field('name')).toEqual({ id: 'library-name', label: 'Navn', error: null })
    expect(field('phone', 'Otte cifre')).toEqual({ id: 'library-phone', label: 'Telefon', error: null, hint: 'Otte cifre' })
    expect(field('phone', null)).toEqual({ id: 'library-phone', label: 'Telefon', error: null, hint: null })

    problem.value = validation([{ field: 'phone', message: 'ugyldigt telefonnummer' }])
    expect(field('phone').error).toBe('Ugyldigt telefonnummer.')
    expect(items.value).toEqual([{ targetId: 'library-phone', label: 'Telefon', message: 'Ugyldigt telefonnummer.' }])
  })
})
