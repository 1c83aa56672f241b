import { describe, expect, it } from 'vitest'
import { filterLibraries, searchKey, toggleLibrary } from './libraryChecklist'

const libraries = [
  { id: 1, name: 'Københavns Biblioteker' },
  { id: 2, name: 'Ærø Bibliotekerne' },
  { id: 3, name: 'Aalborg Bibliotekerne' },
  { id: 4, name: 'Albertslund Bibliotekerne' },
]

describe('filterLibraries', () => {
  it('keeps every library, sorted the Danish way (Æ and Aa after Z), for an empty search', () => {
    expect(filterLibraries(libraries, '  ').map((l) => l.id)).toEqual([4, 1, 2, 3])
  })

  it('finds names by any part, ignoring case', () => {
    expect(filterLibraries(libraries, 'ALB').map((l) => l.name)).toEqual(['Albertslund Bibliotekerne', 'Aalborg Bibliotekerne'])
  })

  it('lets Danish letters be typed as ae, oe and aa', () => {
    expect(filterLibraries(libraries, 'aeroe').map((l) => l.id)).toEqual([2])
    expect(filterLibraries(libraries, 'koebenhavn').map((l) => l.id)).toEqual([1])
    expect(filterLibraries(libraries, 'ærø').map((l) => l.id)).toEqual([2])
  })

  it('needs every word to match', () => {
    expect(filterLibraries(libraries, 'bibliotekerne aal').map((l) => l.id)).toEqual([3])
    expect(filterLibraries(libraries, 'odense')).toEqual([])
  })

  it('normalises accents', () => {
    expect(searchKey('Café')).toBe('cafe')
  })
})

describe('toggleLibrary', () => {
  it('appends a newly ticked library and keeps the order of the others', () => {
    expect(toggleLibrary([3, 1], 2, true)).toEqual([3, 1, 2])
    expect(toggleLibrary([3, 1], 1, true)).toEqual([3, 1])
    expect(toggleLibrary([3, 1, 2], 1, false)).toEqual([3, 2])
  })
})
