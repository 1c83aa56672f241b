import {
  createRouter,
  createWebHistory,
  START_LOCATION,
  type RouteLocationNormalized,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router'
import type { CurrentUser, Role } from '@/api/types'
import { setPageTitle } from '@/shared/composables/pageTitle'
import { ADMIN_AREA_ROLES, canEditLibrary } from '@/shared/auth/access'
import { authGuard, loginLocation } from '@/features/access/auth/guards'
import { isSignedIn, onSessionExpired } from '@/shared/auth/session'
import { loadStaffTexts } from '@/i18n'
import { canSignUp, ownLibraryId } from '@/features/collaboration/participations/participationAccess'
import { mayManageSomeActivities } from '@/shared/auth/activityAccess'
import { canManageContacts } from '@/features/directory/contacts/contactAccess'
import { canCreatePartnership } from '@/features/partnering/partnerships/partnershipAccess'
// Every page is its own chunk, loaded when it is opened: the first page loads only what it shows.
// Pages that show parts of several features are composed here, in the app (./pages).
const FrontPage = () => import('./pages/FrontPage.vue')
const LibraryPage = () => import('./pages/LibraryPage.vue')
const ThemePage = () => import('./pages/ThemePage.vue')
const BuildPartnershipsPage = () => import('./pages/BuildPartnershipsPage.vue')
const NotFoundPage = () => import('./NotFoundPage.vue')
const ForbiddenPage = () => import('@/features/access/auth/ForbiddenPage.vue')
const LoginPage = () => import('@/features/access/auth/LoginPage.vue')
const LibraryListPage = () => import('@/features/directory/libraries/LibraryListPage.vue')
const NetworkMeetingDetailPage = () => import('@/features/collaboration/networkmeetings/NetworkMeetingDetailPage.vue')
const NetworkMeetingListPage = () => import('@/features/collaboration/networkmeetings/NetworkMeetingListPage.vue')
const ThemeListPage = () => import('@/features/collaboration/themes/ThemeListPage.vue')

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (the document title is "<title> – Samspil"). */
    titleKey: string
    /** Only for signed-in users; others go to the login page and come back. */
    requiresAuth?: boolean
    /** Only for users with at least one of these roles; others see "no access". */
    requiresRole?: readonly Role[]
    /** A finer rule on top (e.g. "editor of this library"); false shows "no access". */
    allow?: (user: CurrentUser, to: RouteLocationNormalized) => boolean
    /** The login page: a signed-in user is sent on instead. */
    guestOnly?: boolean
  }
}

const ADMIN_ONLY: readonly Role[] = ['ADMIN']

// The administration pages.
const AdminLayout = () => import('./admin/AdminLayout.vue')
const AdminHomePage = () => import('./admin/AdminHomePage.vue')
const AdminLibraryListPage = () => import('@/features/directory/libraries/admin/AdminLibraryListPage.vue')
const LibraryCreatePage = () => import('@/features/directory/libraries/admin/LibraryCreatePage.vue')
const LibraryEditPage = () => import('@/features/directory/libraries/admin/LibraryEditPage.vue')
const UserListPage = () => import('@/features/access/users/UserListPage.vue')
const UserCreatePage = () => import('@/features/access/users/UserCreatePage.vue')
const UserEditPage = () => import('@/features/access/users/UserEditPage.vue')
const TokenListPage = () => import('@/features/access/tokens/TokenListPage.vue')
const TokenCreatePage = () => import('@/features/access/tokens/TokenCreatePage.vue')
const WebhookListPage = () => import('@/features/integration/webhooks/WebhookListPage.vue')
const WebhookCreatePage = () => import('@/features/integration/webhooks/WebhookCreatePage.vue')
const WebhookEditPage = () => import('@/features/integration/webhooks/WebhookEditPage.vue')
const WebhookDeliveriesPage = () => import('@/features/integration/webhooks/WebhookDeliveriesPage.vue')
const AuditLogPage = () => import('@/features/access/audit/AuditLogPage.vue')
const AdminNetworkMeetingListPage = () => import('@/features/collaboration/networkmeetings/admin/AdminNetworkMeetingListPage.vue')
const NetworkMeetingCreatePage = () => import('@/features/collaboration/networkmeetings/admin/NetworkMeetingCreatePage.vue')
const NetworkMeetingEditPage = () => import('@/features/collaboration/networkmeetings/admin/NetworkMeetingEditPage.vue')
const GoalAdminPage = () => import('@/features/collaboration/goal/GoalAdminPage.vue')
const ChangePasswordPage = () => import('@/features/access/auth/ChangePasswordPage.vue')
const AdminThemeListPage = () => import('@/features/collaboration/themes/admin/AdminThemeListPage.vue')
const ThemeCreatePage = () => import('@/features/collaboration/themes/admin/ThemeCreatePage.vue')
const ThemeEditPage = () => import('@/features/collaboration/themes/admin/ThemeEditPage.vue')
const ThemeParticipationsPage = () => import('@/features/collaboration/participations/admin/ThemeParticipationsPage.vue')
const AdminPartnerListPage = () => import('@/features/directory/partners/admin/AdminPartnerListPage.vue')
const PartnerCreatePage = () => import('@/features/directory/partners/admin/PartnerCreatePage.vue')
const PartnerEditPage = () => import('@/features/directory/partners/admin/PartnerEditPage.vue')
const AdminToolboxListPage = () => import('@/features/partnering/toolbox/admin/AdminToolboxListPage.vue')
const ToolboxItemCreatePage = () => import('@/features/partnering/toolbox/admin/ToolboxItemCreatePage.vue')
const ToolboxItemEditPage = () => import('@/features/partnering/toolbox/admin/ToolboxItemEditPage.vue')
const AdminGuideListPage = () => import('@/features/partnering/guide/admin/AdminGuideListPage.vue')
const GuideChapterCreatePage = () => import('@/features/partnering/guide/admin/GuideChapterCreatePage.vue')
const GuideChapterEditPage = () => import('@/features/partnering/guide/admin/GuideChapterEditPage.vue')
const AdminCaseListPage = () => import('@/features/partnering/goodexamples/admin/AdminCaseListPage.vue')
const CaseCreatePage = () => import('@/features/partnering/goodexamples/admin/CaseCreatePage.vue')
const CaseEditPage = () => import('@/features/partnering/goodexamples/admin/CaseEditPage.vue')
const AdminProjectListPage = () => import('@/features/partnering/projects/admin/AdminProjectListPage.vue')
const ProjectCreatePage = () => import('@/features/partnering/projects/admin/ProjectCreatePage.vue')
const ProjectEditPage = () => import('@/features/partnering/projects/admin/ProjectEditPage.vue')
const SignupPage = () => import('@/features/collaboration/participations/SignupPage.vue')
const MyParticipationsPage = () => import('@/features/collaboration/participations/MyParticipationsPage.vue')
const ParticipationEditPage = () => import('@/features/collaboration/participations/ParticipationEditPage.vue')
const ParticipationActivitiesPage = () => import('@/features/collaboration/activities/ParticipationActivitiesPage.vue')
const ActivityEditPage = () => import('@/features/collaboration/activities/ActivityEditPage.vue')
const ContactListPage = () => import('@/features/directory/contacts/ContactListPage.vue')
const ContactCreatePage = () => import('@/features/directory/contacts/ContactCreatePage.vue')
const ContactEditPage = () => import('@/features/directory/contacts/ContactEditPage.vue')
const PartnershipListPage = () => import('@/features/partnering/partnerships/PartnershipListPage.vue')
const PartnershipDetailPage = () => import('@/features/partnering/partnerships/PartnershipDetailPage.vue')
const PartnershipWorkbenchPage = () => import('@/features/partnering/partnerships/PartnershipWorkbenchPage.vue')
const PartnershipPlanPage = () => import('@/features/partnering/partnerships/PartnershipPlanPage.vue')
const PartnershipCreatePage = () => import('@/features/partnering/partnerships/PartnershipCreatePage.vue')
const PartnershipEditPage = () => import('@/features/partnering/partnerships/PartnershipEditPage.vue')
// Byg partnerskaber: the toolbox, the guide, good examples, projects and the partner directory.
const ToolboxListPage = () => import('@/features/partnering/toolbox/ToolboxListPage.vue')
const ToolboxItemPage = () => import('@/features/partnering/toolbox/ToolboxItemPage.vue')
const GuidePage = () => import('@/features/partnering/guide/GuidePage.vue')
const GuideChapterPage = () => import('@/features/partnering/guide/GuideChapterPage.vue')
const CaseListPage = () => import('@/features/partnering/goodexamples/CaseListPage.vue')
const CaseDetailPage = () => import('@/features/partnering/goodexamples/CaseDetailPage.vue')
const ProjectListPage = () => import('@/features/partnering/projects/ProjectListPage.vue')
const ProjectDetailPage = () => import('@/features/partnering/projects/ProjectDetailPage.vue')
const PartnerListPage = () => import('@/features/directory/partners/PartnerListPage.vue')
const PartnerDetailPage = () => import('@/features/directory/partners/PartnerDetailPage.vue')
// The search's results: its own chunk, so the first page loads none of it (the header's field is small).
const SearchPage = () => import('@/features/search/search/SearchPage.vue')

// Danish paths: they are what users see and share.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: FrontPage, meta: { titleKey: 'home.title' } },
  { path: '/biblioteker', name: 'libraries', component: LibraryListPage, meta: { titleKey: 'libraries.title' } },
  {
    path: '/biblioteker/:id',
    name: 'library',
    component: LibraryPage,
    props: true,
    meta: { titleKey: 'library.titleFallback' },
  },
  {
    path: '/biblioteker/:id/rediger',
    name: 'library-edit',
    component: LibraryEditPage,
    props: true,
    meta: {
      titleKey: 'libraryForm.editTitle',
      requiresAuth: true,
      allow: (user, to) => canEditLibrary(user, Number(to.params.id)),
    },
  },
  { path: '/temaer', name: 'themes', component: ThemeListPage, meta: { titleKey: 'themes.title' } },
  {
    path: '/temaer/:slug',
    name: 'theme',
    component: ThemePage,
    props: true,
    meta: { titleKey: 'themes.detail.titleFallback' },
  },
  {
    path: '/temaer/:slug/tilmeld',
    name: 'theme-signup',
    component: SignupPage,
    props: true,
    meta: { titleKey: 'signup.title', requiresAuth: true, allow: (user) => canSignUp(user) },
  },
  {
    path: '/tilmeldinger',
    name: 'my-participations',
    component: MyParticipationsPage,
    meta: { titleKey: 'signup.mine.title', requiresAuth: true, allow: (user) => ownLibraryId(user) !== null },
  },
  {
    path: '/tilmeldinger/:id',
    name: 'participation-edit',
    component: ParticipationEditPage,
    props: true,
    meta: { titleKey: 'signup.edit.title', requiresAuth: true, allow: (user) => canSignUp(user) },
  },
  // A sign-up's activities: its library's editors and the coordinators (the page checks which library).
  // Outside /admin, which is for coordinators only.
  {
    path: '/tilmeldinger/:id/aktiviteter',
    name: 'participation-activities',
    component: ParticipationActivitiesPage,
    props: true,
    meta: { titleKey: 'activities.page.title', requiresAuth: true, allow: (user) => mayManageSomeActivities(user) },
  },
  {
    path: '/aktiviteter/:id/rediger',
    name: 'activity-edit',
    component: ActivityEditPage,
    props: true,
    meta: { titleKey: 'activities.edit.title', requiresAuth: true, allow: (user) => mayManageSomeActivities(user) },
  },
  // Contact persons: coordinators manage all, editors their own library's.
  {
    path: '/kontaktpersoner',
    name: 'admin-contacts',
    component: ContactListPage,
    meta: { titleKey: 'contacts.title', requiresAuth: true, allow: (user) => canManageContacts(user) },
  },
  {
    path: '/kontaktpersoner/ny',
    name: 'contact-create',
    component: ContactCreatePage,
    meta: { titleKey: 'contacts.form.createTitle', requiresAuth: true, allow: (user) => canManageContacts(user) },
  },
  {
    path: '/kontaktpersoner/:id',
    name: 'contact-edit',
    component: ContactEditPage,
    props: true,
    meta: { titleKey: 'contacts.form.editTitle', requiresAuth: true, allow: (user) => canManageContacts(user) },
  },
  // Partnerships: everyone reads them; coordinators and the editors of their libraries manage them
  // (the pages check which library, the API decides).
  {
    path: '/byg-partnerskaber',
    name: 'build-partnerships',
    component: BuildPartnershipsPage,
    meta: { titleKey: 'buildPartnerships.title' },
  },
  { path: '/partnerskaber', name: 'partnerships', component: PartnershipListPage, meta: { titleKey: 'partnerships.title' } },
  {
    path: '/partnerskaber/ny',
    name: 'partnership-create',
    component: PartnershipCreatePage,
    meta: { titleKey: 'partnerships.form.createTitle', requiresAuth: true, allow: (user) => canCreatePartnership(user) },
  },
  {
    path: '/partnerskaber/:id',
    name: 'partnership',
    component: PartnershipDetailPage,
    props: true,
    meta: { titleKey: 'partnerships.detail.titleFallback' },
  },
  {
    path: '/partnerskaber/:id/rediger',
    name: 'partnership-edit',
    component: PartnershipEditPage,
    props: true,
    meta: { titleKey: 'partnerships.form.editTitle', requiresAuth: true, allow: (user) => canCreatePartnership(user) },
  },
  {
    path: '/partnerskaber/:id/arbejdsbord',
    name: 'partnership-workbench',
    component: PartnershipWorkbenchPage,
    props: true,
    meta: { titleKey: 'partnerships.workbench.title', requiresAuth: true },
  },
  {
    path: '/partnerskaber/:id/plan',
    name: 'partnership-plan',
    component: PartnershipPlanPage,
    props: true,
    meta: { titleKey: 'partnerships.plan.title' },
  },
  {
    path: '/netvaerksmoeder',
    name: 'network-meetings',
    component: NetworkMeetingListPage,
    meta: { titleKey: 'networkMeetings.title' },
  },
  {
    path: '/netvaerksmoeder/:id',
    name: 'network-meeting',
    component: NetworkMeetingDetailPage,
    props: true,
    meta: { titleKey: 'networkMeetings.titleFallback' },
  },
  { path: '/vaerktoejskassen', name: 'toolbox', component: ToolboxListPage, meta: { titleKey: 'toolbox.title' } },
  {
    path: '/vaerktoejskassen/:slug',
    name: 'toolbox-item',
    component: ToolboxItemPage,
    props: true,
    meta: { titleKey: 'toolbox.item.titleFallback' },
  },
  { path: '/guide', name: 'guide', component: GuidePage, meta: { titleKey: 'guide.title' } },
  {
    path: '/guide/:slug',
    name: 'guide-chapter',
    component: GuideChapterPage,
    props: true,
    meta: { titleKey: 'guide.chapter.titleFallback' },
  },
  { path: '/gode-eksempler', name: 'cases', component: CaseListPage, meta: { titleKey: 'cases.title' } },
  {
    path: '/gode-eksempler/:slug',
    name: 'case',
    component: CaseDetailPage,
    props: true,
    meta: { titleKey: 'cases.detail.titleFallback' },
  },
  { path: '/projekter', name: 'projects', component: ProjectListPage, meta: { titleKey: 'projects.title' } },
  {
    path: '/projekter/:slug',
    name: 'project',
    component: ProjectDetailPage,
    props: true,
    meta: { titleKey: 'projects.detail.titleFallback' },
  },
  { path: '/partnere', name: 'partners', component: PartnerListPage, meta: { titleKey: 'partners.title' } },
  {
    path: '/partnere/:id',
    name: 'partner',
    component: PartnerDetailPage,
    props: true,
    meta: { titleKey: 'partners.detail.titleFallback' },
  },
  { path: '/soeg', name: 'search', component: SearchPage, meta: { titleKey: 'search.title' } },
  { path: '/log-ind', name: 'login', component: LoginPage, meta: { titleKey: 'login.title', guestOnly: true } },
  {
    path: '/min-konto/adgangskode',
    name: 'change-password',
    component: ChangePasswordPage,
    meta: { titleKey: 'password.title', requiresAuth: true },
  },
  {
    path: '/admin',
    component: AdminLayout,
    meta: { titleKey: 'admin.title', requiresRole: ADMIN_AREA_ROLES },
    children: [
      { path: '', name: 'admin', component: AdminHomePage, meta: { titleKey: 'admin.title' } },
      {
        path: 'biblioteker',
        name: 'admin-libraries',
        component: AdminLibraryListPage,
        meta: { titleKey: 'adminLibraries.title' },
      },
      {
        path: 'biblioteker/ny',
        name: 'library-create',
        component: LibraryCreatePage,
        meta: { titleKey: 'libraryForm.createTitle' },
      },
      {
        path: 'temaer',
        name: 'admin-themes',
        component: AdminThemeListPage,
        meta: { titleKey: 'themeAdmin.title' },
      },
      {
        path: 'temaer/ny',
        name: 'theme-create',
        component: ThemeCreatePage,
        meta: { titleKey: 'themeAdmin.createTitle' },
      },
      {
        path: 'temaer/:id',
        name: 'theme-edit',
        component: ThemeEditPage,
        props: true,
        meta: { titleKey: 'themeAdmin.editTitle' },
      },
      {
        path: 'temaer/:id/tilmeldinger',
        name: 'admin-theme-participations',
        component: ThemeParticipationsPage,
        props: true,
        meta: { titleKey: 'signup.admin.title' },
      },
      {
        path: 'partnere',
        name: 'admin-partners',
        component: AdminPartnerListPage,
        meta: { titleKey: 'partnerAdmin.title' },
      },
      {
        path: 'partnere/ny',
        name: 'partner-create',
        component: PartnerCreatePage,
        meta: { titleKey: 'partnerAdmin.createTitle' },
      },
      {
        path: 'partnere/:id',
        name: 'partner-edit',
        component: PartnerEditPage,
        props: true,
        meta: { titleKey: 'partnerAdmin.editTitle' },
      },
      {
        path: 'vaerktoejskassen',
        name: 'admin-toolbox',
        component: AdminToolboxListPage,
        meta: { titleKey: 'toolboxAdmin.title' },
      },
      {
        path: 'vaerktoejskassen/ny',
        name: 'toolbox-item-create',
        component: ToolboxItemCreatePage,
        meta: { titleKey: 'toolboxAdmin.createTitle' },
      },
      {
        path: 'vaerktoejskassen/:id',
        name: 'toolbox-item-edit',
        component: ToolboxItemEditPage,
        props: true,
        meta: { titleKey: 'toolboxAdmin.editTitle' },
      },
      {
        path: 'guide',
        name: 'admin-guide',
        component: AdminGuideListPage,
        meta: { titleKey: 'guideAdmin.title' },
      },
      {
        path: 'guide/ny',
        name: 'guide-chapter-create',
        component: GuideChapterCreatePage,
        meta: { titleKey: 'guideAdmin.createTitle' },
      },
      {
        path: 'guide/:id',
        name: 'guide-chapter-edit',
        component: GuideChapterEditPage,
        props: true,
        meta: { titleKey: 'guideAdmin.editTitle' },
      },
      {
        path: 'gode-eksempler',
        name: 'admin-cases',
        component: AdminCaseListPage,
        meta: { titleKey: 'caseAdmin.title' },
      },
      {
        path: 'gode-eksempler/ny',
        name: 'case-create',
        component: CaseCreatePage,
        meta: { titleKey: 'caseAdmin.createTitle' },
      },
      {
        path: 'gode-eksempler/:id',
        name: 'case-edit',
        component: CaseEditPage,
        props: true,
        meta: { titleKey: 'caseAdmin.editTitle' },
      },
      {
        path: 'projekter',
        name: 'admin-projects',
        component: AdminProjectListPage,
        meta: { titleKey: 'projectAdmin.title' },
      },
      {
        path: 'projekter/ny',
        name: 'project-create',
        component: ProjectCreatePage,
        meta: { titleKey: 'projectAdmin.createTitle' },
      },
      {
        path: 'projekter/:id',
        name: 'project-edit',
        component: ProjectEditPage,
        props: true,
        meta: { titleKey: 'projectAdmin.editTitle' },
      },
      {
        path: 'netvaerksmoeder',
        name: 'admin-network-meetings',
        component: AdminNetworkMeetingListPage,
        meta: { titleKey: 'networkMeetings.admin.title' },
      },
      {
        path: 'netvaerksmoeder/ny',
        name: 'network-meeting-create',
        component: NetworkMeetingCreatePage,
        meta: { titleKey: 'networkMeetings.admin.createTitle' },
      },
      {
        path: 'netvaerksmoeder/:id',
        name: 'network-meeting-edit',
        component: NetworkMeetingEditPage,
        props: true,
        meta: { titleKey: 'networkMeetings.admin.editTitle' },
      },
      {
        path: 'maal',
        name: 'admin-goal',
        component: GoalAdminPage,
        meta: { titleKey: 'goalAdmin.title' },
      },
      {
        path: 'brugere',
        name: 'admin-users',
        component: UserListPage,
        meta: { titleKey: 'users.title', requiresRole: ADMIN_ONLY },
      },
      {
        path: 'brugere/ny',
        name: 'user-create',
        component: UserCreatePage,
        meta: { titleKey: 'userForm.createTitle', requiresRole: ADMIN_ONLY },
      },
      {
        path: 'brugere/:id',
        name: 'user-edit',
        component: UserEditPage,
        props: true,
        meta: { titleKey: 'userForm.editTitle', requiresRole: ADMIN_ONLY },
      },
      {
        path: 'tokens',
        name: 'admin-tokens',
        component: TokenListPage,
        meta: { titleKey: 'tokens.title', requiresRole: ADMIN_ONLY },
      },
      {
        path: 'tokens/ny',
        name: 'token-create',
        component: TokenCreatePage,
        meta: { titleKey: 'tokenForm.title', requiresRole: ADMIN_ONLY },
      },
      {
        path: 'webhooks',
        name: 'admin-webhooks',
        component: WebhookListPage,
        meta: { titleKey: 'webhooks.title', requiresRole: ADMIN_ONLY },
      },
      {
        path: 'webhooks/ny',
        name: 'webhook-create',
        component: WebhookCreatePage,
        meta: { titleKey: 'webhookForm.createTitle', requiresRole: ADMIN_ONLY },
      },
      {
        path: 'webhooks/:id',
        name: 'webhook-edit',
        component: WebhookEditPage,
        props: true,
        meta: { titleKey: 'webhookForm.editTitle', requiresRole: ADMIN_ONLY },
      },
      {
        path: 'webhooks/:id/leverancer',
        name: 'webhook-deliveries',
        component: WebhookDeliveriesPage,
        props: true,
        meta: { titleKey: 'webhookDeliveries.title', requiresRole: ADMIN_ONLY },
      },
      {
        path: 'log',
        name: 'admin-audit',
        component: AuditLogPage,
        meta: { titleKey: 'audit.title', requiresRole: ADMIN_ONLY },
      },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { titleKey: 'notFound.title' } },
  // Only reached by name (from the access guard): same URL as asked for, "no access" content.
  {
    path: '/:forbiddenPath(.*)*',
    name: 'forbidden',
    component: ForbiddenPage,
    meta: { titleKey: 'forbidden.title' },
  },
]

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, from, savedPosition) {
      if (savedPosition) return savedPosition
      // The first page opens at the top by itself: scrolling there would only force a layout.
      if (from === START_LOCATION) return false
      if (to.path !== from.path) return { top: 0 }
      // Only the query changed (filters, paging): stay where the user is.
      return false
    },
  })

  router.beforeEach((to, from) => {
    if (to.path !== from.path) setPageTitle(null)
  })
  router.beforeEach(authGuard)
  // Staff see texts that visitors never load: fetched before a staff page, or any page once signed in.
  router.beforeResolve(async (to) => {
    if (isSignedIn() || to.matched.some((record) => record.meta.requiresAuth || record.meta.requiresRole)) {
      await loadStaffTexts()
    }
  })

  // The server ended the session (401 while signed in): sign in again, then come back here.
  onSessionExpired(() => {
    const current = router.currentRoute.value
    if (current.name === 'login') return
    void router.push(loginLocation(current))
  })

  return router
}
