import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'

// The administration's pages, registered in the app's router only when someone needs them (a signed-in
// user, or an address under /admin: addAdminRoutes in ../router.ts), so that a visitor's first page does
// not load their routes. Each is still its own chunk, loaded when it is opened.
const AdminCaseListPage = () => import('@/features/partnering/goodexamples/admin/AdminCaseListPage.vue')
const AdminGuideListPage = () => import('@/features/partnering/guide/admin/AdminGuideListPage.vue')
const AdminLibraryListPage = () => import('@/features/directory/libraries/admin/AdminLibraryListPage.vue')
const AdminNetworkMeetingListPage = () => import('@/features/collaboration/networkmeetings/admin/AdminNetworkMeetingListPage.vue')
const AdminPartnerListPage = () => import('@/features/directory/partners/admin/AdminPartnerListPage.vue')
const AdminProjectListPage = () => import('@/features/partnering/projects/admin/AdminProjectListPage.vue')
const AdminThemeListPage = () => import('@/features/collaboration/themes/admin/AdminThemeListPage.vue')
const AdminToolboxListPage = () => import('@/features/partnering/toolbox/admin/AdminToolboxListPage.vue')
const AuditLogPage = () => import('@/features/access/audit/AuditLogPage.vue')
const CaseCreatePage = () => import('@/features/partnering/goodexamples/admin/CaseCreatePage.vue')
const CaseEditPage = () => import('@/features/partnering/goodexamples/admin/CaseEditPage.vue')
const GoalAdminPage = () => import('@/features/collaboration/goal/GoalAdminPage.vue')
const GuideChapterCreatePage = () => import('@/features/partnering/guide/admin/GuideChapterCreatePage.vue')
const GuideChapterEditPage = () => import('@/features/partnering/guide/admin/GuideChapterEditPage.vue')
const LibraryCreatePage = () => import('@/features/directory/libraries/admin/LibraryCreatePage.vue')
const NetworkMeetingCreatePage = () => import('@/features/collaboration/networkmeetings/admin/NetworkMeetingCreatePage.vue')
const NetworkMeetingEditPage = () => import('@/features/collaboration/networkmeetings/admin/NetworkMeetingEditPage.vue')
const PartnerCreatePage = () => import('@/features/directory/partners/admin/PartnerCreatePage.vue')
const PartnerEditPage = () => import('@/features/directory/partners/admin/PartnerEditPage.vue')
const ProjectCreatePage = () => import('@/features/partnering/projects/admin/ProjectCreatePage.vue')
const ProjectEditPage = () => import('@/features/partnering/projects/admin/ProjectEditPage.vue')
const ThemeCreatePage = () => import('@/features/collaboration/themes/admin/ThemeCreatePage.vue')
const ThemeEditPage = () => import('@/features/collaboration/themes/admin/ThemeEditPage.vue')
const ThemeParticipationsPage = () => import('@/features/collaboration/participations/admin/ThemeParticipationsPage.vue')
const TokenCreatePage = () => import('@/features/access/tokens/TokenCreatePage.vue')
const TokenListPage = () => import('@/features/access/tokens/TokenListPage.vue')
const ToolboxItemCreatePage = () => import('@/features/partnering/toolbox/admin/ToolboxItemCreatePage.vue')
const ToolboxItemEditPage = () => import('@/features/partnering/toolbox/admin/ToolboxItemEditPage.vue')
const UserCreatePage = () => import('@/features/access/users/UserCreatePage.vue')
const UserEditPage = () => import('@/features/access/users/UserEditPage.vue')
const UserListPage = () => import('@/features/access/users/UserListPage.vue')
const WebhookCreatePage = () => import('@/features/integration/webhooks/WebhookCreatePage.vue')
const WebhookDeliveriesPage = () => import('@/features/integration/webhooks/WebhookDeliveriesPage.vue')
const WebhookEditPage = () => import('@/features/integration/webhooks/WebhookEditPage.vue')
const WebhookListPage = () => import('@/features/integration/webhooks/WebhookListPage.vue')

const ADMIN_ONLY: readonly Role[] = ['ADMIN']

/** The pages under /admin, beside its overview (which is always there: the menu links to it). */
export const adminRoutes: RouteRecordRaw[] = [
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
    meta: { titleKey: 'signupAdmin.title' },
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
]
