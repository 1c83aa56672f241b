import { describe, expect, it } from 'vitest'
import { kindFilters, parseSearchQuery, toSearchApiQuery, toSearchRouteQuery, toggleKind } from './searchQuery'

describe('the search in the URL', () => {
  it('reads q, the kinds (either case, known ones, the API order) and the page', () => {
    expect(parseSearchQuery({ q: ' biblioteker ', types: 'theme,LIBRARY,nonsense,theme', page: '2' })).toEqual({
      q: 'biblioteker',
      types: ['LIBRARY', 'THEME'],
      page: 2,
    })
    expect(parseSearchQuery({})).toEqual({ q: '', types: [], page: 1 })
    expect(parseSearchQuery({ q: 'x'.repeat(300), page: '-1' })).toMatchObject({ q: 'x'.repeat(200), page: 1 })
  })

  it('writes the kinds as one comma-separated value in lower case and leaves out defaults', () => {
    expect(toSearchRouteQuery({ q: 'grøn', types: ['LIBRARY', 'GOOD_EXAMPLE'], page: 3 })).toEqual({
      q: 'grøn',
      types: 'library,good_example',
      page: '3',
    })
    expect(toSearchRouteQuery({ q: 'grøn', types: [], page: 1 })).toEqual({ q: 'grøn' })
  })

  it('asks the API for a page of ten, with the kinds only when some are chosen', () => {
    expect(toSearchApiQuery({ q: 'grøn', types: [], page: 2 })).toEqual({ q: 'grøn', page: 2, size: 10 })
    expect(toSearchApiQuery({ q: 'grøn', types: ['THEME'], page: 1 })).toEqual({ q: 'grøn', page: 1, size: 10, types: ['THEME'] })
  })

  it('offers the kinds with hits, and a chosen kind without any', () => {
    const facets = [
      { type: 'LIBRARY' as const, count: 3, capped: false },
      { type: 'THEME' as const, count: 0, capped: false },
      { type: 'PROJECT' as const, count: 0, capped: false },
    ]
    expect(kindFilters(facets, ['PROJECT']).map((f) => f.type)).toEqual(['LIBRARY', 'PROJECT'])
  })

  it('adds and removes a kind, keeping the API order', () => {
    expect(toggleKind(['PROJECT'], 'LIBRARY', true)).toEqual(['LIBRARY', 'PROJECT'])
    expect(toggleKind(['LIBRARY', 'PROJECT'], 'LIBRARY', false)).toEqual(['PROJECT'])
  })
})
