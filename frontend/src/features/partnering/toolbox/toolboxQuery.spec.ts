import { describe, expect, it } from 'vitest'
import { changeListState } from '@/shared/list/listQuery'
import { PARTNERSHIP_PHASES, PHASES, phaseName, sortPhases } from '@/shared/reference/phases'
import {
  DEFAULT_TOOLBOX_STATE,
  TOOLBOX_PAGE_SIZE,
  groupByHeading,
  hasToolboxFilters,
  parseToolboxQuery,
  sameToolboxState,
  toToolboxApiQuery,
  toToolboxRouteQuery,
  type ToolboxState,
} from './toolboxQuery'

describe('parseToolboxQuery', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseToolboxQuery({})).toEqual(DEFAULT_TOOLBOX_STATE)
  })

  it('reads every filter, codes in either case', () => {
    expect(
      parseToolboxQuery({ heading: 'be_strategic', kind: 'Template', phase: 'partner_search', tag: ' skabelon ', q: ' aftale ', page: '2' }),
    ).toEqual({ heading: 'BE_STRATEGIC', kind: 'TEMPLATE', phase: 'PARTNER_SEARCH', tag: 'skabelon', q: 'aftale', page: 2 })
  })

  it('ignores unknown codes and bad pages', () => {
    expect(parseToolboxQuery({ heading: 'BE_BOLD', kind: 'POSTER', phase: 'LUNCH', tag: '', page: 'x' })).toEqual(
      DEFAULT_TOOLBOX_STATE,
    )
  })

  it('uses the first value of a repeated parameter', () => {
    expect(parseToolboxQuery({ kind: ['game', 'tool'], phase: [null, 'NEED'] })).toMatchObject({ kind: 'GAME', phase: null })
  })
})

describe('toToolboxRouteQuery', () => {
  it('leaves out defaults', () => {
    expect(toToolboxRouteQuery(DEFAULT_TOOLBOX_STATE)).toEqual({})
  })

  it('round-trips through parseToolboxQuery', () => {
    const state: ToolboxState = { heading: 'FOCUS_LIBRARY', kind: 'CHECKLIST', phase: 'EVALUATION', tag: 'proces', q: 'plan', page: 3 }
    const query = toToolboxRouteQuery(state)
    expect(query).toEqual({ heading: 'focus_library', kind: 'checklist', phase: 'evaluation', tag: 'proces', q: 'plan', page: '3' })
    expect(parseToolboxQuery(query as Record<string, string>)).toEqual(state)
  })
})

describe('toToolboxApiQuery', () => {
  it('sends only the filters that are set, codes in upper case', () => {
    expect(toToolboxApiQuery(DEFAULT_TOOLBOX_STATE)).toEqual({ page: 1, size: TOOLBOX_PAGE_SIZE, sort: 'title' })
    expect(toToolboxApiQuery({ ...DEFAULT_TOOLBOX_STATE, heading: 'PROFESSIONALISE', phase: 'AGREEMENT', q: 'aftale' })).toEqual({
      page: 1,
      size: TOOLBOX_PAGE_SIZE,
      sort: 'title',
      heading: 'PROFESSIONALISE',
      phase: 'AGREEMENT',
      q: 'aftale',
    })
  })
})

describe('changeListState on a toolboxQuery state', () => {
  const onPage2: ToolboxState = { ...DEFAULT_TOOLBOX_STATE, kind: 'GAME', page: 2 }

  it('starts again at page 1 when a filter changes, and keeps filters on a page change', () => {
    expect(changeListState(onPage2, { phase: 'NEED' })).toEqual({ ...onPage2, phase: 'NEED', page: 1 })
    expect(changeListState(onPage2, { page: 4 })).toEqual({ ...onPage2, page: 4 })
    expect(changeListState(onPage2, { page: 0 }).page).toBe(1)
  })

  it('compares states by value and knows when filters are set', () => {
    expect(sameToolboxState(onPage2, { ...onPage2 })).toBe(true)
    expect(sameToolboxState(onPage2, { ...onPage2, tag: 'spil' })).toBe(false)
    expect(hasToolboxFilters(DEFAULT_TOOLBOX_STATE)).toBe(false)
    expect(hasToolboxFilters({ ...DEFAULT_TOOLBOX_STATE, q: 'x' })).toBe(true)
  })
})

describe('groupByHeading', () => {
  it('groups items under the headings in the guide order, leaving out empty headings and keeping item order', () => {
    const items = [
      { id: 1, heading: 'CHOOSE_PARTNERS' as const },
      { id: 2, heading: 'PROFESSIONALISE' as const },
      { id: 3, heading: 'CHOOSE_PARTNERS' as const },
    ]
    expect(groupByHeading(items)).toEqual([
      { heading: 'PROFESSIONALISE', items: [{ id: 2, heading: 'PROFESSIONALISE' }] },
      {
        heading: 'CHOOSE_PARTNERS',
        items: [
          { id: 1, heading: 'CHOOSE_PARTNERS' },
          { id: 3, heading: 'CHOOSE_PARTNERS' },
        ],
      },
    ])
    expect(groupByHeading([])).toEqual([])
  })
})

describe('phases', () => {
  it('has the twelve phases numbered in order, with both names', () => {
    expect(PARTNERSHIP_PHASES).toHaveLength(12)
    expect(PHASES[0]).toEqual({ code: 'NEED', number: 1, da: 'Behov og idé', en: 'Need and idea' })
    expect(PHASES[11]).toMatchObject({ code: 'CLOSURE', number: 12, da: 'Afslutning eller fornyelse' })
  })

  it('names a phase in the locale and passes unknown codes through', () => {
    expect(phaseName('AGREEMENT', 'da')).toBe('Aftale')
    expect(phaseName('EXECUTION', 'en')).toBe('Carrying it out')
    expect(phaseName('LUNCH', 'da')).toBe('LUNCH')
  })

  it('sorts codes in the guide order, unknown last', () => {
    expect(sortPhases(['STRATEGY', 'X', 'PLANNING', 'NEED'])).toEqual(['NEED', 'STRATEGY', 'PLANNING', 'X'])
  })
})
