import { PHASES, phaseName } from '@/shared/reference/phases'
import type { PartnershipStatus, PhaseView } from './partnershipApi'

/** A phase of the process as the pages show it. */
export interface PhaseItem {
  code: string
  position: number
  name: string
}

/** A phase's name in the UI's language: the API's names where it gave them, else the toolbox's list. */
export function phaseLabel(phase: Pick<PhaseView, 'code'> & Partial<PhaseView>, locale: string): string {
  const fromApi = locale.startsWith('en') ? phase.nameEn : phase.nameDa
  return fromApi && fromApi.trim() !== '' ? fromApi : phaseName(phase.code, locale)
}

/**
 * The twelve phases in order. The workbench sends them with their names (preferred); elsewhere the
 * constant list from the toolbox is used.
 */
export function phaseItems(locale: string, fromApi: readonly PhaseView[] | null = null): PhaseItem[] {
  if (fromApi && fromApi.length > 0) {
    return [...fromApi]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ code: p.code, position: p.position, name: phaseLabel(p, locale) }))
  }
  return PHASES.map((p) => ({ code: p.code, position: p.number, name: phaseName(p.code, locale) }))
}

/**
 * The phase a move to this status proposes: the current phase while it belongs to that status (and
 * always when cancelling), else the status's first phase.
 */
export function proposedPhase(phases: readonly PhaseView[], current: Pick<PhaseView, 'code' | 'status'>, to: PartnershipStatus): PhaseView | null {
  if (to === 'CANCELLED' || current.status === to) return null
  return [...phases].sort((a, b) => a.position - b.position).find((p) => p.status === to) ?? null
}

/** The status a move to this phase proposes: the phase's own, when the partnership may take that step now. */
export function proposedStatus(
  phase: Pick<PhaseView, 'status'>,
  current: PartnershipStatus,
  allowed: readonly PartnershipStatus[],
): PartnershipStatus | null {
  return phase.status !== current && allowed.includes(phase.status) ? phase.status : null
}
