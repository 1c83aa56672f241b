import { describe, expect, it } from 'vitest'
import { doneCount, progressPercent, replaceStep, stepText } from './checklist'
import { phaseItems, phaseLabel } from './partnershipPhases'

const step = (code: string, done: boolean) => ({ code, position: 1, phase: 'NEED', textDa: `da ${code}`, textEn: `en ${code}`, done })

describe('checklist', () => {
  it('replaces a ticked step with the API answer and counts the done ones', () => {
    const steps = [step('A', false), step('B', true)]
    const next = replaceStep(steps, { ...step('A', true), doneAt: '2026-11-23T10:00:00Z', doneBy: 'Rasmus' })
    expect(next.map((s) => s.done)).toEqual([true, true])
    expect(next[0]?.doneBy).toBe('Rasmus')
    expect(doneCount(next)).toBe(2)
    expect(stepText(step('A', false), 'en')).toBe('en A')
  })

  it('gives progress as a percentage, 0 without steps', () => {
    expect(progressPercent(2, 10)).toBe(20)
    expect(progressPercent(0, 0)).toBe(0)
    expect(progressPercent(12, 10)).toBe(100)
  })
})

describe('phases', () => {
  it("prefer the API's names and order, else the toolbox's list", () => {
    const fromApi = [
      { code: 'STRATEGY', position: 2, nameDa: 'Strategi (API)', nameEn: 'Strategy (API)', status: 'IDEA' as const },
      { code: 'NEED', position: 1, nameDa: 'Behov (API)', nameEn: 'Need (API)', status: 'IDEA' as const },
    ]
    expect(phaseItems('da', fromApi).map((p) => p.name)).toEqual(['Behov (API)', 'Strategi (API)'])
    const all = phaseItems('da')
    expect(all).toHaveLength(12)
    expect(all[0]).toEqual({ code: 'NEED', position: 1, name: 'Behov og idé' })
    expect(phaseLabel({ code: 'CLOSURE' }, 'en')).toBe('Closing or renewing')
    expect(phaseLabel(fromApi[0]!, 'en')).toBe('Strategy (API)')
  })
})
