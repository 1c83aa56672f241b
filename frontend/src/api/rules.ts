// Generated from ../openapi.yaml by scripts/api-rules.mjs (npm run api-types): do not edit.

/** What the API requires of one field of a request body. */
export interface FieldRule {
  /** Must be given (and, for text, not blank). */
  required?: boolean
  maxLength?: number
  minLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  /** A regular expression the text must match somewhere (JSON Schema's pattern, unanchored). */
  pattern?: string
  /** An email address (format: email). */
  email?: boolean
  /** The schema (in INPUT_RULES) of a nested object. */
  object?: string
  /** The schema (in INPUT_RULES) of each item of a list of objects. */
  items?: string
}

/** The field rules of each request body, by schema name. */
export const INPUT_RULES = {
  ActivityInput: {
    title: { required: true, maxLength: 200 },
    description: { maxLength: 5000 },
    startsAt: { required: true },
    place: { maxLength: 200 },
    channel: { required: true },
    audience: { required: true },
    attendance: { minimum: 0, maximum: 10000000 },
    reach: { minimum: 0, maximum: 100000000 },
  },
  Answer: {
    question: { required: true, maxLength: 300 },
    answer: { required: true, maxLength: 4000 },
  },
  AttachmentRef: {
    attachmentId: { required: true, minimum: 1 },
    title: { required: true, maxLength: 200 },
  },
  CaseInput: {
    title: { required: true, maxLength: 200 },
    slug: { maxLength: 120, pattern: "^$|^[a-z0-9]+(-[a-z0-9]+)*$" },
    summary: { required: true, maxLength: 2000 },
    answers: { required: true, minItems: 5, maxItems: 5, items: 'Answer' },
    result: { maxLength: 10000 },
    libraryIds: { maxItems: 100 },
    partnerIds: { maxItems: 50 },
    themeIds: { maxItems: 20 },
    toolboxItemIds: { maxItems: 50 },
  },
  ChecklistInput: {
    done: { required: true },
  },
  ConfirmInput: {
    ids: { required: true, minItems: 1, maxItems: 500 },
  },
  ContactInput: {
    name: { required: true, maxLength: 200 },
    title: { maxLength: 200 },
    libraryId: { minimum: 1 },
    partnerId: { minimum: 1 },
    email: { maxLength: 254, email: true },
    phone: { maxLength: 30, pattern: "^\\+?[0-9 ]{8,20}$" },
  },
  Document: {
    kind: { required: true },
    title: { required: true, maxLength: 200 },
    attachmentId: { required: true, minimum: 1 },
  },
  GoalInput: {
    targetLibraries: { required: true, minimum: 1, maximum: 1000 },
    targetDate: { required: true },
  },
  GuideChapterInput: {
    number: { required: true, minimum: 1, maximum: 99 },
    title: { required: true, maxLength: 200 },
    slug: { maxLength: 120, pattern: "^$|^[a-z0-9]+(-[a-z0-9]+)*$" },
    summary: { maxLength: 1000 },
    body: { maxLength: 100000 },
  },
  IdeaInput: {
    text: { required: true, maxLength: 2000 },
    proposer: { maxLength: 200 },
    proposerLibraryId: { minimum: 1 },
    themeId: { minimum: 1 },
  },
  IsoWeek: {
    year: { required: true, minimum: 2000, maximum: 2100 },
    week: { required: true, minimum: 1, maximum: 53 },
  },
  LibraryInput: {
    name: { required: true, maxLength: 200, minLength: 2 },
    municipalityCode: { required: true, minimum: 100, maximum: 999 },
    libraryNumber: { required: true, maxLength: 6, pattern: "^7[0-9]{5}$" },
    street: { maxLength: 200 },
    postalCode: { maxLength: 4, pattern: "^[0-9]{4}$" },
    city: { maxLength: 100 },
    website: { maxLength: 500, pattern: "^https?://[^\\s]+\\.[^\\s]+$" },
    email: { maxLength: 254, email: true },
    phone: { maxLength: 21, pattern: "^\\+?[0-9 ]{8,20}$" },
  },
  Link: {
    title: { required: true, maxLength: 200 },
    url: { required: true, maxLength: 500, pattern: "^https?://[^\\s]+$" },
  },
  LoginInput: {
    email: { required: true, maxLength: 254 },
    password: { required: true, maxLength: 200 },
  },
  MaterialInput: {
    kind: { required: true },
    title: { required: true, maxLength: 200 },
    url: { required: true, maxLength: 500, pattern: "^https?://[^\\s]+\\.[^\\s]+$" },
    description: { maxLength: 2000 },
  },
  MilestoneInput: {
    kind: { required: true },
    title: { required: true, maxLength: 200 },
    dueOn: { required: true },
    description: { maxLength: 2000 },
  },
  NetworkMeetingInput: {
    title: { required: true, maxLength: 200 },
    startsAt: { required: true },
    hostLibraryId: { minimum: 1 },
    place: { required: true, maxLength: 300 },
    agenda: { maxLength: 20000 },
    minutes: { maxLength: 50000 },
    attendingLibraryIds: { required: true, maxItems: 200 },
    ideas: { required: true, maxItems: 200, items: 'IdeaInput' },
  },
  NewPasswordInput: {
    token: { required: true, maxLength: 100 },
    password: { required: true, maxLength: 200, minLength: 12 },
  },
  ParticipationInput: {
    libraryId: { required: true, minimum: 1 },
    channels: { required: true, minItems: 1, maxItems: 9 },
    focusAreas: { required: true, maxItems: 6 },
    networkLeadId: { minimum: 1 },
  },
  ParticipationUpdate: {
    state: { required: true },
    channels: { required: true, maxItems: 9 },
    focusAreas: { required: true, maxItems: 6 },
    networkLeadId: { minimum: 1 },
  },
  PartnerInput: {
    name: { required: true, maxLength: 200 },
    type: { required: true },
    website: { maxLength: 500, pattern: "^https?://[^\\s]+\\.[^\\s]+$" },
    description: { maxLength: 5000 },
  },
  PartnerRole: {
    partnerId: { required: true, minimum: 1 },
    role: { required: true, maxLength: 200 },
  },
  PartnerRole1: {
    partnerId: { required: true, minimum: 1 },
    role: { required: true, maxLength: 200 },
  },
  PartnerRole2: {
    partnerId: { required: true, minimum: 1 },
    role: { required: true, maxLength: 200 },
  },
  PartnershipInput: {
    title: { required: true, maxLength: 200 },
    purpose: { required: true, maxLength: 5000 },
    libraryIds: { required: true, minItems: 1, maxItems: 100 },
    partners: { required: true, maxItems: 50, items: 'PartnerRole' },
    themeIds: { maxItems: 20 },
    phase: { maxLength: 30 },
    leadContactId: { minimum: 1 },
    goals: { maxLength: 10000 },
    outcomes: { maxLength: 10000 },
    evaluation: { maxLength: 10000 },
    agreementAttachmentId: { minimum: 1 },
    files: { maxItems: 30, items: 'AttachmentRef' },
  },
  PasswordChangeInput: {
    currentPassword: { required: true, maxLength: 200 },
    newPassword: { required: true, maxLength: 200, minLength: 12 },
  },
  PasswordResetRequest: {
    email: { required: true, maxLength: 254, email: true },
  },
  ProjectInput: {
    name: { required: true, maxLength: 200 },
    slug: { maxLength: 120, pattern: "^$|^[a-z0-9]+(-[a-z0-9]+)*$" },
    summary: { required: true, maxLength: 2000 },
    description: { maxLength: 50000 },
    funder: { maxLength: 200 },
    lead: { maxLength: 200 },
    partners: { maxItems: 50, items: 'PartnerRole1' },
    contactIds: { maxItems: 50 },
    documents: { maxItems: 50, items: 'Document' },
  },
  ThemeInput: {
    number: { required: true, minimum: 1, maximum: 9999 },
    title: { required: true, maxLength: 200 },
    slug: { maxLength: 120, pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
    summary: { required: true, maxLength: 1000 },
    description: { maxLength: 50000 },
    season: { required: true },
    year: { required: true, minimum: 2000, maximum: 2100 },
    startWeek: { required: true, object: 'IsoWeek' },
    endWeek: { required: true, object: 'IsoWeek' },
    peakWeeks: { required: true, maxItems: 53, items: 'IsoWeek' },
    signupDeadline: { required: true },
    focusAreas: { required: true, maxItems: 6 },
    partners: { required: true, maxItems: 50, items: 'PartnerRole2' },
    milestones: { required: true, maxItems: 50, items: 'MilestoneInput' },
    materials: { required: true, maxItems: 50, items: 'MaterialInput' },
    imageUrl: { maxLength: 500, pattern: "^https?://[^\\s]+\\.[^\\s]+$" },
  },
  TokenInput: {
    name: { required: true, maxLength: 200 },
    scopes: { required: true, maxItems: 2 },
  },
  ToolboxItemInput: {
    kind: { required: true },
    title: { required: true, maxLength: 200 },
    slug: { maxLength: 120, pattern: "^$|^[a-z0-9]+(-[a-z0-9]+)*$" },
    summary: { required: true, maxLength: 1000 },
    body: { maxLength: 50000 },
    heading: { required: true },
    guideChapterId: { minimum: 1 },
    phases: { maxItems: 12 },
    tags: { maxItems: 20 },
    attachments: { maxItems: 20, items: 'AttachmentRef' },
    links: { maxItems: 20, items: 'Link' },
    source: { maxLength: 200 },
    year: { minimum: 1900, maximum: 2100 },
  },
  TransitionInput: {
    phase: { maxLength: 30 },
  },
  UserInput: {
    email: { required: true, maxLength: 254, email: true },
    displayName: { required: true, maxLength: 200 },
    roles: { required: true, minItems: 1, maxItems: 3 },
    libraryId: { minimum: 1 },
    password: { maxLength: 200, minLength: 12 },
  },
  WebhookInput: {
    url: { required: true, maxLength: 2000 },
    description: { maxLength: 500 },
    eventTypes: { required: true, minItems: 1, maxItems: 50 },
  },
} as const satisfies Record<string, Readonly<Record<string, FieldRule>>>

export type InputSchema = keyof typeof INPUT_RULES
