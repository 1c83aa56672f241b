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

/** Every role, in the order the UI lists them. */
export const ROLES = ['EDITOR', 'COORDINATOR', 'ADMIN'] as const satisfies readonly Role[]
/** Every token scope, in the order the UI lists them. */
export const TOKEN_SCOPES = ['read-private', 'write'] as const satisfies readonly TokenScope[]
