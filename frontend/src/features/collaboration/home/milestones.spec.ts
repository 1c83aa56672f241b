import { describe, expect, it } from 'vitest'
import type { components } from '@/api/schema'
import { upcomingMilestones } from './milestones'

type ThemeView = components['schemas']['ThemeView']
type MilestoneView = components['schemas']['MilestoneView']

let nextId = 1
function milestone(dueOn: string, title: string): MilestoneView {
  return { id: nextId++, kind: 'OTHER', title, dueOn, week: { year: 2026, week: 1 }, description: null }
}

function theme(id: number, number: number, milestones: MilestoneView[]): ThemeView {
  return { id, number, title: `Tema ${number}`, slug: `tema-${number}`, milestones } as ThemeView
}

const current = theme(7, 13, [
  milestone('2026-07-20', 'Idéværksted'),
  milestone('2026-12-01', 'Evaluering'),
  milestone('2026-11-23', 'Netværksmøde'),
])
const next = theme(8, 14, [
  milestone('2026-12-21', 'Grafikpakke klar'),
  milestone('2026-11-23', 'Idéværksted'),
  milestone('2026-12-14', 'Idékatalog udkommer'),
])

describe('upcomingMilestones', () => {
  it('keeps milestones due today or later, soonest first, from both themes', () => {
    const result = upcomingMilestones([current, next], '2026-11-23')
    expect(result.map((m) => [m.milestone.dueOn, m.milestone.title, m.theme.number])).toEqual([
      ['2026-11-23', 'Netværksmøde', 13],
      ['2026-11-23', 'Idéværksted', 14],
      ['2026-12-01', 'Evaluering', 13],
      ['2026-12-14', 'Idékatalog udkommer', 14],
      ['2026-12-21', 'Grafikpakke klar', 14],
    ])
  })

  it('stops at the limit', () => {
    expect(upcomingMilestones([current, next], '2026-11-24', 2).map((m) => m.milestone.title)).toEqual([
      'Evaluering',
      'Idékatalog udkommer',
    ])
  })

  it('carries the theme to link to', () => {
    const [first] = upcomingMilestones([next], '2026-01-01', 1)
    expect(first!.theme).toEqual({ id: 8, number: 14, title: 'Tema 14', slug: 'tema-14' })
  })

  it('skips missing themes and counts a theme given twice once', () => {
    expect(upcomingMilestones([null, next, next, undefined], '2026-12-20')).toHaveLength(1)
  })

  it('is empty when everything is in the past', () => {
    expect(upcomingMilestones([current, next], '2027-01-01')).toEqual([])
  })
})
