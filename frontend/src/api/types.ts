import type { components, operations } from './schema'

type Schemas = components['schemas']

export type LibrarySummary = Schemas['LibrarySummary']
export type LibraryView = Schemas['LibraryView']
export type LibraryPage = Schemas['LibraryPage']
export type Region = Schemas['Region']
export type Municipality = Schemas['Municipality']

/** Query parameters of GET /api/libraries, as generated from the contract. */
export type LibraryListQuery = NonNullable<operations['listLibraries']['parameters']['query']>

export type LibraryInput = Schemas['LibraryInput']
export type LibraryRef = Schemas['LibraryRef']

export type Role = Schemas['Role']
export type SessionView = Schemas['SessionView']
export type CurrentUser = Schemas['CurrentUserView']

export type AuditEvent = Schemas['AuditEventView']
export type AuditPage = Schemas['AuditPage']
export type FieldChange = Schemas['FieldChange']
/** Query parameters of GET /api/audit. */
export type AuditQuery = NonNullable<operations['listAuditEvents']['parameters']['query']>

export type UserSummary = Schemas['UserSummary']
export type UserView = Schemas['UserView']
export type UserPage = Schemas['UserPage']
export type UserInput = Schemas['UserInput']
/** Query parameters of GET /api/users. */
export type UserListQuery = NonNullable<operations['listUsers']['parameters']['query']>

export type TokenView = Schemas['TokenView']
export type TokenPage = Schemas['TokenPage']
export type TokenInput = Schemas['TokenInput']
export type TokenCreated = Schemas['TokenCreated']
export type TokenScope = Schemas['TokenScope']
/** Query parameters of GET /api/tokens. */
export type TokenListQuery = NonNullable<operations['listTokens']['parameters']['query']>

export type Reference = Schemas['Reference']

export type ThemeSummary = Schemas['ThemeSummary']
export type ThemeView = Schemas['ThemeView']
export type ThemePage = Schemas['ThemePage']
export type ThemeStatus = Schemas['ThemeStatus']
export type FocusArea = Schemas['FocusArea']
export type ThemeInput = Schemas['ThemeInput']
export type IsoWeek = Schemas['IsoWeek']
export type Season = Schemas['Season']
export type MilestoneKind = Schemas['MilestoneKind']
export type MaterialKind = Schemas['MaterialKind']
export type MilestoneInput = Schemas['MilestoneInput']
export type MaterialInput = Schemas['MaterialInput']
export type PartnerRole = Schemas['PartnerRole']
/** Query parameters of GET /api/themes. */
export type ThemeListQuery = NonNullable<operations['listThemes']['parameters']['query']>

export type PartnerView = Schemas['PartnerView']
export type PartnerPage = Schemas['PartnerPage']
export type PartnerInput = Schemas['PartnerInput']
export type PartnerType = Schemas['PartnerType']
/** Query parameters of GET /api/partners. */
export type PartnerListQuery = NonNullable<operations['listPartners']['parameters']['query']>

export type Channel = Schemas['Channel']
export type ParticipationState = Schemas['ParticipationState']
export type ParticipationView = Schemas['ParticipationView']
export type Confirmation = Schemas['Confirmation']
export type ParticipationPage = Schemas['ParticipationPage']
export type ParticipationInput = Schemas['ParticipationInput']
export type ParticipationUpdate = Schemas['ParticipationUpdate']
/** Query parameters of GET /api/themes/{id}/participations. */
export type ThemeParticipationQuery = NonNullable<operations['listThemeParticipations']['parameters']['query']>

export type ContactView = Schemas['ContactView']
export type ContactInput = Schemas['ContactInput']
export type ContactPage = Schemas['ContactPage']
/** Query parameters of GET /api/contacts. */
export type ContactListQuery = NonNullable<operations['listContacts']['parameters']['query']>

export type ToolboxItemSummary = Schemas['ToolboxItemSummary']

export type ActivityView = Schemas['ActivityView']
export type ActivityInput = Schemas['ActivityInput']
export type ActivityPage = Schemas['ActivityPage']
export type Audience = Schemas['Audience']
/** Query parameters of GET /api/activities. */
export type ActivityListQuery = NonNullable<operations['listActivities']['parameters']['query']>
/** Query parameters of GET /api/participations/{id}/activities. */
export type ParticipationActivityQuery = NonNullable<operations['listParticipationActivities']['parameters']['query']>

export type GoalView = Schemas['GoalView']
export type GoalInput = Schemas['GoalInput']
export type GoalProgress = Schemas['GoalProgress']
export type HomeView = Schemas['HomeView']
export type LibraryCounts = Schemas['LibraryCounts']

export type MilestoneView = Schemas['MilestoneView']

export type NetworkMeetingView = Schemas['NetworkMeetingView']
export type NetworkMeetingSummary = Schemas['NetworkMeetingSummary']
export type NetworkMeetingPage = Schemas['NetworkMeetingPage']
export type NetworkMeetingInput = Schemas['NetworkMeetingInput']
export type IdeaInput = Schemas['IdeaInput']
export type IdeaView = Schemas['IdeaView']
export type ThemeRef = Schemas['ThemeRef']
/** Query parameters of GET /api/network-meetings. */
export type NetworkMeetingListQuery = NonNullable<operations['listNetworkMeetings']['parameters']['query']>

export type RegionCoverage = Schemas['RegionCoverage']
/** One region's coverage, or the whole country's (without region). */
export type CoverageRow = Schemas['Row']
export type ActivityTotals = Schemas['ActivityTotals']
export type ActivityFigures = Schemas['Figures']
export type ChannelFigures = Schemas['ByChannel']

export type PartnerInvolvement = Schemas['PartnerInvolvement']
export type PartnerContact = Schemas['ContactView']

export type CaseView = Schemas['CaseView']
export type CaseInput = Schemas['CaseInput']
export type CasePage = Schemas['CasePage']
export type CaseSummary = Schemas['CaseSummary']
/** Query parameters of GET /api/cases. */
export type CaseListQuery = NonNullable<operations['listCases']['parameters']['query']>

export type GuideChapterView = Schemas['Chapter']
export type GuideChapterInput = Schemas['GuideChapterInput']
export type ChapterSummary = Schemas['ChapterSummary']
export type Guide = Schemas['Guide']
export type ChecklistStep = Schemas['ChecklistStep']

export type ContactRef = Schemas['ContactRef']

export type PartnershipStatus = Schemas['PartnershipStatus']
export type PartnershipSummary = Schemas['PartnershipSummary']
export type PartnershipView = Schemas['PartnershipView']
export type PartnershipPage = Schemas['PartnershipPage']
export type PartnershipInput = Schemas['PartnershipInput']
export type TransitionInput = Schemas['TransitionInput']
export type PhaseView = Schemas['PhaseView']
export type Workbench = Schemas['Workbench']
export type Step = Schemas['Step']
export type Transition = Schemas['Transition']
/** Query parameters of GET /api/partnerships. */
export type PartnershipListQuery = NonNullable<operations['listPartnerships']['parameters']['query']>

export type ProjectView = Schemas['ProjectView']
export type ProjectInput = Schemas['ProjectInput']
export type ProjectSummary = Schemas['ProjectSummary']
export type DocumentKind = Schemas['DocumentKind']
export type ContactSummary = Schemas['ContactPage']['items'][number]
export type ProjectDocument = Schemas['DocumentView']

export type ToolboxItemView = Schemas['ToolboxItemView']
export type ToolboxItemInput = Schemas['ToolboxItemInput']
export type ToolboxPage = Schemas['ToolboxPage']
export type ToolboxKind = Schemas['ToolboxKind']
export type ToolboxHeading = Schemas['ToolboxHeading']
export type TagCount = Schemas['TagCount']
export type FileView = Schemas['FileView']
export type AttachmentRef = Schemas['AttachmentRef']
export type ChapterRef = Schemas['ChapterRef']
/** Query parameters of GET /api/toolbox. */
export type ToolboxListQuery = NonNullable<operations['listToolboxItems']['parameters']['query']>

export type WebhookView = Schemas['WebhookView']
export type WebhookPage = Schemas['WebhookPage']
export type WebhookInput = Schemas['WebhookInput']
export type WebhookCreated = Schemas['WebhookCreated']
export type WebhookDelivery = Schemas['WebhookDelivery']
export type WebhookDeliveryPage = Schemas['WebhookDeliveryPage']
/** Query parameters of GET /api/webhooks. */
export type WebhookListQuery = NonNullable<operations['listWebhooks']['parameters']['query']>
/** Query parameters of GET /api/webhooks/{id}/deliveries. */
export type WebhookDeliveryQuery = NonNullable<operations['listWebhookDeliveries']['parameters']['query']>
/** A resource type the change feed follows (the first half of a webhook's event type). */
export type ChangeType = Schemas['ChangeType']
/** What happened to it (the second half). */
export type ChangeAction = Schemas['ChangeView']['action']

/** Every role, in the order the UI lists them. */
export const ROLES = ['EDITOR', 'COORDINATOR', 'ADMIN'] as const satisfies readonly Role[]
/** Every token scope, in the order the UI lists them. */
export const TOKEN_SCOPES = ['read-private', 'write'] as const satisfies readonly TokenScope[]

/**
 * Every change-feed type, in the order the UI lists them (the keys' order). An object, so that the
 * compiler says so when the contract gains a type this list lacks.
 */
const CHANGE_TYPE_SET: { [T in ChangeType]: true } = {
  library: true,
  theme: true,
  participation: true,
  activity: true,
  'network-meeting': true,
  goal: true,
  partnership: true,
  partner: true,
  contact: true,
  project: true,
  case: true,
  'toolbox-item': true,
  'guide-chapter': true,
  attachment: true,
}
export const CHANGE_TYPES = Object.keys(CHANGE_TYPE_SET) as readonly ChangeType[]
/** Every change action, in the order the UI lists them. */
export const CHANGE_ACTIONS = ['created', 'updated', 'deleted'] as const satisfies readonly ChangeAction[]

export type SearchKind = Schemas['SearchKind']
export type SearchResults = Schemas['SearchResults']
export type SearchHit = Schemas['SearchHit']
export type SnippetPart = Schemas['SnippetPart']
export type SearchFacet = Schemas['SearchFacet']
export type SearchSuggestion = Schemas['SearchSuggestion']
export type SearchSuggestions = Schemas['SearchSuggestions']
/** Query parameters of GET /api/search. */
export type SearchQuery = NonNullable<operations['search']['parameters']['query']>
