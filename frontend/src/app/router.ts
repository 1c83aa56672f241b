import {
  createRouter,
  createWebHistory,
  START_LOCATION,
  type RouteLocationNormalized,
  type RouteRecordRaw,
  type Router,
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
    /** A page for someone not signed in that speaks the staff's words (choosing a password): their texts first. */
    staffTexts?: boolean
  }
}

// The administration pages.
const AdminLayout = () => import('./admin/AdminLayout.vue')
const AdminHomePage = () => import('./admin/AdminHomePage.vue')
const LibraryEditPage = () => import('@/features/directory/libraries/admin/LibraryEditPage.vue')
const ChangePasswordPage = () => import('@/features/access/auth/ChangePasswordPage.vue')
const ForgotPasswordPage = () => import('@/features/access/auth/ForgotPasswordPage.vue')
const NewPasswordPage = () => import('@/features/access/auth/NewPasswordPage.vue')
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

/** The admin area's route: its pages are added under it (addAdminRoutes). */
const ADMIN_AREA = 'admin-area'
/** A page of the admin area that is there once its pages are. */
const ADMIN_PAGE = 'admin-libraries'

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
  { path: '/glemt-adgangskode', name: 'forgot-password', component: ForgotPasswordPage, meta: { titleKey: 'forgot.title', staffTexts: true } },
  // The links in mails: the secret follows # (never sent to a server).
  {
    path: '/ny-adgangskode',
    name: 'new-password',
    component: NewPasswordPage,
    props: { purpose: 'reset' },
    meta: { titleKey: 'newPassword.reset.heading', staffTexts: true },
  },
  { path: '/velkommen', name: 'welcome', component: NewPasswordPage, props: { purpose: 'invite' }, meta: { titleKey: 'newPassword.invite.heading', staffTexts: true } },
  {
    path: '/min-konto/adgangskode',
    name: 'change-password',
    component: ChangePasswordPage,
    meta: { titleKey: 'password.title', requiresAuth: true },
  },
  {
    path: '/admin',
    name: ADMIN_AREA,
    component: AdminLayout,
    meta: { titleKey: 'admin.title', requiresRole: ADMIN_AREA_ROLES },
    children: [
      { path: '', name: 'admin', component: AdminHomePage, meta: { titleKey: 'admin.title' } },
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

/**
 * Registers the administration's pages (admin/adminRoutes.ts) in this router, once. A visitor's pages
 * never need them; the app adds them for a signed-in user before it shows anything, and for an
 * address under /admin before the router decides where it leads.
 */
export async function addAdminRoutes(router: Router): Promise<void> {
  if (router.hasRoute(ADMIN_PAGE)) return
  const { adminRoutes } = await import('./admin/adminRoutes')
  for (const route of adminRoutes) router.addRoute(ADMIN_AREA, route)
}

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

  // An address under /admin before its pages are there: add them, then find where it leads.
  router.beforeEach(async (to) => {
    if (to.path.startsWith('/admin/') && !router.hasRoute(ADMIN_PAGE)) {
      await addAdminRoutes(router)
      return to.fullPath
    }
  })
  router.beforeEach((to, from) => {
    if (to.path !== from.path) setPageTitle(null)
  })
  router.beforeEach(authGuard)
  // Staff see texts and pages that visitors never load: fetched before a staff page, or any page once signed in.
  router.beforeResolve(async (to) => {
    if (isSignedIn() || to.matched.some((record) => record.meta.requiresAuth || record.meta.requiresRole)) {
      await Promise.all([loadStaffTexts(), addAdminRoutes(router)])
    } else if (to.meta.staffTexts) {
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
