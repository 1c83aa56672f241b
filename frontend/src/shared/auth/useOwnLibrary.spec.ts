import { afterEach, describe, expect, it } from 'vitest'
import type { CurrentUser } from '@/api/types'
import { resetSession } from './session'
import { signInForTest } from './testSession'
import { useOwnLibrary } from './useOwnLibrary'

const editorsLibrary = (user: CurrentUser | null) => (user?.roles.includes('EDITOR') && user.library ? user.library.id : null)

afterEach(() => resetSession())

describe('useOwnLibrary', () => {
  it("gives an editor's library by the feature's rule, as id and as id and name", () => {
    signInForTest(['EDITOR'], { library: { id: 7, name: 'Aarhus Bibliotekerne' } })
    const { user, ownLibraryId, ownLibrary } = useOwnLibrary(editorsLibrary)
    expect(user.value?.displayName).toBe('Karen')
    expect(ownLibraryId.value).toBe(7)
    expect(ownLibrary.value).toEqual({ id: 7, name: 'Aarhus Bibliotekerne' })
  })

  it('gives none when the rule gives none', () => {
    signInForTest(['COORDINATOR'], { library: { id: 7, name: 'Aarhus Bibliotekerne' } })
    const { ownLibraryId, ownLibrary } = useOwnLibrary(editorsLibrary)
    expect(ownLibraryId.value).toBeNull()
    expect(ownLibrary.value).toBeNull()
  })
})
