import type { FieldError, Problem } from '@/api/client'
import type { Translate } from '@/i18n'
import { withContractErrors } from '@/shared/components/form/contractRules'
import type { IsoWeek, MaterialKind, MilestoneKind, Season, ThemeInput } from '@/api/types'
import { collectFieldErrors, nextRowKey, optional, type ContentErrors } from '@/shared/components/form/contentForm'
import { parseFieldPath } from '@/shared/components/form/formErrors'
import { isoWeekSpan } from '@/shared/time/weeks'
import type { ThemeView } from './themeAdminApi'

/** The two seasons, in the order the select lists them. */
const SEASON_ORDER: Record<Season, true> = { SPRING: true, AUTUMN: true }
export const SEASONS = Object.keys(SEASON_ORDER) as Season[]

/** Every milestone kind, in the order the select lists them (the Record keeps it complete). */
const MILESTONE_KIND_ORDER: Record<MilestoneKind, true> = {
  IDEA_WORKSHOP: true,
  IDEA_CATALOGUE: true,
  GRAPHIC_PACKAGE: true,
  NETWORK_MEETING: true,
  SIGNUP: true,
  EVALUATION: true,
  OTHER: true,
}
export const MILESTONE_KINDS = Object.keys(MILESTONE_KIND_ORDER) as MilestoneKind[]

const MATERIAL_KIND_ORDER: Record<MaterialKind, true> = { IDEA_CATALOGUE: true, GRAPHIC_PACKAGE: true, LINK: true, OTHER: true }
export const MATERIAL_KINDS = Object.keys(MATERIAL_KIND_ORDER) as MaterialKind[]

/** The most rows the API takes per list (partners, milestones, materials). */
export const MAX_ROWS = 50

/** Rows carry a key of their own so Vue keeps each row's inputs when one above is removed. */
export interface PartnerRow {
  key: number
  /** Partner id as the select holds it; '' before one is chosen. */
  partnerId: string
  role: string
}

export interface MilestoneRow {
  key: number
  /** A MilestoneKind, or '' before one is chosen. */
  kind: string
  title: string
  dueOn: string
  description: string
}

export interface MaterialRow {
  key: number
  /** A MaterialKind, or '' before one is chosen. */
  kind: string
  title: string
  url: string
  description: string
}

/** What the theme form edits: every field as the inputs hold it. */
export interface ThemeFormValues {
  number: string
  title: string
  slug: string
  summary: string
  description: string
  /** A Season, or '' before one is chosen. */
  season: string
  year: string
  /** The first and last week's number; their years follow from the theme's year (see themeWeekSpan). */
  startWeek: string
  endWeek: string
  /** The chosen peak weeks as week keys ("2027-W14", see weekKey). */
  peakWeeks: string[]
  signupOpensOn: string
  signupDeadline: string
  /** Focus area codes. */
  focusAreas: string[]
  partners: PartnerRow[]
  milestones: MilestoneRow[]
  materials: MaterialRow[]
  imageUrl: string
}

export function newPartnerRow(): PartnerRow {
  return { key: nextRowKey(), partnerId: '', role: '' }
}

export function newMilestoneRow(): MilestoneRow {
  return { key: nextRowKey(), kind: '', title: '', dueOn: '', description: '' }
}

export function newMaterialRow(): MaterialRow {
  return { key: nextRowKey(), kind: '', title: '', url: '', description: '' }
}

export function emptyThemeValues(): ThemeFormValues {
  return {
    number: '',
    title: '',
    slug: '',
    summary: '',
    description: '',
    season: '',
    year: '',
    startWeek: '',
    endWeek: '',
    peakWeeks: [],
    signupOpensOn: '',
    signupDeadline: '',
    focusAreas: [],
    partners: [],
    milestones: [],
    materials: [],
    imageUrl: '',
  }
}

// ---- ISO weeks -------------------------------------------------------------------------------

/** "2027-W04": sorts like the weeks themselves. */
export function weekKey(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`
}

export function parseWeekKey(key: string): IsoWeek | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(key)
  return match ? { year: Number(match[1]), week: Number(match[2]) } : null
}

function wholeNumber(text: string): number | null {
  const value = text.trim()
  return /^\d{1,9}$/.test(value) ? Number(value) : null
}

/**
 * The theme's first and last week from its year and the two week numbers, as staff say it ("uge
 * 12-17, 2027"). A span across New Year lies around the season's year: an autumn theme ends in the
 * next year ("uge 46-3, 2026"), a spring theme begins in the year before ("uge 50-14, 2027").
 */
export function themeWeekSpan(values: Pick<ThemeFormValues, 'year' | 'season' | 'startWeek' | 'endWeek'>): { start: IsoWeek; end: IsoWeek } | null {
  const year = wholeNumber(values.year)
  const first = wholeNumber(values.startWeek)
  const last = wholeNumber(values.endWeek)
  if (year === null || first === null || last === null) return null
  if (first <= last) return { start: { year, week: first }, end: { year, week: last } }
  return values.season === 'SPRING'
    ? { start: { year: year - 1, week: first }, end: { year, week: last } }
    : { start: { year, week: first }, end: { year: year + 1, week: last } }
}

/** "Uge 37–42, 2050", or across New Year "Uge 50, 2026 – uge 3, 2027". */
export function weekSpanLabel(start: IsoWeek, end: IsoWeek, t: Translate): string {
  return start.year === end.year
    ? t('themeAdmin.spanSameYear', { start: String(start.week), end: String(end.week), year: String(start.year) })
    : t('themeAdmin.spanAcrossYears', {
        startWeek: String(start.week),
        startYear: String(start.year),
        endWeek: String(end.week),
        endYear: String(end.year),
      })
}

/**
 * The weeks a peak week can be chosen from: the theme's span, plus any chosen week outside it
 * (after the span was changed), so nothing chosen disappears unseen; the API then says it is outside.
 */
export function peakWeekChoices(values: Pick<ThemeFormValues, 'year' | 'season' | 'startWeek' | 'endWeek' | 'peakWeeks'>): IsoWeek[] {
  const span = themeWeekSpan(values)
  const keys = new Set((span ? isoWeekSpan(span.start, span.end).slice(0, 54) : []).map(weekKey))
  for (const key of values.peakWeeks) if (parseWeekKey(key)) keys.add(key)
  return [...keys].sort().map((key) => parseWeekKey(key) as IsoWeek)
}

/** The chosen peak weeks in week order: the order they are sent in (and errors are numbered by). */
export function sortedPeakWeeks(values: Pick<ThemeFormValues, 'peakWeeks'>): IsoWeek[] {
  return [...new Set(values.peakWeeks)]
    .sort()
    .map(parseWeekKey)
    .filter((w): w is IsoWeek => w !== null)
}

// ---- view <-> form <-> input -----------------------------------------------------------------

export function themeValues(view: ThemeView): ThemeFormValues {
  return {
    number: String(view.number),
    title: view.title,
    slug: view.slug,
    summary: view.summary,
    description: view.description,
    season: view.season,
    year: String(view.year),
    startWeek: String(view.startWeek.week),
    endWeek: String(view.endWeek.week),
    peakWeeks: view.peakWeeks.map(weekKey).sort(),
    signupOpensOn: view.signupOpensOn ?? '',
    signupDeadline: view.signupDeadline,
    focusAreas: view.focusAreas.map((f) => f.code),
    partners: view.partners.map((p) => ({ key: nextRowKey(), partnerId: String(p.partner.id), role: p.role })),
    milestones: view.milestones.map((m) => ({
      key: nextRowKey(),
      kind: m.kind,
      title: m.title,
      dueOn: m.dueOn,
      description: m.description ?? '',
    })),
    materials: view.materials.map((m) => ({
      key: nextRowKey(),
      kind: m.kind,
      title: m.title,
      url: m.url,
      description: m.description ?? '',
    })),
    imageUrl: view.imageUrl ?? '',
  }
}

/** Why the browser cannot build the request from a field (see checkThemeValues). */
export type LocalProblem = 'required' | 'wholeNumber' | 'choose'

/**
 * Checks the browser makes before sending: only what the request cannot be built without
 * (numbers, the choices of a select, dates). Everything else is the API's to judge. Fields are
 * named as the API names them, so both kinds of error reach the same place in the form.
 */
export function checkThemeValues(values: ThemeFormValues, message: (problem: LocalProblem) => string): FieldError[] {
  const errors: FieldError[] = []
  const add = (field: string, problem: LocalProblem) => errors.push({ field, message: message(problem) })
  const number = (field: string, text: string) => {
    if (text.trim() === '') add(field, 'required')
    else if (wholeNumber(text) === null) add(field, 'wholeNumber')
  }
  number('number', values.number)
  if (!(SEASONS as string[]).includes(values.season)) add('season', 'choose')
  number('year', values.year)
  number('startWeek', values.startWeek)
  number('endWeek', values.endWeek)
  if (values.signupDeadline.trim() === '') add('signupDeadline', 'required')
  values.partners.forEach((row, i) => {
    if (wholeNumber(row.partnerId) === null) add(`partners[${i}].partnerId`, 'choose')
  })
  values.milestones.forEach((row, i) => {
    if (!(MILESTONE_KINDS as string[]).includes(row.kind)) add(`milestones[${i}].kind`, 'choose')
    if (row.dueOn.trim() === '') add(`milestones[${i}].dueOn`, 'required')
  })
  values.materials.forEach((row, i) => {
    if (!(MATERIAL_KINDS as string[]).includes(row.kind)) add(`materials[${i}].kind`, 'choose')
  })
  return errors
}

/** Everything the API would refuse in the form, at once: the form's own checks and the contract's rules. */
export function themeFormErrors(values: ThemeFormValues, t: Translate): FieldError[] {
  return withContractErrors(checkThemeValues(values, (p) => t(`themeAdmin.local.${p}`)), 'ThemeInput', toThemeInput(values), t)
}

/**
 * The PUT/POST body, once checkThemeValues found nothing. An empty slug is left out, so the API
 * makes one from the title. Peak weeks go in week order.
 */
export function toThemeInput(values: ThemeFormValues): ThemeInput {
  // checkThemeValues has made sure of the numbers; without them the weeks are left for the API to refuse.
  const span = themeWeekSpan(values) ?? { start: { year: 0, week: 0 }, end: { year: 0, week: 0 } }
  return {
    number: Number(values.number.trim()),
    title: values.title.trim(),
    slug: optional(values.slug),
    summary: values.summary.trim(),
    description: values.description.trim() === '' ? null : values.description,
    season: values.season as Season,
    year: Number(values.year.trim()),
    startWeek: span.start,
    endWeek: span.end,
    peakWeeks: sortedPeakWeeks(values),
    signupOpensOn: optional(values.signupOpensOn),
    signupDeadline: values.signupDeadline.trim(),
    focusAreas: [...values.focusAreas],
    partners: values.partners.map((row) => ({ partnerId: Number(row.partnerId), role: row.role.trim() })),
    milestones: values.milestones.map((row) => ({
      kind: row.kind as MilestoneKind,
      title: row.title.trim(),
      dueOn: row.dueOn.trim(),
      description: optional(row.description),
    })),
    materials: values.materials.map((row) => ({
      kind: row.kind as MaterialKind,
      title: row.title.trim(),
      url: row.url.trim(),
      description: optional(row.description),
    })),
    imageUrl: optional(values.imageUrl),
  }
}

// ---- field errors ----------------------------------------------------------------------------

/** The form's single fields, top to bottom. */
export const THEME_FIELDS = [
  'number',
  'title',
  'slug',
  'summary',
  'description',
  'season',
  'year',
  'startWeek',
  'endWeek',
  'peakWeeks',
  'signupOpensOn',
  'signupDeadline',
  'focusAreas',
  'partners',
  'milestones',
  'materials',
  'imageUrl',
] as const

export type RowList = 'partners' | 'milestones' | 'materials'

/** The inputs of one row of each repeatable list, left to right. */
export const ROW_FIELDS = {
  partners: ['partnerId', 'role'],
  milestones: ['kind', 'title', 'dueOn', 'description'],
  materials: ['kind', 'title', 'url', 'description'],
} as const satisfies Record<RowList, readonly string[]>

const ROW_LISTS = Object.keys(ROW_FIELDS) as RowList[]

/**
 * Which place in the form shows an API field error: a single field from THEME_FIELDS, a row's
 * input ("milestones.0.title"), or a whole list ("milestones"). Null when the form has no such place.
 */
export function themeErrorKey(field: string): string | null {
  const { root, index, leaf } = parseFieldPath(field)
  // The week fields answer for the week's year too: it follows from the theme's year.
  if (root === 'startWeek' || root === 'endWeek') return root
  if ((ROW_LISTS as string[]).includes(root)) {
    const list = root as RowList
    if (index !== null && leaf !== null && (ROW_FIELDS[list] as readonly string[]).includes(leaf)) return `${list}.${index}.${leaf}`
    return list
  }
  return (THEME_FIELDS as readonly string[]).includes(root) ? root : null
}

export type ThemeErrors = ContentErrors

/**
 * Maps a problem's field errors onto the theme form. `describe` may name a list item that has no
 * input of its own (a peak week, a focus area), so its message says which one it is about.
 */
export function mapThemeErrors(
  problem: Problem | null | undefined,
  describe: (root: string, index: number) => string | null = () => null,
): ThemeErrors {
  return collectFieldErrors(problem, themeErrorKey, THEME_FIELDS, ROW_FIELDS, (error, key) => {
    const { root, index } = parseFieldPath(error.field)
    const about = index !== null && !key.includes('.') ? describe(root, index) : null
    return about ? `${about}: ${error.message.trim()}` : error.message
  })
}

/** The id of the element that shows an error key (inputs and list containers follow this rule). */
export function themeFieldId(key: string): string {
  return `theme-${key.replace(/\./g, '-')}`
}
