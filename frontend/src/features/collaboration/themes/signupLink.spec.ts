import { describe, expect, it } from 'vitest'
import type { CurrentUser } from '@/api/types'
import { showsSignupLink } from './signupLink'

function user(roles: CurrentUser['roles'], withLibrary = false): Pick<CurrentUser, 'roles' | 'library'> {
  return { roles, ...(withLibrary ? { library: { id: 10, name: 'Aalborg Bibliotekerne' } } : {}) }
}

/** Sign-up from 1 August to 15 October 2026. */
const theme = { signupOpensOn: '2026-08-01', signupDeadline: '2026-10-15' }

describe('showsSignupLink', () => {
  it('never shows the link to visitors who are not signed in', () => {
    expect(showsSignupLink(null, theme, '2026-09-01', true)).toBe(false)
  })

  it('shows a library editor the link from the day sign-up opens to the deadline, both included', () => {
    const editor = user(['EDITOR'], true)
    expect(showsSignupLink(editor, theme, '2026-07-31', true)).toBe(false)
    expect(showsSignupLink(editor, theme, '2026-08-01', true)).toBe(true)
    expect(showsSignupLink(editor, theme, '2026-10-15', true)).toBe(true)
    expect(showsSignupLink(editor, theme, '2026-10-16', true)).toBe(false)
    // Without an opening day, sign-up is open from the start.
    expect(showsSignupLink(editor, { signupOpensOn: null, signupDeadline: '2026-10-15' }, '2026-01-01', true)).toBe(true)
    // An editor without a library has nothing to sign up.
    expect(showsSignupLink(user(['EDITOR']), theme, '2026-09-01', true)).toBe(false)
  })

  it('shows an editor the link for a running theme whose deadline has not passed', () => {
    // Weeks 48-51 2026, sign-up until the last day: still open in the theme's first week.
    const running = { signupOpensOn: null, signupDeadline: '2026-12-20' }
    expect(showsSignupLink(user(['EDITOR'], true), running, '2026-11-23', true)).toBe(true)
  })

  it('shows coordinators and admins the link at any time', () => {
    for (const today of ['2026-01-01', '2026-09-01', '2027-12-31']) {
      expect(showsSignupLink(user(['COORDINATOR']), theme, today, true), today).toBe(true)
      expect(showsSignupLink(user(['ADMIN']), theme, today, true), today).toBe(true)
    }
  })

  it('shows nobody the link while the sign-up page does not exist', () => {
    expect(showsSignupLink(user(['COORDINATOR']), theme, '2026-09-01', false)).toBe(false)
    expect(showsSignupLink(user(['EDITOR'], true), theme, '2026-09-01', false)).toBe(false)
  })
})
