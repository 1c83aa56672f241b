import type { RouteLocationRaw } from 'vue-router'
import type { CurrentUser } from '@/api/types'
import { canCoordinate, canManageLibraries, isAdmin } from '@/shared/auth/access'
import { canManageContacts } from '@/features/directory/contacts/contactAccess'
import { coordinatesThemes, ownLibraryId } from '@/features/collaboration/participations/participationAccess'

export interface AdminSection {
  key:
    | 'libraries'
    | 'themes'
    | 'partners'
    | 'partnerships'
    | 'toolbox'
    | 'guide'
    | 'cases'
    | 'projects'
    | 'participations'
    | 'contacts'
    | 'networkMeetings'
    | 'goal'
    | 'users'
    | 'tokens'
    | 'webhooks'
    | 'audit'
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
      key: 'themes',
      labelKey: 'themeAdmin.nav',
      descriptionKey: 'themeAdmin.description',
      to: { name: 'admin-themes' },
      routes: ['admin-themes', 'theme-create', 'theme-edit', 'admin-theme-participations'],
    },
    allowed: coordinatesThemes,
  },
  {
    section: {
      key: 'partners',
      labelKey: 'partnerAdmin.nav',
      descriptionKey: 'partnerAdmin.description',
      to: { name: 'admin-partners' },
      routes: ['admin-partners', 'partner-create', 'partner-edit'],
    },
    allowed: coordinatesThemes,
  },
  {
    // The partnership directory itself is public; coordinators manage every partnership from it.
    section: {
      key: 'partnerships',
      labelKey: 'partnerships.admin.nav',
      descriptionKey: 'partnerships.admin.description',
      to: { name: 'partnerships' },
      routes: ['partnerships', 'partnership-create', 'partnership-edit', 'partnership-workbench'],
    },
    allowed: canCoordinate,
  },
  {
    section: {
      key: 'toolbox',
      labelKey: 'toolboxAdmin.nav',
      descriptionKey: 'toolboxAdmin.description',
      to: { name: 'admin-toolbox' },
      routes: ['admin-toolbox', 'toolbox-item-create', 'toolbox-item-edit'],
    },
    allowed: canCoordinate,
  },
  {
    section: {
      key: 'guide',
      labelKey: 'guideAdmin.nav',
      descriptionKey: 'guideAdmin.description',
      to: { name: 'admin-guide' },
      routes: ['admin-guide', 'guide-chapter-create', 'guide-chapter-edit'],
    },
    allowed: canCoordinate,
  },
  {
    section: {
      key: 'cases',
      labelKey: 'caseAdmin.nav',
      descriptionKey: 'caseAdmin.description',
      to: { name: 'admin-cases' },
      routes: ['admin-cases', 'case-create', 'case-edit'],
    },
    allowed: canCoordinate,
  },
  {
    section: {
      key: 'projects',
      labelKey: 'projectAdmin.nav',
      descriptionKey: 'projectAdmin.description',
      to: { name: 'admin-projects' },
      routes: ['admin-projects', 'project-create', 'project-edit'],
    },
    allowed: canCoordinate,
  },
  {
    // A library's own sign-ups ("Vores tilmeldinger"): for editors, outside the coordinators' area.
    section: {
      key: 'participations',
      labelKey: 'signup.nav',
      descriptionKey: 'signup.description',
      to: { name: 'my-participations' },
      routes: ['my-participations', 'participation-edit'],
    },
    allowed: (user) => ownLibraryId(user) !== null,
  },
  {
    // Contact persons: coordinators all of them, editors their own library's (outside /admin, like sign-ups).
    section: {
      key: 'contacts',
      labelKey: 'contacts.nav',
      descriptionKey: 'contacts.description',
      to: { name: 'admin-contacts' },
      routes: ['admin-contacts', 'contact-create', 'contact-edit'],
    },
    allowed: canManageContacts,
  },
  {
    section: {
      key: 'networkMeetings',
      labelKey: 'networkMeetings.admin.nav',
      descriptionKey: 'networkMeetings.admin.description',
      to: { name: 'admin-network-meetings' },
      routes: ['admin-network-meetings', 'network-meeting-create', 'network-meeting-edit'],
    },
    allowed: canCoordinate,
  },
  {
    section: {
      key: 'goal',
      labelKey: 'goalAdmin.nav',
      descriptionKey: 'goalAdmin.description',
      to: { name: 'admin-goal' },
      routes: ['admin-goal'],
    },
    allowed: canCoordinate,
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
      key: 'webhooks',
      labelKey: 'admin.nav.webhooks',
      descriptionKey: 'admin.descriptions.webhooks',
      to: { name: 'admin-webhooks' },
      routes: ['admin-webhooks', 'webhook-create', 'webhook-edit', 'webhook-deliveries'],
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
