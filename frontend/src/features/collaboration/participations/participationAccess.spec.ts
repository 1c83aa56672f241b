import { describe, expect, it } from 'vitest'
import type { CurrentUser } from '@/api/types'
import { adminSections } from '@/app/admin/adminNav'
import { canSignUp, coordinatesThemes, ownLibraryId } from './participationAccess'

const user = (roles: CurrentUser['roles'], library?: { id: number; name: string }): CurrentUser => ({
  id: 1,
  email: 'x@samspil.demo',
  displayName: 'X',
  roles,
  ...(library ? { library } : {}),
})
const aalborg = { id: 97, name: 'Aalborg Bibliotekerne' }

describe('sign-up access', () => {
  it('lets editors sign up their own library and coordinators any library', () => {
    expect(ownLibraryId(user(['EDITOR'], aalborg))).toBe(97)
    expect(ownLibraryId(user(['EDITOR']))).toBeNull()
    expect(ownLibraryId(user(['COORDINATOR']))).toBeNull()
    expect(canSignUp(user(['EDITOR'], aalborg))).toBe(true)
    expect(canSignUp(user(['EDITOR']))).toBe(false)
    expect(canSignUp(user(['COORDINATOR']))).toBe(true)
    expect(canSignUp(null)).toBe(false)
    expect(coordinatesThemes(user(['ADMIN']))).toBe(true)
    expect(coordinatesThemes(user(['EDITOR'], aalborg))).toBe(false)
  })

  it('gives coordinators the theme and partner sections, and editors their sign-ups', () => {
    const keys = (u: CurrentUser) => adminSections(u).map((s) => s.key)
    expect(keys(user(['COORDINATOR']))).toEqual(expect.arrayContaining(['themes', 'partners']))
    expect(keys(user(['COORDINATOR']))).not.toContain('participations')
    expect(keys(user(['ADMIN']))).toEqual(expect.arrayContaining(['themes', 'partners']))
    expect(keys(user(['EDITOR'], aalborg))).toContain('participations')
    expect(keys(user(['EDITOR'], aalborg))).not.toContain('themes')
    expect(keys(user(['EDITOR'], aalborg))).not.toContain('partners')
  })
})
