import { describe, expect, it } from 'vitest'
import type { PhaseView } from './partnershipApi'
import { proposedPhase, proposedStatus } from './partnershipPhases'

const phase = (code: string, position: number, status: PhaseView['status']): PhaseView => ({ code, position, nameDa: code, nameEn: code, status })
const PHASES = [
  phase('AGREEMENT', 6, 'PLANNING'),
  phase('NEED', 1, 'IDEA'),
  phase('EXPECTATIONS', 5, 'PLANNING'),
  phase('PLANNING', 7, 'AGREED'),
  phase('EXECUTION', 9, 'RUNNING'),
]

describe('status and phase together', () => {
  it("moving the status proposes the new status's first phase", () => {
    expect(proposedPhase(PHASES, PHASES[1]!, 'PLANNING')?.code).toBe('EXPECTATIONS')
    expect(proposedPhase(PHASES, PHASES[2]!, 'AGREED')?.code).toBe('PLANNING')
  })

  it('keeps a phase that already belongs to the new status, and any phase when cancelling', () => {
    expect(proposedPhase(PHASES, PHASES[0]!, 'PLANNING')).toBeNull()
    expect(proposedPhase(PHASES, PHASES[1]!, 'CANCELLED')).toBeNull()
  })

  it("moving the phase proposes its status, only when that is a step the partnership may take now", () => {
    expect(proposedStatus(PHASES[2]!, 'IDEA', ['PLANNING', 'CANCELLED'])).toBe('PLANNING')
    expect(proposedStatus(PHASES[4]!, 'IDEA', ['PLANNING', 'CANCELLED'])).toBeNull()
    expect(proposedStatus(PHASES[1]!, 'IDEA', ['PLANNING', 'CANCELLED'])).toBeNull()
  })
})
