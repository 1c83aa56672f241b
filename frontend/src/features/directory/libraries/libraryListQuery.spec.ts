import { describe, expect, it } from 'vitest'
import { changeListState } from '@/shared/list/listQuery'
import {
  DEFAULT_LIST_STATE,
  PAGE_SIZE,
  parseListQuery,
  sameListState,
  toApiQuery,
  toRouteQuery,
  type LibraryListState,
} from './libraryListQuery'

describe('parseListQuery', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseListQuery({})).toEqual(DEFAULT_LIST_STATE)
  })

  it('reads valid values', () => {
    expect(parseListQuery({ region: '1081', q: ' Aal ', sort: '-name', page: '3' })).toEqual({
      region: 1081,
      q: 'Aal',
      sort: '-name',
      page: 3,
    })
  })

  it.each([
    ['abc'],
    ['0'],
    ['-2'],
    ['1.5'],
    ['2e3'],
    [''],
    ['99999999999'],
  ])('treats page=%j as page 1', (page) => {
    expect(parseListQuery({ page }).page).toBe(1)
  })

  it('ignores an invalid region and an unknown sort', () => {
    const state = parseListQuery({ region: 'nord', sort: 'DROP TABLE', q: '' })
    expect(state.region).toBeNull()
    expect(state.sort).toBe('name')
  })

  it('uses the first value of a repeated parameter and ignores nulls', () => {
    expect(parseListQuery({ page: ['2', '5'], region: [null, '1084'], q: null })).toEqual({
      ...DEFAULT_LIST_STATE,
      page: 2,
    })
  })

  it('cuts an overly long search text', () => {
    expect(parseListQuery({ q: 'x'.repeat(500) }).q).toHaveLength(200)
  })
})

describe('toRouteQuery', () => {
  it('leaves out defaults', () => {
    expect(toRouteQuery(DEFAULT_LIST_STATE)).toEqual({})
  })

  it('writes non-default values as strings', () => {
    const state: LibraryListState = { region: 1085, q: 'Roskilde', sort: '-updatedAt', page: 2 }
    expect(toRouteQuery(state)).toEqual({ region: '1085', q: 'Roskilde', sort: '-updatedAt', page: '2' })
  })

  it('round-trips through parseListQuery', () => {
    const state: LibraryListState = { region: 1082, q: 'Her', sort: 'municipality', page: 4 }
    const query = toRouteQuery(state) as Record<string, string>
    expect(parseListQuery(query)).toEqual(state)
  })
})

describe('toApiQuery', () => {
  it('always sends page, size and sort, and filters only when set', () => {
    expect(toApiQuery(DEFAULT_LIST_STATE)).toEqual({ page: 1, size: PAGE_SIZE, sort: 'name' })
    expect(toApiQuery({ region: 1081, q: 'Aal', sort: 'region', page: 2 })).toEqual({
      page: 2,
      size: PAGE_SIZE,
      sort: 'region',
      region: 1081,
      q: 'Aal',
    })
  })
})

describe('changeListState on a libraryListQuery state', () => {
  const onPage3: LibraryListState = { region: 1081, q: '', sort: 'name', page: 3 }

  it('resets to page 1 when a filter, the search or the sort changes', () => {
    expect(changeListState(onPage3, { region: 1083 }).page).toBe(1)
    expect(changeListState(onPage3, { q: 'Vejle' }).page).toBe(1)
    expect(changeListState(onPage3, { sort: '-name' }).page).toBe(1)
  })

  it('keeps the filters when only the page changes', () => {
    expect(changeListState(onPage3, { page: 5 })).toEqual({ ...onPage3, page: 5 })
    expect(changeListState(onPage3, { page: 0 }).page).toBe(1)
  })

  it('compares states by value', () => {
    expect(sameListState(onPage3, { ...onPage3 })).toBe(true)
    expect(sameListState(onPage3, { ...onPage3, page: 4 })).toBe(false)
  })
})
