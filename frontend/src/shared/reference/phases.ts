/**
 * The twelve phases of a partnership ("partnerskabets faser"), as stored in the
 * backend table partnership_phase. The API exposes phase codes only, so the names
 * live here, in the same order as in the guide.
 */
export const PARTNERSHIP_PHASES = [
  'NEED',
  'STRATEGY',
  'PARTNER_SEARCH',
  'FIRST_CONTACT',
  'EXPECTATIONS',
  'AGREEMENT',
  'PLANNING',
  'COMMUNICATION',
  'EXECUTION',
  'EVALUATION',
  'ANCHORING',
  'CLOSURE',
] as const

export type PartnershipPhase = (typeof PARTNERSHIP_PHASES)[number]

export interface PhaseInfo {
  code: PartnershipPhase
  /** 1-based position in the guide's order. */
  number: number
  da: string
  en: string
}

const NAMES: Record<PartnershipPhase, { da: string; en: string }> = {
  NEED: { da: 'Behov og idé', en: 'Need and idea' },
  STRATEGY: { da: 'Strategisk forankring', en: 'Strategic fit' },
  PARTNER_SEARCH: { da: 'Find partnere', en: 'Finding partners' },
  FIRST_CONTACT: { da: 'Første kontakt', en: 'First contact' },
  EXPECTATIONS: { da: 'Forventningsafstemning', en: 'Aligning expectations' },
  AGREEMENT: { da: 'Aftale', en: 'Agreement' },
  PLANNING: { da: 'Planlægning og organisering', en: 'Planning and organisation' },
  COMMUNICATION: { da: 'Kommunikation', en: 'Communication' },
  EXECUTION: { da: 'Gennemførelse', en: 'Carrying it out' },
  EVALUATION: { da: 'Evaluering', en: 'Evaluation' },
  ANCHORING: { da: 'Forankring', en: 'Anchoring' },
  CLOSURE: { da: 'Afslutning eller fornyelse', en: 'Closing or renewing' },
}

export const PHASES: readonly PhaseInfo[] = PARTNERSHIP_PHASES.map((code, i) => ({
  code,
  number: i + 1,
  ...NAMES[code],
}))

export function isPartnershipPhase(value: unknown): value is PartnershipPhase {
  return typeof value === 'string' && (PARTNERSHIP_PHASES as readonly string[]).includes(value)
}

/** The phase's name in the given locale ('da' or 'en'); unknown codes are returned as they are. */
export function phaseName(code: string, locale: string): string {
  if (!isPartnershipPhase(code)) return code
  return locale.startsWith('en') ? NAMES[code].en : NAMES[code].da
}

/** Phase codes in the guide's order; unknown codes go last, as they came. */
export function sortPhases(codes: readonly string[]): string[] {
  const rank = (code: string) => {
    const index = (PARTNERSHIP_PHASES as readonly string[]).indexOf(code)
    return index === -1 ? PARTNERSHIP_PHASES.length : index
  }
  return [...codes].sort((a, b) => rank(a) - rank(b))
}
