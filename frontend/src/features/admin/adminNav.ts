import type { RouteLocationRaw } from 'vue-router'
import type { CurrentUser } from '@/api/types'
import { canManageLibraries, isAdmin } from '@/features/auth/access'

export interface AdminSection {
  key: 'libraries' | 'users' | 'tokens' | 'audit'
  labelKey: string
  descriptionKey: string
  to: RouteLocationRaw
  /** Route names that belong to the section; the first is its own page. */
  routes: string[]
}

const SECTIONS: { section: AdminSection; allowed: (user: CurrentUser | null) => boolean }[] = [
  {
    section: {
      key: 'libraries',
      labelKey: 'admin.nav.libraries',
      descriptionKey: 'admin.descriptions.libraries',
      to: { name: 'admin-libraries' },
      routes: ['admin-libraries', 'library-create'],
    },
    allowed: canManageLibraries,
  },
  {
    section: {
      key: 'users',
      labelKey: 'admin.nav.users',
      descriptionKey: 'admin.descriptions.users',
      to: { name: 'admin-users' },
      routes: ['admin-users', 'user-create', 'user-edit'],
    },
    allowed: isAdmin,
  },
  {
    section: {
      key: 'tokens',
      labelKey: 'admin.nav.tokens',
      descriptionKey: 'admin.descriptions.tokens',
      to: { name: 'admin-tokens' },
      routes: ['admin-tokens', 'token-create'],
    },
    allowed: isAdmin,
  },
  {
    section: {
      key: 'audit',
      labelKey: 'admin.nav.audit',
      descriptionKey: 'admin.descriptions.audit',
      to: { name: 'admin-audit' },
      routes: ['admin-audit'],
    },
    allowed: isAdmin,
  },
]

/** The parts of the administration area this user may use, in menu order. */
export function adminSections(user: CurrentUser | null): AdminSection[] {
  return SECTIONS.filter((s) => s.allowed(user)).map((s) => s.section)
}
