import { describe, expect, it } from 'vitest'
import { periodLabel } from '@/shared/format/period'
import { groupDocuments } from './projectApi'

describe('groupDocuments', () => {
  it('groups by kind in the fixed order, leaving out empty kinds and keeping titles in order', () => {
    const docs = [
      { kind: 'OTHER' as const, title: 'x' },
      { kind: 'REPORT' as const, title: 'a' },
      { kind: 'PRESENTATION' as const, title: 'p' },
      { kind: 'REPORT' as const, title: 'b' },
    ]
    expect(groupDocuments(docs).map((g) => [g.kind, g.documents.map((d) => d.title)])).toEqual([
      ['REPORT', ['a', 'b']],
      ['PRESENTATION', ['p']],
      ['OTHER', ['x']],
    ])
  })
})

describe('periodLabel', () => {
  const t = (key: string, named: Record<string, unknown>) => `${key}:${String(named.date)}`
  it('handles open ends and no dates', () => {
    expect(periodLabel(undefined, undefined, 'da', t)).toBeNull()
    expect(periodLabel('2015-01-01', undefined, 'da', t)).toBe('projects.periodFrom:1. januar 2015')
    expect(periodLabel(undefined, '2012-07-01', 'da', t)).toBe('projects.periodUntil:1. juli 2012')
    expect(periodLabel('2010-03-01', '2012-07-01', 'da', t)).toContain('2010')
  })
})
