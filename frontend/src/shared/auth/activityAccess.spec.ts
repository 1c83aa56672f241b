import { describe, expect, it } from 'vitest'
import type { CurrentUser } from '@/api/types'
import { canWriteActivities, mayManageSomeActivities } from './activityAccess'

const user = (roles: CurrentUser['roles'], libraryId?: number) => ({
  roles,
  ...(libraryId === undefined ? {} : { library: { id: libraryId, name: 'Et bibliotek' } }),
})

describe('activity access', () => {
  it('lets coordinators and admins write every library\'s activities', () => {
    for (const roles of [['COORDINATOR'], ['ADMIN']] as const) {
      expect(mayManageSomeActivities(user([...roles]))).toBe(true)
      expect(canWriteActivities(user([...roles]), 97)).toBe(true)
    }
  })

  it('lets an editor write only their own library\'s activities', () => {
    expect(mayManageSomeActivities(user(['EDITOR'], 97))).toBe(true)
    expect(canWriteActivities(user(['EDITOR'], 97), 97)).toBe(true)
    expect(canWriteActivities(user(['EDITOR'], 97), 98)).toBe(false)
  })

  it('gives nothing to editors without a library, or to visitors', () => {
    expect(mayManageSomeActivities(user(['EDITOR']))).toBe(false)
    expect(mayManageSomeActivities(null)).toBe(false)
    expect(canWriteActivities(null, 97)).toBe(false)
  })
})
