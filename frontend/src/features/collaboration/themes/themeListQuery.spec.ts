import { describe, expect, it } from 'vitest'
import { changeListState } from '@/shared/list/listQuery'
import {
  DEFAULT_THEME_LIST_STATE,
  THEME_PAGE_SIZE,
  parseThemeListQuery,
  sameThemeListState,
  toThemeApiQuery,
  toThemeRouteQuery,
  type ThemeListState,
} from './themeListQuery'

describe('parseThemeListQuery', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseThemeListQuery({})).toEqual(DEFAULT_THEME_LIST_STATE)
  })

  it('reads status (in either case), year and page', () => {
    expect(parseThemeListQuery({ status: 'open', year: '2027', page: '2' })).toEqual({
      status: 'OPEN',
      year: 2027,
      page: 2,
    })
    expect(parseThemeListQuery({ status: ' FINISHED ' }).status).toBe('FINISHED')
  })

  it.each([['closed'], [''], ['OPEN;DROP'], ['planned,open']])('ignores the unknown status %j', (status) => {
    expect(parseThemeListQuery({ status }).status).toBeNull()
  })

  it.each([['17'], ['1999'], ['2101'], ['20.17'], ['abcd'], ['2017x'], ['']])('ignores the year %j', (year) => {
    expect(parseThemeListQuery({ year }).year).toBeNull()
  })

  it('uses the first value of a repeated parameter and ignores nulls', () => {
    expect(parseThemeListQuery({ status: ['running', 'open'], year: [null, '2018'], page: null })).toEqual({
      status: 'RUNNING',
      year: null,
      page: 1,
    })
  })

  it('treats a bad page as page 1', () => {
    expect(parseThemeListQuery({ page: 'abc' }).page).toBe(1)
    expect(parseThemeListQuery({ page: '0' }).page).toBe(1)
  })
})

describe('toThemeRouteQuery', () => {
  it('leaves out defaults', () => {
    expect(toThemeRouteQuery(DEFAULT_THEME_LIST_STATE)).toEqual({})
  })

  it('writes the status in lower case and numbers as strings', () => {
    expect(toThemeRouteQuery({ status: 'RUNNING', year: 2026, page: 3 })).toEqual({
      status: 'running',
      year: '2026',
      page: '3',
    })
  })

  it('round-trips through parseThemeListQuery', () => {
    const state: ThemeListState = { status: 'PLANNED', year: 2030, page: 4 }
    expect(parseThemeListQuery(toThemeRouteQuery(state) as Record<string, string>)).toEqual(state)
  })
})

describe('toThemeApiQuery', () => {
  it('always asks for newest first, and filters only when set', () => {
    expect(toThemeApiQuery(DEFAULT_THEME_LIST_STATE)).toEqual({ page: 1, size: THEME_PAGE_SIZE, sort: '-startDate' })
    expect(toThemeApiQuery({ status: 'FINISHED', year: 2017, page: 2 })).toEqual({
      page: 2,
      size: THEME_PAGE_SIZE,
      sort: '-startDate',
      status: 'FINISHED',
      year: 2017,
    })
  })
})

describe('changeListState on a themeListQuery state', () => {
  const onPage3: ThemeListState = { status: 'FINISHED', year: null, page: 3 }

  it('starts again at page 1 when a filter changes', () => {
    expect(changeListState(onPage3, { year: 2018 })).toEqual({ status: 'FINISHED', year: 2018, page: 1 })
    expect(changeListState(onPage3, { status: null })).toEqual({ status: null, year: null, page: 1 })
  })

  it('keeps the filters when only the page changes, within bounds', () => {
    expect(changeListState(onPage3, { page: 5 })).toEqual({ ...onPage3, page: 5 })
    expect(changeListState(onPage3, { page: -1 }).page).toBe(1)
  })

  it('compares states by value', () => {
    expect(sameThemeListState(onPage3, { ...onPage3 })).toBe(true)
    expect(sameThemeListState(onPage3, { ...onPage3, year: 2017 })).toBe(false)
  })
})
