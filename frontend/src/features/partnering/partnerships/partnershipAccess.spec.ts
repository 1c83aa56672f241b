import { describe, expect, it } from 'vitest'
import { canCreatePartnership, canManagePartnership, ownPartnershipLibraryId, transitionButtons } from './partnershipAccess'

const coordinator = { roles: ['COORDINATOR' as const], library: undefined }
const aalborgEditor = { roles: ['EDITOR' as const], library: { id: 97, name: 'Aalborg Bibliotekerne' } }
const editorWithoutLibrary = { roles: ['EDITOR' as const], library: undefined }

const partnership = (status: string, allowed: string[], libraries = [{ id: 97, name: 'Aalborg' }]) =>
  ({ status, allowedTransitions: allowed, libraries }) as Parameters<typeof transitionButtons>[1]

describe('who manages partnerships', () => {
  it('coordinators manage all; editors those their library is in', () => {
    const odense = { libraries: [{ id: 46, name: 'Odense' }] }
    const aalborg = { libraries: [{ id: 46, name: 'Odense' }, { id: 97, name: 'Aalborg' }] }
    expect(canManagePartnership(coordinator, odense)).toBe(true)
    expect(canManagePartnership(aalborgEditor, aalborg)).toBe(true)
    expect(canManagePartnership(aalborgEditor, odense)).toBe(false)
    expect(canManagePartnership(null, aalborg)).toBe(false)
  })

  it('coordinators and editors with a library may create one', () => {
    expect(canCreatePartnership(coordinator)).toBe(true)
    expect(canCreatePartnership(aalborgEditor)).toBe(true)
    expect(canCreatePartnership(editorWithoutLibrary)).toBe(false)
    expect(canCreatePartnership(null)).toBe(false)
    expect(ownPartnershipLibraryId(aalborgEditor)).toBe(97)
    expect(ownPartnershipLibraryId(coordinator)).toBeNull()
  })
})

describe('transitionButtons', () => {
  it('offers exactly the moves the API allows: forward first, back next, cancelling last (with a question)', () => {
    expect(transitionButtons(aalborgEditor, partnership('PLANNING', ['CANCELLED', 'IDEA', 'AGREED']))).toEqual([
      { to: 'AGREED', kind: 'forward', confirm: false },
      { to: 'IDEA', kind: 'back', confirm: false },
      { to: 'CANCELLED', kind: 'cancel', confirm: true },
    ])
  })

  it('shows nothing the API does not offer, and nothing at the end', () => {
    expect(transitionButtons(coordinator, partnership('IDEA', ['PLANNING', 'CANCELLED'])).map((b) => b.to)).toEqual(['PLANNING', 'CANCELLED'])
    expect(transitionButtons(coordinator, partnership('ENDED', []))).toEqual([])
  })

  it('shows no buttons to those who do not manage the partnership', () => {
    const odensePartnership = partnership('IDEA', ['PLANNING'], [{ id: 46, name: 'Odense' }])
    expect(transitionButtons(aalborgEditor, odensePartnership)).toEqual([])
    expect(transitionButtons(null, partnership('IDEA', ['PLANNING']))).toEqual([])
  })
})
