import type { Role, UserInput, UserView } from '@/api/types'

export interface UserFormValues {
  email: string
  displayName: string
  roles: Role[]
  /** Library id as the select holds it; '' when none is chosen. */
  libraryId: string
  active: boolean
  password: string
}

export const USER_FIELDS = ['email', 'displayName', 'roles', 'libraryId', 'active', 'password'] as const

export function emptyUserValues(): UserFormValues {
  return { email: '', displayName: '', roles: [], libraryId: '', active: true, password: '' }
}

export function userValues(view: UserView): UserFormValues {
  return {
    email: view.email,
    displayName: view.displayName,
    roles: [...view.roles],
    libraryId: view.library ? String(view.library.id) : '',
    active: view.active,
    password: '',
  }
}

/** Only editors belong to a library: the id is sent for them and left out (null) for everyone else. */
export function isEditor(values: Pick<UserFormValues, 'roles'>): boolean {
  return values.roles.includes('EDITOR')
}

/**
 * The POST/PUT body. An empty password is sent as null: on update that keeps the current one,
 * on create the user is invited by mail to choose their own.
 */
export function toUserInput(values: UserFormValues): UserInput {
  const password = values.password
  return {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    roles: [...values.roles],
    libraryId: isEditor(values) && /^\d+$/.test(values.libraryId) ? Number(values.libraryId) : null,
    active: values.active,
    password: password === '' ? null : password,
  }
}
