import { describe, expect, it } from 'vitest'
import type { CurrentUser } from '@/api/types'
import {
  canEditLibrary,
  canManageLibraries,
  hasAnyRole,
  hasRole,
  isAdmin,
  landingLocation,
  safeReturnPath,
} from './access'

function user(roles: CurrentUser['roles'], libraryId: number | null = null): CurrentUser {
  return {
    id: 1,
    email: 'someone@samspil.demo',
    displayName: 'Someone',
    roles,
    ...(libraryId === null ? {} : { library: { id: libraryId, name: 'Bibliotek' } }),
    lastLoginAt: null,
  }
}

const editor = user(['EDITOR'], 10)
const coordinator = user(['COORDINATOR'])
const admin = user(['ADMIN'])

describe('role checks', () => {
  it('knows which roles a user has', () => {
    expect(hasRole(editor, 'EDITOR')).toBe(true)
    expect(hasRole(editor, 'ADMIN')).toBe(false)
    expect(hasAnyRole(coordinator, ['COORDINATOR', 'ADMIN'])).toBe(true)
    expect(hasAnyRole(editor, ['COORDINATOR', 'ADMIN'])).toBe(false)
    expect(hasRole(null, 'EDITOR')).toBe(false)
    expect(hasAnyRole(undefined, ['EDITOR'])).toBe(false)
  })

  it('lets coordinators and admins manage libraries, and only admins administer', () => {
    expect([editor, coordinator, admin].map(canManageLibraries)).toEqual([false, true, true])
    expect([editor, coordinator, admin].map(isAdmin)).toEqual([false, false, true])
    expect(canManageLibraries(null)).toBe(false)
  })

  it('lets an editor edit only their own library', () => {
    expect(canEditLibrary(editor, 10)).toBe(true)
    expect(canEditLibrary(editor, 11)).toBe(false)
    expect(canEditLibrary(user(['EDITOR']), 10)).toBe(false)
    expect(canEditLibrary(coordinator, 11)).toBe(true)
    expect(canEditLibrary(admin, 11)).toBe(true)
    expect(canEditLibrary(null, 10)).toBe(false)
  })
})

describe('landingLocation', () => {
  it('sends editors to their library and coordinators and admins to the administration', () => {
    expect(landingLocation(editor)).toEqual({ name: 'library', params: { id: '10' } })
    expect(landingLocation(coordinator)).toEqual({ name: 'admin' })
    expect(landingLocation(admin)).toEqual({ name: 'admin' })
    expect(landingLocation(user(['EDITOR', 'COORDINATOR'], 10))).toEqual({ name: 'admin' })
  })

  it('falls back to the front page', () => {
    expect(landingLocation(user(['EDITOR']))).toEqual({ name: 'home' })
    expect(landingLocation(null)).toEqual({ name: 'home' })
  })
})

describe('safeReturnPath', () => {
  it('keeps paths on this site, with query and hash', () => {
    expect(safeReturnPath('/admin')).toBe('/admin')
    expect(safeReturnPath('/biblioteker/12/rediger')).toBe('/biblioteker/12/rediger')
    expect(safeReturnPath('/admin/brugere?role=EDITOR&page=2#top')).toBe('/admin/brugere?role=EDITOR&page=2#top')
    expect(safeReturnPath(['/admin', '/other'])).toBe('/admin')
  })

  it('refuses anything that could leave the site', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'admin',
      '/\t/evil.example',
      '',
      null,
      undefined,
      42,
    ]) {
      expect(safeReturnPath(bad), String(bad)).toBeNull()
    }
  })

  it('does not return to the login page itself', () => {
    expect(safeReturnPath('/log-ind')).toBeNull()
    expect(safeReturnPath('/log-ind?tilbage=/admin')).toBeNull()
  })
})
