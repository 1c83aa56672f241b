import { describe, expect, it } from 'vitest'
import type { ContactView } from './contactApi'
import { canManageContact, canManageContacts, coordinatesContacts, ownContactLibraryId } from './contactAccess'
import { contactValues, emptyContactValues, missingOrganisation, toContactInput, type ContactFormValues } from './contactForm'
import { parseContactQuery, toContactApiQuery, toContactRouteQuery } from './contactQuery'

const COORDINATOR_RULES = { ownLibraryId: null, mayMarkCoordinator: true, loadedCoordinator: false }

const henrik: ContactView = {
  id: 99,
  name: 'Henrik Madsen',
  title: 'Netværksansvarlig',
  library: { id: 97, name: 'Aalborg Bibliotekerne' },
  email: 'henrik@aalborg.dk',
  isPublic: false,
  coordinator: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 4,
}

function values(change: Partial<ContactFormValues> = {}): ContactFormValues {
  return { ...emptyContactValues(), name: 'Mette Holm', ...change }
}

describe('contact form <-> API', () => {
  it('fills the form from a contact, with its organisation', () => {
    expect(contactValues(henrik)).toEqual({
      name: 'Henrik Madsen',
      title: 'Netværksansvarlig',
      organisation: 'library',
      libraryId: '97',
      partnerId: '',
      email: 'henrik@aalborg.dk',
      phone: '',
      isPublic: false,
      coordinator: false,
    })
    const partnerContact = { ...henrik, library: undefined, partner: { id: 5, name: 'DR', type: 'MEDIA' as const } }
    expect(contactValues(partnerContact)).toMatchObject({ organisation: 'partner', libraryId: '', partnerId: '5' })
    expect(contactValues({ ...henrik, library: undefined })).toMatchObject({ organisation: 'none' })
  })

  it('sends only the chosen organisation, never both', () => {
    const both = values({ libraryId: '97', partnerId: '5' })
    expect(toContactInput({ ...both, organisation: 'library' }, COORDINATOR_RULES)).toMatchObject({ libraryId: 97, partnerId: null })
    expect(toContactInput({ ...both, organisation: 'partner' }, COORDINATOR_RULES)).toMatchObject({ libraryId: null, partnerId: 5 })
    expect(toContactInput({ ...both, organisation: 'none' }, COORDINATOR_RULES)).toMatchObject({ libraryId: null, partnerId: null })
  })

  it('trims texts and sends empty ones as null', () => {
    const input = toContactInput(values({ name: ' Mette Holm ', title: ' ', email: ' mette@example.dk ', phone: '', libraryId: '97', isPublic: true }), COORDINATOR_RULES)
    expect(input).toEqual({
      name: 'Mette Holm',
      title: null,
      libraryId: 97,
      partnerId: null,
      email: 'mette@example.dk',
      phone: null,
      isPublic: true,
      coordinator: false,
    })
  })

  it("keeps an editor's contact with the editor's library, whatever the form holds", () => {
    const rules = { ownLibraryId: 97, mayMarkCoordinator: false, loadedCoordinator: false }
    expect(toContactInput(values({ organisation: 'partner', libraryId: '12', partnerId: '5' }), rules)).toMatchObject({
      libraryId: 97,
      partnerId: null,
    })
    expect(emptyContactValues(97)).toMatchObject({ organisation: 'library', libraryId: '97' })
  })

  it('sends the coordinator flag as loaded when the user may not change it', () => {
    const editor = { ownLibraryId: 97, mayMarkCoordinator: false, loadedCoordinator: true }
    expect(toContactInput(values({ coordinator: false }), editor).coordinator).toBe(true)
    expect(toContactInput(values({ coordinator: false }), { ...editor, loadedCoordinator: false }).coordinator).toBe(false)
    expect(toContactInput(values({ coordinator: true }), COORDINATOR_RULES).coordinator).toBe(true)
  })

  it('asks for the library or partner when that organisation is chosen without one', () => {
    expect(missingOrganisation(values({ organisation: 'library', libraryId: '' }), COORDINATOR_RULES)).toBe('libraryId')
    expect(missingOrganisation(values({ organisation: 'partner', partnerId: '' }), COORDINATOR_RULES)).toBe('partnerId')
    expect(missingOrganisation(values({ organisation: 'none' }), COORDINATOR_RULES)).toBeNull()
    expect(missingOrganisation(values({ organisation: 'library', libraryId: '' }), { ownLibraryId: 97 })).toBeNull()
  })
})

describe('contact access', () => {
  const coordinator = { roles: ['COORDINATOR' as const] }
  const editor = { roles: ['EDITOR' as const], library: { id: 97, name: 'Aalborg Bibliotekerne' } }

  it('lets coordinators manage every contact, editors only their library’s', () => {
    expect(coordinatesContacts(coordinator)).toBe(true)
    expect(canManageContacts(coordinator)).toBe(true)
    expect(ownContactLibraryId(coordinator)).toBeNull()
    expect(canManageContact(coordinator, { library: undefined })).toBe(true)

    expect(coordinatesContacts(editor)).toBe(false)
    expect(canManageContacts(editor)).toBe(true)
    expect(ownContactLibraryId(editor)).toBe(97)
    expect(canManageContact(editor, henrik)).toBe(true)
    expect(canManageContact(editor, { library: { id: 12, name: 'Andet' } })).toBe(false)
    expect(canManageContact(editor, { library: undefined })).toBe(false)
  })

  it('gives nothing to visitors and editors without a library', () => {
    expect(canManageContacts(null)).toBe(false)
    expect(canManageContacts({ roles: ['EDITOR'] })).toBe(false)
  })
})

describe('contact list query', () => {
  it('reads the URL and ignores nonsense', () => {
    expect(parseContactQuery({ q: ' Holm ', library: '97', partner: 'x', coordinator: 'true', page: '2' })).toEqual({
      q: 'Holm',
      library: 97,
      partner: null,
      coordinatorsOnly: true,
      page: 2,
    })
    expect(parseContactQuery({ library: '-1', page: '0' })).toMatchObject({ library: null, page: 1 })
  })

  it('writes short URLs', () => {
    expect(toContactRouteQuery({ q: '', library: null, partner: null, coordinatorsOnly: false, page: 1 })).toEqual({})
    expect(toContactRouteQuery({ q: 'Holm', library: 97, partner: null, coordinatorsOnly: true, page: 3 })).toEqual({
      q: 'Holm',
      library: '97',
      coordinator: 'true',
      page: '3',
    })
  })

  it("limits an editor to their own library, whatever the URL says", () => {
    const state = { q: 'a', library: 12, partner: 5, coordinatorsOnly: true, page: 1 }
    expect(toContactApiQuery(state, 97)).toEqual({ page: 1, size: 25, sort: 'name', q: 'a', libraryId: 97 })
  })

  it('passes coordinators’ filters on, library before partner', () => {
    const state = { q: '', library: 12, partner: 5, coordinatorsOnly: true, page: 2 }
    expect(toContactApiQuery(state, null)).toEqual({ page: 2, size: 25, sort: 'name', libraryId: 12, coordinator: true })
    expect(toContactApiQuery({ ...state, library: null }, null)).toMatchObject({ partnerId: 5 })
  })
})
